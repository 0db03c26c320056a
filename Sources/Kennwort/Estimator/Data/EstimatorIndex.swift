import Glibc

/// The estimator's word index: one memory-mapped file, used without parsing.
///
/// Layout (little-endian): a 32-byte header (`KWIDX002`, entry count, slot
/// count, strings offset, longest key, prefix slot count, prefix offset),
/// then an open-addressing hash table of `UInt32` slots (entry number + 1,
/// 0 = empty), then 12-byte entries (string offset `UInt32`, key length
/// `UInt8`, category `UInt8`, 2 spare, rank `UInt32`), then the keys'
/// bytes, then a table of the FNV-1a hashes of every key prefix (0 = empty;
/// a hash of 0 is stored as 1). Scanning stops as soon as a prefix is
/// absent, so most positions cost two or three probes. Opening costs one
/// `mmap` and a header check; lookups touch only the pages they need.
public final class EstimatorIndex: RankedDictionary, @unchecked Sendable {
    static let magic: [UInt8] = Array("KWIDX002".utf8)
    static let headerSize = 32
    static let entrySize = 12

    private let file: MappedFile
    private var base: UnsafeRawPointer { file.base }
    private var size: Int { file.size }
    private let slotMask: UInt32
    private let entryCount: Int
    private let stringsOffset: Int
    private let prefixOffset: Int
    private let prefixMask: UInt32
    public let maximumKeyLength: Int
    /// The file it came from.
    public let path: String

    /// Opens and maps an index file.
    ///
    /// - Parameter path: The file written by ``EstimatorIndexBuilder``.
    /// - Throws: `KennwortError` `.dataMissing` or `.dataCorrupt` naming the path.
    public init(path: String) throws(KennwortError) {
        self.path = path
        let mapped = try MappedFile(path: path, what: "estimator word index", minimumSize: Self.headerSize, damaged: .dataCorrupt)
        let size = mapped.size
        let header = mapped.prefix(Self.headerSize)
        let entries = Int(header.loadUnaligned(fromByteOffset: 8, as: UInt32.self).littleEndian)
        let slots = Int(header.loadUnaligned(fromByteOffset: 12, as: UInt32.self).littleEndian)
        let strings = Int(header.loadUnaligned(fromByteOffset: 16, as: UInt32.self).littleEndian)
        let longest = Int(header.loadUnaligned(fromByteOffset: 20, as: UInt32.self).littleEndian)
        let prefixSlots = Int(header.loadUnaligned(fromByteOffset: 24, as: UInt32.self).littleEndian)
        let prefixes = Int(header.loadUnaligned(fromByteOffset: 28, as: UInt32.self).littleEndian)
        let expectedStrings = Self.headerSize + slots * 4 + entries * Self.entrySize
        guard Array(header[0..<8]) == Self.magic, slots > 0, slots & (slots - 1) == 0, entries < slots,
              strings == expectedStrings, strings <= size, longest <= 255,
              prefixSlots > 0, prefixSlots & (prefixSlots - 1) == 0, prefixes >= strings,
              prefixes + prefixSlots * 4 == size
        else {
            throw KennwortError(.dataCorrupt, "estimator word index is damaged", path: path)
        }
        file = mapped
        entryCount = entries
        slotMask = UInt32(slots - 1)
        stringsOffset = strings
        prefixOffset = prefixes
        prefixMask = UInt32(prefixSlots - 1)
        maximumKeyLength = longest
    }

    /// The number of words.
    public var count: Int { entryCount }

    public func lookup(_ key: UnsafeRawBufferPointer) -> (rank: Int, category: WordCategory)? {
        guard key.count > 0, key.count <= maximumKeyLength else { return nil }
        return lookup(key, hash: Self.hash(key))
    }

    public func forEachWord(in text: UnsafeRawBufferPointer, from start: Int, ends: ArraySlice<Int>, _ found: (Int, Int, WordCategory) -> Void) {
        var hash: UInt32 = Self.offsetBasis
        var consumed = start
        for position in ends.indices {
            let end = ends[position]
            if end - start > maximumKeyLength { return }
            while consumed < end {
                hash = (hash ^ UInt32(text[consumed])) &* Self.prime
                consumed += 1
            }
            // Nearly every one- and two-byte prefix exists; probing for them only costs cache misses.
            guard end - start < 3 || hasPrefix(hash: hash) else { return }
            if let word = lookup(UnsafeRawBufferPointer(rebasing: text[start..<end]), hash: hash) {
                found(position, word.rank, word.category)
            }
        }
    }

    /// Whether some key starts with the bytes whose hash is `hash` (false positives possible).
    private func hasPrefix(hash: UInt32) -> Bool {
        let wanted = hash == 0 ? 1 : hash
        var slot = wanted & prefixMask
        let table = base + prefixOffset
        while true {
            let value = table.loadUnaligned(fromByteOffset: Int(slot) * 4, as: UInt32.self).littleEndian
            if value == 0 { return false }
            if value == wanted { return true }
            slot = (slot + 1) & prefixMask
        }
    }

    private func lookup(_ key: UnsafeRawBufferPointer, hash: UInt32) -> (rank: Int, category: WordCategory)? {
        var slot = hash & slotMask
        let slots = base + Self.headerSize
        let entries = slots + Int(slotMask + 1) * 4
        while true {
            let value = slots.loadUnaligned(fromByteOffset: Int(slot) * 4, as: UInt32.self).littleEndian
            if value == 0 { return nil }
            let entry = entries + Int(value - 1) * Self.entrySize
            let offset = Int(entry.loadUnaligned(as: UInt32.self).littleEndian)
            let length = Int(entry.load(fromByteOffset: 4, as: UInt8.self))
            if length == key.count, stringsOffset + offset + length <= size,
               memcmp(base + stringsOffset + offset, key.baseAddress!, length) == 0 {
                let category = WordCategory(rawValue: entry.load(fromByteOffset: 5, as: UInt8.self)) ?? .germanWords
                return (Int(entry.loadUnaligned(fromByteOffset: 8, as: UInt32.self).littleEndian), category)
            }
            slot = (slot + 1) & slotMask
        }
    }

    static let offsetBasis: UInt32 = 0x811C_9DC5
    static let prime: UInt32 = 0x0100_0193

    /// FNV-1a, 32 bits.
    static func hash(_ key: UnsafeRawBufferPointer) -> UInt32 {
        var hash = offsetBasis
        for byte in key { hash = (hash ^ UInt32(byte)) &* prime }
        return hash
    }
}
