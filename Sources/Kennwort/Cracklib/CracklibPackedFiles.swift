/// Reads a packed cracklib dictionary in safe Swift, exactly as libcrack 2.9.6's
/// `PWOpen` and `GetPW` do, and refuses one that would make them misbehave.
///
/// libcrack trusts its files: a damaged block makes `GetPW` write past its
/// 32-byte word buffers (AddressSanitizer saw an overlapping `strcpy`), or read
/// past its 512-byte block buffer. So every block is decoded here first, with
/// bounds checks, before libcrack opens the dictionary.
enum CracklibPackedFiles {
    /// libcrack's `PIH_MAGIC`.
    static let magic: UInt32 = 0x7077_5631
    /// Words per block (`NUMWORDS`).
    static let wordsPerBlock = 16
    /// Bytes per decoded word, its NUL included (`MAXWORDLEN`).
    static let wordSize = 32
    /// Bytes `GetPW` reads per block (`NUMWORDS * MAXWORDLEN`).
    static let blockSize = wordsPerBlock * wordSize

    /// Decodes every word of the dictionary, refusing any structure libcrack would mishandle.
    ///
    /// - Parameter dictionary: The dictionary; its `.pwd` and `.pwi` must exist.
    /// - Returns: The words in dictionary order, as `GetPW` returns them, and the `.hwm` marks when libcrack reads them.
    /// - Throws: `KennwortError` `.dataMissing` for a missing file, `.dataCorrupt` naming the damage.
    static func decode(_ dictionary: CracklibDictionary) throws(KennwortError) -> (words: [[UInt8]], highWaterMarks: [UInt32]?) {
        let index = try read(dictionary.prefix + ".pwi")
        let data = try read(dictionary.prefix + ".pwd")
        func damaged(_ what: String) -> KennwortError {
            KennwortError(.dataCorrupt, "cracklib dictionary is damaged: \(what)", path: dictionary.prefix)
        }
        // PWOpen: a 32-bit header, or the "broken 64-bit" one when the first has no magic or no words.
        var wide = false
        var count = UInt64(integer(index, at: 4, size: 4) ?? 0)
        var blockLength = integer(index, at: 8, size: 2)
        if integer(index, at: 0, size: 4) == UInt64(magic) && count != 0 {
            // GetPW looks for the 64-bit layout on every block: a 32-bit header never matches it, as its count is not 0.
        } else if integer(index, at: 0, size: 8) == UInt64(magic) {
            wide = true
            count = integer(index, at: 8, size: 8) ?? 0
            blockLength = integer(index, at: 16, size: 2)
        } else {
            throw damaged("its index has no valid header")
        }
        guard count >= 1, count <= UInt64(UInt32.max), blockLength == UInt64(wordsPerBlock) else {
            throw damaged("its index header is invalid")
        }
        let entrySize = wide ? 8 : 4
        let headerSize = wide ? 24 : 12
        let blocks = (Int(count) + wordsPerBlock - 1) / wordsPerBlock
        guard index.count >= headerSize + blocks * entrySize else { throw damaged("its index is truncated") }
        var words: [[UInt8]] = []
        words.reserveCapacity(blocks * wordsPerBlock)
        for block in 0..<blocks {
            // GetPW keeps the low 32 bits of a 64-bit offset.
            let offset = Int(UInt32(truncatingIfNeeded: integer(index, at: headerSize + block * entrySize, size: entrySize) ?? 0))
            guard offset < data.count else { throw damaged("block \(block) starts past the end of its words") }
            guard let decoded = decodeBlock(data[offset..<min(offset + blockSize, data.count)]) else {
                throw damaged("block \(block) is malformed")
            }
            words += decoded
        }
        words.removeLast(words.count - Int(count))
        // PWOpen reads the marks only when the whole table is there; FindPW then searches up to them.
        guard let marksFile = try? read(dictionary.prefix + ".hwm"), marksFile.count >= 256 * entrySize else {
            return (words, nil)
        }
        var marks: [UInt32] = []
        for mark in 0..<256 {
            let value = integer(marksFile, at: mark * entrySize, size: entrySize) ?? 0
            guard value < count else { throw damaged("its high-water mark \(mark) points past its last word") }
            marks.append(UInt32(value))
        }
        return (words, marks)
    }

    /// `GetPW`'s decoding of one block: the first word whole, then each word as the
    /// length it shares with the one before and the bytes that follow, NUL-terminated.
    ///
    /// - Parameter bytes: Up to ``blockSize`` bytes from the block's offset; the rest reads as zeros.
    /// - Returns: The 16 words, or `nil` when a word would overflow its buffer, share more than
    ///   the word before holds, or run past the block.
    static func decodeBlock(_ bytes: ArraySlice<UInt8>) -> [[UInt8]]? {
        var position = bytes.startIndex
        func next() -> UInt8? {
            guard position < bytes.startIndex + blockSize else { return nil }
            defer { position += 1 }
            return position < bytes.endIndex ? bytes[position] : 0
        }
        func readString(into word: inout [UInt8]) -> Bool {
            while true {
                guard let byte = next() else { return false }
                if byte == 0 { return true }
                guard word.count < wordSize - 1 else { return false }
                word.append(byte)
            }
        }
        var words: [[UInt8]] = []
        var word: [UInt8] = []
        guard readString(into: &word) else { return nil }
        words.append(word)
        for _ in 1..<wordsPerBlock {
            // The shared length is a C `char`: libcrack adds it signed. PutPW never writes more than the word before holds.
            guard let shared = next(), shared <= word.count else { return nil }
            word.removeLast(word.count - Int(shared))
            guard readString(into: &word) else { return nil }
            words.append(word)
        }
        return words
    }

    private static func read(_ path: String) throws(KennwortError) -> [UInt8] {
        guard let data = FileChecks.contents(path, limit: Int.max) else {
            throw KennwortError(.dataMissing, "cracklib dictionary not found or not readable", path: path)
        }
        return data
    }

    /// A little-endian integer of `size` bytes at `offset`, or `nil` past the end.
    private static func integer(_ bytes: [UInt8], at offset: Int, size: Int) -> UInt64? {
        guard offset >= 0, offset + size <= bytes.count else { return nil }
        var value: UInt64 = 0
        for byte in bytes[offset..<offset + size].reversed() { value = value << 8 | UInt64(byte) }
        return value
    }
}
