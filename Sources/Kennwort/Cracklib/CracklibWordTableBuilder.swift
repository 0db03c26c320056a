import Glibc

/// Builds, stores and finds the ``CracklibWordTable`` of a dictionary.
enum CracklibWordTableBuilder {
    /// The table for `dictionary`: its stored file when current, else built now.
    ///
    /// A new table is written to `dictionary.wordTable` (temporary file, fsync,
    /// rename) when that is set and writable; otherwise it stays in memory.
    ///
    /// - Parameter dictionary: The packed dictionary.
    /// - Returns: The table.
    /// - Throws: `KennwortError` when the dictionary cannot be read.
    static func table(for dictionary: CracklibDictionary) throws(KennwortError) -> CracklibWordTable {
        let stamp = try self.stamp(of: dictionary)
        if let path = dictionary.wordTable, let table = try? CracklibWordTable(path: path, canaries: dictionary.canaries), table.stamp == stamp {
            return table
        }
        // Decoded in Swift exactly as libcrack's GetPW does (tests compare the two), with bounds checks.
        let contents = try CracklibPackedFiles.decode(dictionary)
        try checkOrder(contents.words, of: dictionary)
        let bytes = build(words: contents.words, highWaterMarks: contents.highWaterMarks, stamp: stamp)
        if let path = dictionary.wordTable, (try? FileWrites.write(bytes, to: path, what: "the word table")) != nil,
           let table = try? CracklibWordTable(path: path, canaries: dictionary.canaries) {
            return table
        }
        return try CracklibWordTable(bytes: bytes)
    }

    /// Refuses a dictionary whose words are not byte-sorted.
    ///
    /// Equal neighbours are allowed: the packer cuts words to 30 bytes after
    /// sorting, which leaves duplicates (Debian's dictionary has 20). It only
    /// writes sorted words otherwise, and libcrack's search depends on it,
    /// so disorder means damaged blocks or index (a flipped byte in `.pwd` or
    /// `.pwi`), which the canary words alone catch only when it hits them.
    ///
    /// - Throws: `KennwortError` `.dataCorrupt` naming the dictionary.
    static func checkOrder(_ words: [[UInt8]], of dictionary: CracklibDictionary) throws(KennwortError) {
        for (number, (earlier, later)) in zip(words, words.dropFirst()).enumerated()
        where later.isEmpty || later.lexicographicallyPrecedes(earlier) {
            throw KennwortError(
                .dataCorrupt, "cracklib dictionary is damaged: its words are out of order at word \(number + 1)",
                path: dictionary.prefix)
        }
    }

    /// Lays out a table holding the words `FindPW` can find.
    ///
    /// - Parameters:
    ///   - words: The dictionary's words in its order, as `GetPW` returns them.
    ///   - highWaterMarks: The `.hwm` marks, or `nil` when libcrack has none.
    ///   - stamp: The dictionary's identity.
    /// - Returns: The file's bytes.
    static func build(words: [[UInt8]], highWaterMarks: [UInt32]?, stamp: UInt64) -> [UInt8] {
        let found = words.filter { findPW($0, in: words, highWaterMarks: highWaterMarks) }
        var slotCount = 16
        while slotCount < found.count * 2 { slotCount *= 2 }
        var slots = [UInt32](repeating: 0, count: slotCount)
        var blob: [UInt8] = []
        for word in found {
            let hash = CracklibWordTable.hash(word)
            var index = Int(truncatingIfNeeded: hash) & (slotCount - 1)
            while slots[index] != 0 { index = (index + 1) & (slotCount - 1) }
            slots[index] = UInt32(blob.count + 1)
            blob.append(UInt8(min(word.count, 255)))
            blob += word.prefix(255)
        }
        var bytes = CracklibWordTable.magic
        func append<T: FixedWidthInteger>(_ value: T) { withUnsafeBytes(of: value.littleEndian) { bytes += $0 } }
        append(stamp)
        append(UInt32(slotCount))
        append(UInt32(found.count))
        append(UInt32(blob.count))
        bytes += [UInt8](repeating: 0, count: CracklibWordTable.headerSize - bytes.count)
        bytes.reserveCapacity(bytes.count + slotCount * 4 + blob.count)
        for slot in slots { append(slot) }
        bytes += blob
        let checksum = bytes.withUnsafeBytes { CracklibWordTable.checksum(UnsafeRawBufferPointer(rebasing: $0[CracklibWordTable.headerSize...])) }
        withUnsafeBytes(of: checksum.littleEndian) { bytes.replaceSubrange(32..<40, with: $0) }
        return bytes
    }

    /// libcrack 2.9.6's `FindPW`: a binary search within the first byte's high-water range.
    ///
    /// Its bisection is not the textbook one (it moves the middle differently
    /// on each side), and a word outside its first byte's range is never
    /// found. Reproduced step by step, not fixed.
    static func findPW(_ word: [UInt8], in words: [[UInt8]], highWaterMarks: [UInt32]?) -> Bool {
        let count = UInt32(truncatingIfNeeded: words.count)
        var low: UInt32 = 0
        var high = count &- 1
        if let marks = highWaterMarks {
            let first = Int(word.first ?? 0)
            low = first > 0 ? marks[first - 1] : 0
            high = marks[first]
        }
        if high < low {
            low = 0
            high = count &- 1
        }
        var middle = low &+ (high &- low &+ 1) / 2
        while true {
            guard middle < count else { return false }
            let other = words[Int(middle)]
            if word == other { return true }
            if middle == high { return false }
            if word.lexicographicallyPrecedes(other) {
                high = middle
                middle = low &+ (high &- low) / 2
            } else {
                low = middle
                middle = low &+ (high &- low &+ 1) / 2
            }
        }
    }

    /// The dictionary files' identity: device, inode, size and modification time of each.
    static func stamp(of dictionary: CracklibDictionary) throws(KennwortError) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for suffix in [".pwd", ".pwi", ".hwm"] {
            var info = stat()
            guard stat(dictionary.prefix + suffix, &info) == 0 else {
                if suffix == ".hwm" { continue }
                throw KennwortError(.dataMissing, "cracklib dictionary not found or not readable", path: dictionary.prefix + suffix)
            }
            for value in [UInt64(info.st_dev), UInt64(info.st_ino), UInt64(info.st_size),
                          UInt64(info.st_mtim.tv_sec), UInt64(info.st_mtim.tv_nsec)] {
                hash = (hash ^ value) &* 0x0000_0100_0000_01b3
                hash ^= hash >> 29
            }
        }
        return hash
    }
}
