/// String operations for the per-password paths, specialised in this module.
///
/// The standard library's `contains(_: String)`, `joined(separator:)` and
/// `String(_: some Sequence<Character>)` run as unspecialised generics. In the static
/// `kennwort-helper` the first call of each scans every protocol conformance in the
/// binary at run time, about 160,000 instructions per call site (callgrind), on every login.
/// `firstRange(of:)` on bytes runs _StringProcessing's generic searcher: 138,000 instructions
/// for the two pwquality checks that used it.
extension String {
    /// Whether `piece` occurs in this string, compared as UTF-8 bytes.
    ///
    /// - Parameter piece: The text to find; as with `contains(_:)`, the empty string is never found.
    /// - Returns: `true` when the bytes of `piece` occur in order in this string's bytes.
    func containsBytes(of piece: String) -> Bool {
        var text = self, piece = piece
        return text.withUTF8 { haystack in piece.withUTF8 { needle in occurs(needle, in: haystack) } }
    }

    /// A string of the given characters, in order.
    ///
    /// - Parameter characters: The characters.
    init(characters: some Sequence<Character>) {
        self = ""
        for character in characters { append(character) }
    }
}

extension Sequence<Substring> {
    /// The elements with `separator` between each two.
    ///
    /// - Parameter separator: The text between elements.
    /// - Returns: The joined text.
    func joined(with separator: String) -> String {
        var result = ""
        var first = true
        for element in self {
            if !first { result.append(separator) }
            result.append(contentsOf: element)
            first = false
        }
        return result
    }
}

extension Array where Element == UInt8 {
    /// Whether `piece` occurs in these bytes; like `firstRange(of:) != nil`, the empty piece never does.
    ///
    /// - Parameter piece: The bytes to find.
    /// - Returns: `true` when they occur in order, adjacent.
    func containsBytes(_ piece: [UInt8]) -> Bool {
        withUnsafeBufferPointer { haystack in piece.withUnsafeBufferPointer { needle in occurs(needle, in: haystack) } }
    }
}

/// Whether `needle` occurs in `haystack` (naively: the texts here are a few dozen bytes); never when empty.
private func occurs(_ needle: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let first = needle.first else { return false }
    guard needle.count <= haystack.count else { return false }
    var start = 0
    while start <= haystack.count - needle.count {
        if haystack[start] == first {
            var offset = 1
            while offset < needle.count, haystack[start + offset] == needle[offset] { offset += 1 }
            if offset == needle.count { return true }
        }
        start += 1
    }
    return false
}
