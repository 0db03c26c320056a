import Glibc

/// The on-disk layout of a breach list, version 1 (all integers little-endian).
///
/// ```
/// 0   8  magic "KWBRCH01"
/// 8   4  version (1)
/// 12  4  prefix bits p: the bucket index uses the top p bits of the fingerprint
/// 16  4  fingerprint bytes r: the next 8·r bits, stored per entry
/// 20  4  count bytes (0 or 1): per entry, bit length of the breach count
/// 24  8  entry count N
/// 32  8  FNV-1a 64 of the entries, then the index, for `breach stats --verify`
/// 40 16  reserved, zero
/// 56  8  FNV-1a 64 of bytes 0..<56
/// 64     index: 2^p + 1 entry offsets, UInt64 each (bucket b is entries[index[b]..<index[b+1]])
///        entries: N × (r + count bytes), sorted by fingerprint
/// ```
///
/// The fingerprint is the first 64 bits of the password's SHA-1, so the
/// list can be built from Have I Been Pwned's SHA-1 files without any
/// password. Two different passwords collide only if their SHA-1s agree on
/// the p + 8·r stored bits: the false-positive rate of one lookup is about
/// N / 2^(p+8r), chosen at build time to be at most 10^-9.
enum BreachListFormat {
    static let magic: [UInt8] = Array("KWBRCH01".utf8)
    static let version: UInt32 = 1
    static let headerSize = 64
    static let targetFalsePositiveRate = 1e-9

    /// Parameters for a list of `count` entries: index bits and stored bytes per entry.
    static func parameters(count: Int) -> (prefixBits: Int, fingerprintBytes: Int) {
        let n = Double(max(count, 1))
        let prefixBits = min(26, max(8, Int((log2(n)).rounded(.up)) - 6))
        let neededBits = Int(log2(n / targetFalsePositiveRate).rounded(.up))
        let fingerprintBytes = min(7, max(1, (neededBits - prefixBits + 7) / 8))
        return (prefixBits, fingerprintBytes)
    }

    /// The false-positive rate of one lookup.
    static func falsePositiveRate(count: Int, prefixBits: Int, fingerprintBytes: Int) -> Double {
        Double(count) / pow(2, Double(prefixBits + 8 * fingerprintBytes))
    }

    /// FNV-1a 64 over bytes.
    static func fnv1a(_ bytes: UnsafeRawBufferPointer, seed: UInt64 = 0xcbf2_9ce4_8422_2325) -> UInt64 {
        var hash = seed
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
        return hash
    }
}

