import Glibc

/// The words of a cracklib dictionary that libcrack's `FindPW` can find, in a hash table.
///
/// libcrack answers each lookup with a binary search over its packed file:
/// about 900 `lseek`/`read` calls for one strong password, under a process-wide
/// lock. This table answers the same question from memory, on any thread: it
/// holds exactly the words for which `FindPW` succeeds (a word in a quirky
/// spot of the binary search is left out, as libcrack would miss it). It is
/// built once from the dictionary as libcrack's `GetPW` decodes it and kept as a
/// file next to it, which is mapped, not parsed, when a checker starts.
///
/// File layout (little-endian): a 64-byte header (`KWCRKT03`, the dictionary's
/// stamp, the slot and word counts, the blob size, at 32 a ``checksum(_:)``
/// of everything after the header), then the slots (4 bytes: the word's
/// offset + 1, or 0 when empty), then the words, each a length byte and its
/// bytes. About 10 MB for half a million words.
///
/// The table is a cache: a damaged file (bad magic, size or checksum) is never
/// used; ``CracklibWordTableBuilder`` rebuilds it from the dictionary. The
/// checksum pass (10 MB) is the largest cost of a cold start, which every login
/// pays, so it runs once per file: a record next to the table notes the file's
/// identity when it passed, and any write to the file changes that identity.
final class CracklibWordTable: @unchecked Sendable {
    static let magic = Array("KWCRKT03".utf8)
    static let headerSize = 64

    /// The dictionary files' identity when the table was built.
    let stamp: UInt64
    /// How many words the table holds.
    let wordCount: Int
    private let storage: Storage
    private let slots: UnsafeRawPointer
    private let mask: Int
    private let blob: UnsafeRawBufferPointer

    /// Whether the record says this very file passed its checksum and these canaries before;
    /// if not, the checksum ran now, and the caller checks the canaries and then calls
    /// ``recordVerified(canaries:)``.
    let verifiedBefore: Bool
    private let path: String

    /// Maps a table file.
    ///
    /// - Parameters:
    ///   - path: The table file.
    ///   - canaries: The dictionary's canary words, part of what its record vouches for.
    /// - Throws: `KennwortError` `.dataMissing` when it cannot be read, `.dataCorrupt` when malformed.
    convenience init(path: String, canaries: [String] = []) throws(KennwortError) {
        let file = try MappedFile(path: path, what: "cracklib word table", minimumSize: Self.headerSize, damaged: .dataCorrupt)
        let verified = Self.wasVerified(file, path: path, canaries: canaries)
        // The checksum reads every page: map them all in one call, not one fault per page.
        if !verified { file.advise(MADV_POPULATE_READ) }
        try self.init(storage: .mapped(file), path: path, verifiedBefore: verified)
    }

    /// Wraps table bytes built in memory.
    convenience init(bytes: [UInt8]) throws(KennwortError) {
        try self.init(storage: .memory(OwnedBytes(bytes)), path: "(memory)", verifiedBefore: false)
    }

    /// Notes that this table file passed its checksum and the canaries; nothing for a table in memory.
    func recordVerified(canaries: [String]) {
        if case .mapped(let file) = storage { Self.recordVerified(file, path: path, canaries: canaries) }
    }

    private init(storage: Storage, path: String, verifiedBefore: Bool) throws(KennwortError) {
        let verifyChecksum = !verifiedBefore
        self.verifiedBefore = verifiedBefore
        self.path = path
        self.storage = storage
        let bytes = storage.bytes
        func field(_ offset: Int) -> Int { Int(bytes.loadUnaligned(fromByteOffset: offset, as: UInt32.self).littleEndian) }
        guard bytes.count >= Self.headerSize, Array(bytes.prefix(8)) == Self.magic else {
            throw KennwortError(.dataCorrupt, "not a cracklib word table", path: path)
        }
        stamp = bytes.loadUnaligned(fromByteOffset: 8, as: UInt64.self).littleEndian
        let slotCount = field(16)
        wordCount = field(20)
        let blobSize = field(24)
        guard slotCount > 0, slotCount & (slotCount - 1) == 0, wordCount < slotCount,
              bytes.count == Self.headerSize + slotCount * 4 + blobSize
        else { throw KennwortError(.dataCorrupt, "cracklib word table is truncated or damaged", path: path) }
        // A flipped bit in the table would silently drop a word, so the whole file is checked
        // unless this very file (same inode, size, change time) passed before; see `wasVerified`.
        guard !verifyChecksum || bytes.loadUnaligned(fromByteOffset: 32, as: UInt64.self).littleEndian
                == Self.checksum(UnsafeRawBufferPointer(rebasing: bytes[Self.headerSize...]))
        else { throw KennwortError(.dataCorrupt, "cracklib word table checksum mismatch", path: path) }
        slots = bytes.baseAddress! + Self.headerSize
        mask = slotCount - 1
        blob = UnsafeRawBufferPointer(rebasing: bytes[(Self.headerSize + slotCount * 4)...])
    }

