import Glibc

/// Makes passphrases from a curated list of short, common words.
///
/// Words are drawn with `SystemRandomNumberGenerator` (the kernel's CSPRNG)
/// and `Int.random(in:using:)`, which rejects out-of-range draws, so every
/// word is equally likely. Entropy is `words × log2(list size)`.
public struct PassphraseGenerator: Sendable {
    /// The fewest words a list must have: 4,096, or 12 bits per word.
    public static let minimumListSize = 4096

    /// The word list, unique.
    public let words: [String]

    /// Makes a generator from a list.
    ///
    /// - Parameter words: The words; duplicates are dropped.
    /// - Throws: `KennwortError` `.dataCorrupt` when fewer than ``minimumListSize`` remain.
    public init(words: [String]) throws(KennwortError) {
        var seen = Set<String>()
        self.words = words.filter { !$0.isEmpty && seen.insert($0).inserted }
        guard self.words.count >= Self.minimumListSize else {
            throw KennwortError(.dataCorrupt, "the passphrase list has \(self.words.count) words; at least \(Self.minimumListSize) are needed")
        }
    }

    /// Loads `passphrase-de.txt` or `passphrase-en.txt` from a `wordlists/` folder.
    ///
    /// - Parameters:
    ///   - language: The language of the words.
    ///   - wordlists: The folder.
    /// - Returns: The generator.
    /// - Throws: `KennwortError` when the list is missing or too short.
    public static func load(_ language: Language, wordlists: String) throws(KennwortError) -> PassphraseGenerator {
        let path = wordlists + "/passphrase-\(language.rawValue).txt"
        guard let data = FileChecks.contents(path, limit: 16 << 20) else {
            throw KennwortError(.dataMissing, "passphrase word list not found", path: path)
        }
        return try PassphraseGenerator(words: String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init))
    }

    /// Bits of entropy of a passphrase of `count` words.
    public func entropyBits(words count: Int) -> Double { Double(count) * log2(Double(words.count)) }

    /// One passphrase.
    ///
    /// - Parameters:
    ///   - count: How many words.
    ///   - separator: What goes between them.
    /// - Returns: The passphrase, in a buffer that wipes itself.
    public func generate(words count: Int, separator: String) -> SecretBytes {
        var generator = SystemRandomNumberGenerator()
        let chosen = (0..<count).map { _ in words[Int.random(in: 0..<words.count, using: &generator)] }
        var bytes = Array(chosen.joined(separator: separator).utf8)
        defer { bytes.withUnsafeMutableBytes { SecretBytes.wipe($0) } }
        return SecretBytes(copying: bytes)
    }
}

