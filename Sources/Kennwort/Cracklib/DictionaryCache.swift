import Glibc

/// Keeps Kennwort's generated data up to date in a cache folder: the packed
/// cracklib dictionary, the estimator's word index and the default breach list.
///
/// Both are built from `wordlists/*.txt` plus the system's cracklib word
/// sources (`/var/cache/cracklib/src-dicts`, which include Debian's German
/// word list `/usr/share/dict/ngerman` when wngerman is installed). Its folder is named by a
/// fingerprint of those files' paths, sizes and modification times, so a
/// changed list means a new folder and a rebuild. A build writes a temporary
/// folder and renames it into place, so readers never see a half-written
/// dictionary, and two builders cannot collide.
public struct DictionaryCache: Sendable {
    /// Bump when the build recipe changes, so old caches are rebuilt.
    static let formatVersion = "7"
    /// Where the system's cracklib lists its word sources.
    static let systemSourceList = "/var/cache/cracklib/src-dicts"
    /// Extra words Kennwort's own dictionary must hold (from its German lists).
    static let ownCanaries = ["hallo123", "passwort"]

    /// The cache folder.
    public var directory: String
    /// The folder holding Kennwort's word lists.
    public var wordlists: String

    /// Makes a cache.
    ///
    /// - Parameters:
    ///   - directory: The cache folder; see ``defaultDirectory(environment:)``.
    ///   - wordlists: The `wordlists/` folder.
    public init(directory: String, wordlists: String) {
        self.directory = directory
        self.wordlists = wordlists
    }

    /// `$XDG_CACHE_HOME/kennwort`; else `/var/cache/kennwort` for root; else `~/.cache/kennwort`.
    ///
    /// - Parameter environment: The process environment.
    /// - Returns: The folder path.
    public static func defaultDirectory(environment: [String: String]) -> String {
        if let xdg = environment["XDG_CACHE_HOME"], xdg.hasPrefix("/") { return xdg + "/kennwort" }
        if geteuid() == 0 { return "/var/cache/kennwort" }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
        return home + "/.cache/kennwort"
    }

    /// Debian's German word list, ranked by length for the estimator.
    static let germanWordList = "/usr/share/dict/ngerman"

    /// The files the data is built from: our lists, then the system's sources.
    ///
    /// The passphrase lists (`passphrase-*.txt`) are only for `kennwort generate`.
    public var sourceFiles: [String] {
        let ours = (FileChecks.names(in: wordlists) ?? [])
            .filter { $0.hasSuffix(".txt") && !$0.hasPrefix("passphrase-") }
            .sorted()
            .map { wordlists + "/" + $0 }
        var system = Self.systemSources()
        if !system.contains(Self.germanWordList) && FileChecks.isReadableFile(Self.germanWordList) {
            system.append(Self.germanWordList)
        }
        return ours + system
    }

    /// The estimator's sources: each list in `wordlists/` by category, then Debian's German words.
    func estimatorSources(_ sources: [String]) -> [EstimatorIndexBuilder.Source] {
        var result: [EstimatorIndexBuilder.Source] = []
        for path in sources where path.hasPrefix(wordlists + "/") {
            let name = String(path.dropFirst(wordlists.count + 1))
            if let category = EstimatorIndexBuilder.category(forWordlist: name) {
                result.append(.init(path: path, category: category))
            }
        }
        if sources.contains(Self.germanWordList) {
            result.append(.init(path: Self.germanWordList, category: .germanWords, rankByLength: true))
        }
        return result
    }

