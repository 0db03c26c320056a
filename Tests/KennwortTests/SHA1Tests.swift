import Testing
@testable import Kennwort

@Suite("SHA1")
struct SHA1Tests {
    @Test("FIPS 180 vectors, and the fingerprint Have I Been Pwned's lists use", arguments: [
        ("", "da39a3ee5e6b4b0d3255bfef95601890afd80709"),
        ("abc", "a9993e364706816aba3e25717850c26c9cd0d89d"),
        ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", "84983e441c3bd26ebaae4aa1f95129e5e54670f1"),
        ("password", "5baa61e4c9b93f3f0682250b6cf8331b7ee68fd8"),
    ])
    func vectors(text: String, hex: String) {
        let digest = Array(text.utf8).withUnsafeBytes { SHA1.hash($0) }
        let digits: [String] = digest.map { byte in
            let text = String(byte, radix: 16)
            return text.count == 1 ? "0" + text : text
        }
        #expect(digits.joined() == hex)
        let fingerprint = BreachList.fingerprint(SecretBytes(copying: Array(text.utf8)))
        #expect(fingerprint == UInt64(hex.prefix(16), radix: 16))
    }
}
