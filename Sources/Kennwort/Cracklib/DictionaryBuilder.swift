import Glibc

/// Builds a packed cracklib dictionary from word lists, without a shell pipeline.
///
/// It does what `cracklib-format | cracklib-packer` does, plus umlaut
/// folding: lowercase, ä→ae, ö→oe, ü→ue, ß→ss, keep only `[a-z0-9]`,
/// truncate to 30 bytes, byte-sort, drop duplicates, then write with
/// `PWOpen(prefix, "w")`/`PutPW`/`PWClose`. cracklib silently fails to match
/// in unsorted input, so the order is checked before writing.
public enum DictionaryBuilder {
    /// cracklib-packer's word length limit.
    public static let maximumWordLength = 30

    /// Folds one line of UTF-8 text into a cracklib word.
    ///
    /// - Parameter line: The raw bytes of one line.
    /// - Returns: The folded word, empty when nothing is left.
    public static func fold<Bytes: Collection<UInt8>>(_ line: Bytes) -> [UInt8] {
        var word: [UInt8] = []
        word.reserveCapacity(min(line.count, maximumWordLength))
        var index = line.startIndex
        while index != line.endIndex, word.count < maximumWordLength {
            let byte = line[index]
            index = line.index(after: index)
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                word.append(byte)
            case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                word.append(byte + 32)
            case 0xC3 where index != line.endIndex:
                // Two-byte UTF-8 for ä ö ü ß Ä Ö Ü; anything else non-ASCII is dropped.
                let next = line[index]
                let folded: [UInt8]? = switch next {
                case 0xA4, 0x84: Array("ae".utf8)
                case 0xB6, 0x96: Array("oe".utf8)
                case 0xBC, 0x9C: Array("ue".utf8)
                case 0x9F: Array("ss".utf8)
                default: nil
                }
                if let folded {
                    index = line.index(after: index)
                    word.append(contentsOf: folded)
                }
            default:
                continue
            }
        }
        if word.count > maximumWordLength { word.removeLast(word.count - maximumWordLength) }
        return word
    }

    /// Reads word files and returns their folded words, byte-sorted and unique.
    ///
    /// - Parameter files: Plain-text files, one word a line.
    /// - Returns: The words, ready for ``write(words:prefix:)``.
    /// - Throws: `KennwortError` `.dataMissing` when a file cannot be read.
    public static func collectWords(from files: [String]) throws(KennwortError) -> [[UInt8]] {
        // Folded words are ASCII, where String order is byte order; String's
        // comparison runs in the optimized standard library even in debug builds.
        var words: [String] = []
        for file in files {
            guard let data = FileChecks.contents(file, limit: Int.max) else {
                throw KennwortError(.dataMissing, "cannot read word list", path: file)
            }
            data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) in
                var start = 0
                for index in 0...bytes.count where index == bytes.count || bytes[index] == UInt8(ascii: "\n") {
                    let word = fold(bytes[start..<index])
                    if !word.isEmpty { words.append(String(decoding: word, as: UTF8.self)) }
                    start = index + 1
                }
            }
        }
        words.sort()
        var unique: [[UInt8]] = []
        unique.reserveCapacity(words.count)
        var previous = ""
        for word in words where word != previous {
            unique.append(Array(word.utf8))
            previous = word
        }
        return unique
    }

    /// Writes a packed dictionary at `prefix` from sorted, unique words.
    ///
    /// - Parameters:
    ///   - words: Byte-sorted unique words of at most 30 bytes.
    ///   - prefix: Where to write `prefix.pwd`, `.pwi` and `.hwm`.
    /// - Throws: `KennwortError` `.internalFailure` when the words are not
    ///   sorted, `.dataWriteFailed` when writing fails.
    public static func write(words: [[UInt8]], prefix: String) throws(KennwortError) {
        for (earlier, later) in zip(words, words.dropFirst()) where !earlier.lexicographicallyPrecedes(later) {
            throw KennwortError(.internalFailure, "dictionary words are not strictly byte-sorted", path: prefix)
        }
        for word in words where word.isEmpty || word.count > maximumWordLength || word.contains(0) {
            throw KennwortError(.internalFailure, "dictionary word of bad length", path: prefix)
        }
        let written = CracklibEngine.shared.withNoDictionaryOpen {
            CracklibBinding.write(prefix: prefix, words: words)
        }
        guard written else {
            throw KennwortError(.dataWriteFailed, "cannot write cracklib dictionary: \(describeErrno())", path: prefix)
        }
    }
}
