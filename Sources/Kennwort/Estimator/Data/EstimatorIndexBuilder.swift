
/// Writes the estimator's word index from ranked word lists.
public enum EstimatorIndexBuilder {
    /// A ranked list and the category its words belong to.
    public struct Source: Sendable {
        public var path: String
        public var category: WordCategory
        /// Rank words by length, then alphabetically, instead of by line (for unranked lists).
        public var rankByLength: Bool
        /// Added to every rank, to place an unranked list after the ranked ones.
        public var rankOffset: Int

        public init(path: String, category: WordCategory, rankByLength: Bool = false, rankOffset: Int = 0) {
            self.path = path
            self.category = category
            self.rankByLength = rankByLength
            self.rankOffset = rankOffset
        }
    }

    /// The category of a file in `wordlists/`, by its name; `nil` for files the estimator skips.
    ///
    /// - Parameter fileName: e.g. `german-first-names.txt`.
    /// - Returns: Its category.
    public static func category(forWordlist fileName: String) -> WordCategory? {
        let name = fileName.hasSuffix(".txt") ? String(fileName.dropLast(4)) : fileName
        switch name {
        case _ where name.hasSuffix("-passwords"): return .passwords
        case _ where name.hasSuffix("names"): return .names
        case "german-places": return .places
        case "football-clubs", "brands": return .brands
        case "english-wikipedia", "english-tv-and-film": return .englishWords
        case _ where name.hasPrefix("german-"): return .germanWords
        default: return nil
        }
    }

    /// Reads the sources and writes the index to `path`.
    ///
    /// - Parameters:
    ///   - sources: Ranked lists; a word in several keeps its lowest rank.
    ///   - path: The file to write.
    /// - Returns: The number of words written.
    /// - Throws: `KennwortError` when a list cannot be read or the file written.
    @discardableResult
    public static func build(from sources: [Source], to path: String) throws(KennwortError) -> Int {
        var best: [[UInt8]: (rank: UInt32, category: WordCategory)] = [:]
        // The calendar words come first, so one lookup serves every list.
        for (rank, word) in CalendarWords.words.enumerated() {
            best[PasswordView.foldedKey(word)] = (UInt32(rank + 1), .calendar)
        }
        for source in sources {
            guard let data = FileChecks.contents(source.path, limit: Int.max) else {
                throw KennwortError(.dataMissing, "cannot read word list", path: source.path)
            }
            var words = String(decoding: data, as: UTF8.self).split(whereSeparator: \.isNewline).map(String.init)
            if source.rankByLength {
                words = words.map { $0.lowercased() }.sorted { ($0.count, $0) < ($1.count, $1) }
            }
            var rank = source.rankOffset
            for word in words {
                let key = PasswordView.foldedKey(word.filter { !$0.isWhitespace })
                guard !key.isEmpty, key.count <= 255 else { continue }
                rank += 1
                if let existing = best[key], existing.rank <= UInt32(rank) { continue }
                best[key] = (UInt32(rank), source.category)
            }
        }
        return try write(best, to: path)
    }

    private static func write(_ words: [[UInt8]: (rank: UInt32, category: WordCategory)], to path: String) throws(KennwortError) -> Int {
        var slotCount = 1024
        while slotCount < words.count * 5 / 2 { slotCount *= 2 }
        let mask = UInt32(slotCount - 1)
        var slots = [UInt32](repeating: 0, count: slotCount)
        var entries: [UInt8] = []
        var strings: [UInt8] = []
        var longest = 0
        entries.reserveCapacity(words.count * EstimatorIndex.entrySize)
        // Sorted, so the same lists always give the same file.
        for (number, (key, value)) in words.sorted(by: { $0.key.lexicographicallyPrecedes($1.key) }).enumerated() {
            var slot = key.withUnsafeBytes { EstimatorIndex.hash($0) } & mask
            while slots[Int(slot)] != 0 { slot = (slot + 1) & mask }
            slots[Int(slot)] = UInt32(number + 1)
            appendLittleEndian(UInt32(strings.count), to: &entries)
            entries.append(UInt8(key.count))
            entries.append(value.category.rawValue)
            entries.append(contentsOf: [0, 0])
            appendLittleEndian(value.rank, to: &entries)
            strings.append(contentsOf: key)
            longest = max(longest, key.count)
        }
        let prefixes = prefixTable(Array(words.keys))
        let stringsOffset = EstimatorIndex.headerSize + slotCount * 4 + entries.count
        var file = EstimatorIndex.magic
        appendLittleEndian(UInt32(words.count), to: &file)
        appendLittleEndian(UInt32(slotCount), to: &file)
        appendLittleEndian(UInt32(stringsOffset), to: &file)
        appendLittleEndian(UInt32(longest), to: &file)
        appendLittleEndian(UInt32(prefixes.count), to: &file)
        appendLittleEndian(UInt32(stringsOffset + strings.count), to: &file)
        for slot in slots { appendLittleEndian(slot, to: &file) }
        file.append(contentsOf: entries)
        file.append(contentsOf: strings)
        for slot in prefixes { appendLittleEndian(slot, to: &file) }
        try FileWrites.write(file, to: path, what: "the estimator word index")
        return words.count
    }

    /// The hashes of every prefix of every key, in an open-addressing table.
    private static func prefixTable(_ keys: [[UInt8]]) -> [UInt32] {
        var hashes = Set<UInt32>()
        for key in keys {
            var hash = EstimatorIndex.offsetBasis
            for byte in key {
                hash = (hash ^ UInt32(byte)) &* EstimatorIndex.prime
                hashes.insert(hash == 0 ? 1 : hash)
            }
        }
        var count = 1024
        while count < hashes.count * 2 { count *= 2 }
        let mask = UInt32(count - 1)
        var table = [UInt32](repeating: 0, count: count)
        for hash in hashes.sorted() {
            var slot = hash & mask
            while table[Int(slot)] != 0 { slot = (slot + 1) & mask }
            table[Int(slot)] = hash
        }
        return table
    }

    private static func appendLittleEndian(_ value: UInt32, to bytes: inout [UInt8]) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }
}