    /// Whether the dictionary holds `word`, as `FindPW` would answer.
    ///
    /// - Parameter word: The bytes to look up.
    /// - Returns: `true` when libcrack's search finds it.
    func contains<Bytes: Collection<UInt8>>(_ word: Bytes) -> Bool {
        var index = Int(truncatingIfNeeded: Self.hash(word)) & mask
        while true {
            let slot = slots.loadUnaligned(fromByteOffset: index * 4, as: UInt32.self).littleEndian
            if slot == 0 { return false }
            if matches(word, at: Int(slot) - 1) { return true }
            index = (index + 1) & mask
        }
    }

    private func matches<Bytes: Collection<UInt8>>(_ word: Bytes, at offset: Int) -> Bool {
        guard offset >= 0, offset < blob.count else { return false }
        let length = Int(blob[offset])
        guard length == word.count, offset + 1 + length <= blob.count else { return false }
        var at = offset + 1
        for byte in word {
            if blob[at] != byte { return false }
            at += 1
        }
        return true
    }

    /// A Fletcher-style checksum over 64-bit words in four interleaved lanes (for speed):
    /// any changed word changes its lane's sum, and moved words its sum of sums.
    static func checksum(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        var sums: (UInt64, UInt64, UInt64, UInt64) = (1, 2, 3, 4)
        var sumsOfSums: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
        let blocks = bytes.count / 32
        for block in 0..<blocks {
            let at = block * 32
            sums.0 &+= bytes.loadUnaligned(fromByteOffset: at, as: UInt64.self)
            sums.1 &+= bytes.loadUnaligned(fromByteOffset: at + 8, as: UInt64.self)
            sums.2 &+= bytes.loadUnaligned(fromByteOffset: at + 16, as: UInt64.self)
            sums.3 &+= bytes.loadUnaligned(fromByteOffset: at + 24, as: UInt64.self)
            sumsOfSums.0 &+= sums.0
            sumsOfSums.1 &+= sums.1
            sumsOfSums.2 &+= sums.2
            sumsOfSums.3 &+= sums.3
        }
        for index in (blocks * 32)..<bytes.count {
            sums.0 &+= UInt64(bytes[index])
            sumsOfSums.0 &+= sums.0
        }
        var result: UInt64 = 0
        for value in [sums.0, sums.1, sums.2, sums.3, sumsOfSums.0, sumsOfSums.1, sumsOfSums.2, sumsOfSums.3] {
            result = (result ^ value) &* 0x0000_0100_0000_01b3
            result ^= result >> 29
        }
        return result
    }

    /// FNV-1a, 64 bits.
    static func hash<Bytes: Collection<UInt8>>(_ word: Bytes) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in word {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01b3
        }
        return hash
    }

    private enum Storage {
        case mapped(MappedFile)
        case memory(OwnedBytes)

        var bytes: UnsafeRawBufferPointer {
            switch self {
            case .mapped(let file): file.prefix(file.size)
            case .memory(let owned): UnsafeRawBufferPointer(owned.buffer)
            }
        }
    }

    /// Bytes at a stable address for the table's lifetime.
    private final class OwnedBytes {
        let buffer: UnsafeMutableRawBufferPointer

        init(_ bytes: [UInt8]) {
            buffer = .allocate(byteCount: bytes.count, alignment: 8)
            bytes.withUnsafeBytes { buffer.copyMemory(from: $0) }
        }

        deinit { buffer.deallocate() }
    }
}
