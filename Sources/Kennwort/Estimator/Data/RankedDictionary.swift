/// A word list that answers "is this folded key a word, and how common?".
public protocol RankedDictionary: Sendable {
    /// The longest key, in bytes; longer substrings are not looked up.
    var maximumKeyLength: Int { get }
    /// Looks up a folded key (lowercase, umlauts spelled out).
    ///
    /// - Parameter key: The key's bytes.
    /// - Returns: The best rank and its list, or `nil`.
    func lookup(_ key: UnsafeRawBufferPointer) -> (rank: Int, category: WordCategory)?
    /// Finds the words that start at byte `start` of `text` and end at one of `ends`.
    ///
    /// - Parameters:
    ///   - text: Folded bytes.
    ///   - start: Where the words start.
    ///   - ends: Increasing byte offsets in `text` where a word may end (character boundaries).
    ///   - found: Called with the index in `ends`, the rank and the list of each word.
    func forEachWord(in text: UnsafeRawBufferPointer, from start: Int, ends: ArraySlice<Int>, _ found: (Int, Int, WordCategory) -> Void)
}

extension RankedDictionary {
    /// A lookup per end; lists with a prefix filter do better.
    public func forEachWord(in text: UnsafeRawBufferPointer, from start: Int, ends: ArraySlice<Int>, _ found: (Int, Int, WordCategory) -> Void) {
        for position in ends.indices {
            let end = ends[position]
            if end - start > maximumKeyLength { break }
            if let word = lookup(UnsafeRawBufferPointer(rebasing: text[start..<end])) { found(position, word.rank, word.category) }
        }
    }
}

/// A small word list held in memory: user inputs, calendar words, tests.
public struct InMemoryDictionary: RankedDictionary {
    private var entries: [[UInt8]: (rank: Int, category: WordCategory)] = [:]
    /// FNV-1a hashes of every prefix of every key, to stop scanning early.
    private var prefixes = Set<UInt32>()
    /// The same hashes in an open-addressing table (0 marks a free slot, hash 0 is stored as 1):
    /// probed once per substring, so no `Hasher` runs there.
    private var prefixTable: [UInt32] = [0, 0]
    public private(set) var maximumKeyLength = 0

    /// Makes a list; the first occurrence of a word is rank 1.
    ///
    /// - Parameters:
    ///   - words: Words, most common first.
    ///   - category: The list they belong to.
    public init(words: [String] = [], category: WordCategory) {
        add(words, category: category)
    }

    /// Adds words, ranked after those already there in their category.
    ///
    /// - Parameters:
    ///   - words: Words, most common first.
    ///   - category: The list they belong to.
    public mutating func add(_ words: [String], category: WordCategory) {
        var rank = entries.values.filter { $0.category == category }.count
        for word in words {
            let key = PasswordView.foldedKey(word)
            guard !key.isEmpty, entries[key] == nil else { continue }
            rank += 1
            entries[key] = (rank, category)
            maximumKeyLength = max(maximumKeyLength, key.count)
            var hash = EstimatorIndex.offsetBasis
            for byte in key {
                hash = (hash ^ UInt32(byte)) &* EstimatorIndex.prime
                prefixes.insert(hash)
            }
        }
        var size = 2
        while size < prefixes.count * 2 { size *= 2 }
        prefixTable = [UInt32](repeating: 0, count: size)
        for hash in prefixes {
            let stored = hash == 0 ? 1 : hash
            var slot = Int(stored) & (size - 1)
            while prefixTable[slot] != 0 { slot = (slot + 1) & (size - 1) }
            prefixTable[slot] = stored
        }
    }

    /// Whether some key starts with the bytes whose hash is `hash` (false positives possible).
    private func hasPrefix(hash: UInt32) -> Bool {
        let wanted = hash == 0 ? 1 : hash
        let mask = prefixTable.count - 1
        var slot = Int(wanted) & mask
        while true {
            let value = prefixTable[slot]
            if value == 0 { return false }
            if value == wanted { return true }
            slot = (slot + 1) & mask
        }
    }

    public func lookup(_ key: UnsafeRawBufferPointer) -> (rank: Int, category: WordCategory)? {
        guard key.count <= maximumKeyLength else { return nil }
        return entries[Array(key)]
    }

    public func forEachWord(in text: UnsafeRawBufferPointer, from start: Int, ends: ArraySlice<Int>, _ found: (Int, Int, WordCategory) -> Void) {
        var hash = EstimatorIndex.offsetBasis
        var consumed = start
        for position in ends.indices {
            let end = ends[position]
            if end - start > maximumKeyLength { return }
            while consumed < end {
                hash = (hash ^ UInt32(text[consumed])) &* EstimatorIndex.prime
                consumed += 1
            }
            guard hasPrefix(hash: hash) else { return }
            if let word = lookup(UnsafeRawBufferPointer(rebasing: text[start..<end])) { found(position, word.rank, word.category) }
        }
    }

    /// The number of words.
    public var count: Int { entries.count }
}

/// Several dictionaries asked in turn; the lowest rank wins.
struct DictionaryStack: RankedDictionary {
    var members: [any RankedDictionary]

    var maximumKeyLength: Int { members.map(\.maximumKeyLength).max() ?? 0 }

    func lookup(_ key: UnsafeRawBufferPointer) -> (rank: Int, category: WordCategory)? {
        var best: (rank: Int, category: WordCategory)?
        for member in members {
            if let found = member.lookup(key), best == nil || found.rank < best!.rank { best = found }
        }
        return best
    }

    func forEachWord(in text: UnsafeRawBufferPointer, from start: Int, ends: ArraySlice<Int>, _ found: (Int, Int, WordCategory) -> Void) {
        if members.count == 1 { return members[0].forEachWord(in: text, from: start, ends: ends, found) }
        var words: [(position: Int, rank: Int, category: WordCategory)] = []
        for member in members where member.maximumKeyLength > 0 {
            member.forEachWord(in: text, from: start, ends: ends) { position, rank, category in
                if let index = words.firstIndex(where: { $0.position == position }) {
                    if rank < words[index].rank { words[index] = (position, rank, category) }
                } else {
                    words.append((position, rank, category))
                }
            }
        }
        for word in words.sorted(by: { $0.position < $1.position }) { found(word.position, word.rank, word.category) }
    }
}
