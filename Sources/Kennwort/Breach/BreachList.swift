import Glibc

/// An offline list of breached passwords: memory-mapped, looked up without parsing.
///
/// Opening costs one `mmap` and a header check, whatever the size. A
/// lookup hashes the password with SHA-1 and binary-searches one bucket.
/// The password is checked as typed and in lowercase, so `Passwort1` is found
/// when only `passwort1` was breached; case changes barely slow an attacker.
public final class BreachList: @unchecked Sendable {
    /// The file.
    public let path: String
    /// Entries in the list.
    public let count: Int
    /// Top fingerprint bits used by the bucket index.
    public let prefixBits: Int
    /// Fingerprint bytes stored per entry.
    public let fingerprintBytes: Int
    /// Whether each entry keeps the bit length of its breach count.
    public let hasCounts: Bool
    private let file: MappedFile
    private var base: UnsafeRawPointer { file.base }
    private var size: Int { file.size }
    private let entriesOffset: Int
    private let entrySize: Int

    /// Opens and maps a list.
    ///
    /// - Parameter path: A file written by ``BreachListBuilder``.
    /// - Throws: `KennwortError` `.dataMissing`, or `.dataInvalid` for a truncated
    ///   or damaged file (wrong magic, version, checksum or size).
    public init(path: String) throws(KennwortError) {
        self.path = path
        let mapped = try MappedFile(path: path, what: "breach list", minimumSize: BreachListFormat.headerSize, damaged: .dataInvalid)
        let fileSize = mapped.size
        let header = mapped.prefix(BreachListFormat.headerSize)
        func fail(_ why: String) -> KennwortError {
            KennwortError(.dataInvalid, "breach list is damaged: \(why)", path: path)
        }
        guard Array(header[0..<8]) == BreachListFormat.magic else { throw fail("wrong magic, not a Kennwort breach list") }
        guard header.loadUnaligned(fromByteOffset: 56, as: UInt64.self).littleEndian
                == BreachListFormat.fnv1a(UnsafeRawBufferPointer(rebasing: header[0..<56])) else {
            throw fail("header checksum mismatch")
        }
        guard header.loadUnaligned(fromByteOffset: 8, as: UInt32.self).littleEndian == BreachListFormat.version else {
            throw fail("unsupported version")
        }
        let prefix = Int(header.loadUnaligned(fromByteOffset: 12, as: UInt32.self).littleEndian)
        let stored = Int(header.loadUnaligned(fromByteOffset: 16, as: UInt32.self).littleEndian)
        let countBytes = Int(header.loadUnaligned(fromByteOffset: 20, as: UInt32.self).littleEndian)
        let entries = header.loadUnaligned(fromByteOffset: 24, as: UInt64.self).littleEndian
        guard (1...30).contains(prefix), (1...8).contains(stored), countBytes <= 1, entries < 1 << 40 else {
            throw fail("impossible parameters")
        }
        let offset = BreachListFormat.headerSize + ((1 << prefix) + 1) * 8
        guard fileSize == offset + Int(entries) * (stored + countBytes) else {
            throw fail("size does not match the header (truncated?)")
        }
        file = mapped
        prefixBits = prefix
        fingerprintBytes = stored
        count = Int(entries)
        hasCounts = countBytes == 1
        entrySize = stored + countBytes
        entriesOffset = offset
    }

    /// The false-positive rate of one lookup, as built.
    public var falsePositiveRate: Double {
        BreachListFormat.falsePositiveRate(count: count, prefixBits: prefixBits, fingerprintBytes: fingerprintBytes)
    }

    /// Bytes per entry, index included.
    public var bytesPerEntry: Double { Double(size - BreachListFormat.headerSize) / Double(max(count, 1)) }

    /// Looks a password up: as typed, then in lowercase.
    ///
    /// - Parameter password: The password's bytes.
    /// - Returns: `nil` when not found; else the bit length of its breach count (0 when unknown).
    public func lookup(_ password: SecretBytes) -> Int? {
        if let found = lookup(fingerprint: Self.fingerprint(password)) { return found }
        let lower = SecretBytes(copying: Array(password.withUnsafeBytes { String(decoding: $0, as: UTF8.self) }.lowercased().utf8))
        if lower.constantTimeEquals(password) { return nil }
        return lookup(fingerprint: Self.fingerprint(lower))
    }

    /// Looks up the first 64 bits of a SHA-1.
    public func lookup(fingerprint: UInt64) -> Int? {
        let bucket = Int(fingerprint >> UInt64(64 - prefixBits))
        let index = base + BreachListFormat.headerSize
        let first = index.loadUnaligned(fromByteOffset: bucket * 8, as: UInt64.self).littleEndian
        let last = index.loadUnaligned(fromByteOffset: (bucket + 1) * 8, as: UInt64.self).littleEndian
        // A damaged index must not send us outside the file, nor trap converting to Int.
        guard first <= last, last <= UInt64(count) else { return nil }
        var low = Int(first), high = Int(last)
        let wanted = Self.stored(fingerprint, prefixBits: prefixBits, bytes: fingerprintBytes)
        while low < high {
            let middle = (low + high) / 2
            let value = storedValue(at: middle)
            if value == wanted {
                return hasCounts ? Int((base + entriesOffset + middle * entrySize + fingerprintBytes).load(as: UInt8.self)) : 0
            }
            if value < wanted { low = middle + 1 } else { high = middle }
        }
        return nil
    }

    private func storedValue(at position: Int) -> UInt64 {
        var value: UInt64 = 0
        let entry = base + entriesOffset + position * entrySize
        for offset in 0..<fingerprintBytes { value = value << 8 | UInt64(entry.load(fromByteOffset: offset, as: UInt8.self)) }
        return value
    }

    /// The bits of a fingerprint an entry stores: the 8·r bits after the prefix.
    static func stored(_ fingerprint: UInt64, prefixBits: Int, bytes: Int) -> UInt64 {
        (fingerprint << UInt64(prefixBits)) >> UInt64(64 - 8 * bytes)
    }

    /// The first 64 bits of SHA-1(password), big-endian.
    static func fingerprint(_ password: SecretBytes) -> UInt64 {
        var digest = password.withUnsafeBytes { SHA1.hash($0) }
        defer { digest.withUnsafeMutableBytes { SecretBytes.wipe($0) } }
        return digest.prefix(8).reduce(0) { $0 << 8 | UInt64($1) }
    }

    /// Verifies the checksum over the index and entries; reads the whole file.
    ///
    /// - Returns: Whether the data matches the header.
    public func verify() -> Bool {
        let stored = UnsafeRawBufferPointer(start: base, count: BreachListFormat.headerSize).loadUnaligned(fromByteOffset: 32, as: UInt64.self).littleEndian
        let entries = BreachListFormat.fnv1a(UnsafeRawBufferPointer(start: base + entriesOffset, count: size - entriesOffset))
        let index = UnsafeRawBufferPointer(start: base + BreachListFormat.headerSize, count: entriesOffset - BreachListFormat.headerSize)
        return BreachListFormat.fnv1a(index, seed: entries) == stored
    }
}