    /// The system's cracklib word sources that exist and are plain text.
    static func systemSources() -> [String] {
        guard let data = FileChecks.contents(systemSourceList) else { return [] }
        // Split the bytes, not Characters: no grapheme breaking on every start of the PAM helper.
        return data.split(whereSeparator: { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\t") })
            .map { String(decoding: $0, as: UTF8.self) }
            .filter { !$0.hasSuffix(".gz") && FileChecks.isReadableFile($0) }
    }

    /// The cracklib dictionary for the current lists, building the data first if needed.
    ///
    /// - Parameter progress: Called once with a short note before a build starts.
    /// - Returns: The dictionary, checked against canaries when opened.
    /// - Throws: `KennwortError` when the lists cannot be read or the cache written.
    public func dictionary(progress: (String) -> Void = { _ in }) throws(KennwortError) -> CracklibDictionary {
        try data(progress: progress).dictionary
    }

    /// The generated data for the current lists, building it first if needed.
    ///
    /// - Parameter progress: Called once with a short note before a build starts.
    /// - Returns: The cracklib dictionary and the path of the estimator's word index.
    /// - Throws: `KennwortError` when the lists cannot be read or the cache written.
    public func data(progress: (String) -> Void = { _ in }) throws(KennwortError) -> (dictionary: CracklibDictionary, estimatorIndex: String, breachList: String) {
        let sources = sourceFiles
        guard sources.contains(where: { $0.hasPrefix(wordlists + "/") }) else {
            throw KennwortError(.dataMissing, "no word lists (*.txt) found", path: wordlists)
        }
        let folder = directory + "/dict-" + Self.fingerprint(of: sources)
        let dictionary = CracklibDictionary(
            path: folder + "/kennwort", canaries: CracklibDictionary.baseCanaries + Self.ownCanaries,
            wordTable: folder + "/kennwort.kwc")
        let index = folder + "/estimator.idx"
        let breach = folder + "/breach.kwb"
        if (dictionary.requiredFiles + [dictionary.wordTable!, index, breach]).allSatisfy(FileChecks.isReadableFile) { return (dictionary, index, breach) }
        progress("Building the word data in \(directory) …")
        try build(from: sources, into: folder)
        removeStale(keeping: folder)
        return (dictionary, index, breach)
    }

    private func build(from sources: [String], into folder: String) throws(KennwortError) {
        guard FileWrites.makeDirectories(directory) else {
            throw KennwortError(.dataWriteFailed, "cannot create the cache folder: \(describeErrno())", path: directory)
        }
        // Leftovers of a build killed mid-way: never read (only dict-* folders are), removed here.
        StaleFiles.removeLeftovers(in: directory, prefixes: [".build-"])
        let temporary = directory + "/.build-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        guard mkdir(temporary, 0o755) == 0 else {
            throw KennwortError(.dataWriteFailed, "cannot create a folder in the cache", path: directory)
        }
        defer { FileWrites.removeTree(temporary) }
        let words = try DictionaryBuilder.collectWords(from: sources)
        try DictionaryBuilder.write(words: words, prefix: temporary + "/kennwort")
        // The word table is stamped with the files' inodes and times, which the rename keeps.
        _ = try Cracklib(dictionary: CracklibDictionary(
            path: temporary + "/kennwort", canaries: CracklibDictionary.baseCanaries + Self.ownCanaries,
            wordTable: temporary + "/kennwort.kwc"))
        try EstimatorIndexBuilder.build(from: estimatorSources(sources), to: temporary + "/estimator.idx")
        // The default breach list: the common-password lists, hashed as given.
        let passwordLists = sources.filter { $0.hasPrefix(wordlists + "/") && $0.hasSuffix("-passwords.txt") }
        _ = try BreachListBuilder(format: .plain).build(from: passwordLists, to: temporary + "/breach.kwb")
        for file in ["kennwort.pwd", "kennwort.pwi", "kennwort.hwm", "kennwort.kwc", "estimator.idx"] { Self.sync(temporary + "/" + file) }
        Self.sync(temporary)
        if rename(temporary, folder) != 0 {
            // Another process finished the same build first; its result is as good as ours.
            guard errno == ENOTEMPTY || errno == EEXIST else {
                throw KennwortError(.dataWriteFailed, "cannot move the new dictionary into place", path: folder)
            }
        }
        Self.sync(directory)
    }

    /// Removes dictionaries built from older lists; open ones stay readable until closed.
    private func removeStale(keeping folder: String) {
        let names = FileChecks.names(in: directory) ?? []
        for name in names where name.hasPrefix("dict-") && directory + "/" + name != folder {
            FileWrites.removeTree(directory + "/" + name)
        }
    }

    private static func sync(_ path: String) {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return }
        fsync(descriptor)
        close(descriptor)
    }

    static let hexDigits: [Character] = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "a", "b", "c", "d", "e", "f"]

    /// FNV-1a over the recipe version and each source's path, size and modification time.
    static func fingerprint(of sources: [String]) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        func mixByte(_ byte: UInt8) {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01b3
        }
        // Numbers as their eight bytes, not as text: formatting them cost the PAM helper 7 % of its start.
        func mix(_ number: Int64) { for shift in stride(from: 0, to: 64, by: 8) { mixByte(UInt8(truncatingIfNeeded: number >> shift)) } }
        for byte in ("v" + formatVersion).utf8 { mixByte(byte) }
        for source in sources {
            mixByte(0)
            for byte in source.utf8 { mixByte(byte) }
            mixByte(0)
            let stamp = FileChecks.sizeAndModification(source)
            mix(stamp?.size ?? -1)
            mix(Int64(stamp?.seconds ?? 0))
            mix(Int64(stamp?.nanoseconds ?? 0))
        }
        var hex = ""
        for shift in stride(from: 60, through: 0, by: -4) { hex.append(Self.hexDigits[Int(hash >> UInt64(shift) & 0xF)]) }
        return hex
    }
}
