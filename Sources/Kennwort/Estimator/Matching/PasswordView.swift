/// A password prepared for matching: its characters, lowercased, and folded for word lookups.
///
/// Positions are Unicode scalar offsets. For dictionary lookups every
/// character is lowercased and umlauts are spelled out (ä→ae, ö→oe, ü→ue,
/// ß→ss), the same folding the word index uses; `foldedStart[k]` is where
/// character `k` begins in `folded`, so the key of `i...j` is one slice.
struct PasswordView {
    /// The characters as typed.
    let scalars: [Unicode.Scalar]
    /// The characters lowercased, one scalar each.
    let lower: [Unicode.Scalar]
    /// The folded bytes of all characters, in order.
    let folded: [UInt8]
    /// Where each character starts in `folded`, plus the end.
    let foldedStart: [Int]

    /// Makes a view of `scalars`, using `lower` as the lowercase form.
    init(scalars: [Unicode.Scalar], lower: [Unicode.Scalar]) {
        self.scalars = scalars
        self.lower = lower
        var folded: [UInt8] = []
        folded.reserveCapacity(lower.count + 8)
        var starts: [Int] = []
        starts.reserveCapacity(lower.count + 1)
        for scalar in lower {
            starts.append(folded.count)
            Self.fold(scalar, into: &folded)
        }
        starts.append(folded.count)
        self.folded = folded
        self.foldedStart = starts
    }

    /// Makes a view of a string's first `limit` scalars.
    init(_ scalars: [Unicode.Scalar]) {
        self.init(scalars: scalars, lower: scalars.map(Self.lowercase))
    }

    var count: Int { scalars.count }

    /// The scalar's simple lowercase form (one scalar), or itself.
    static func lowercase(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        if scalar.value < 0x80 {
            if scalar.value >= 65 && scalar.value <= 90 { return Unicode.Scalar(scalar.value + 32)! }
            return scalar
        }
        let mapping = scalar.properties.lowercaseMapping.unicodeScalars
        return mapping.count == 1 ? mapping.first! : scalar
    }

    /// Appends the folded UTF-8 of a lowercase scalar: umlauts and ß spelled out.
    static func fold(_ scalar: Unicode.Scalar, into bytes: inout [UInt8]) {
        if scalar.value < 0x80 {
            bytes.append(UInt8(scalar.value))
            return
        }
        switch scalar {
        case "ä": bytes.append(contentsOf: [0x61, 0x65])
        case "ö": bytes.append(contentsOf: [0x6F, 0x65])
        case "ü": bytes.append(contentsOf: [0x75, 0x65])
        case "ß", "ẞ": bytes.append(contentsOf: [0x73, 0x73])
        default: bytes.append(contentsOf: UTF8.encode(scalar)!)
        }
    }

    /// Folds a word the way the index stores it: lowercase, umlauts spelled out.
    static func foldedKey(_ word: String) -> [UInt8] {
        var bytes: [UInt8] = []
        for scalar in word.unicodeScalars { fold(lowercase(scalar), into: &bytes) }
        return bytes
    }

    /// Whether a scalar is an uppercase letter.
    static func isUpper(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x80 ? (scalar.value >= 65 && scalar.value <= 90) : scalar.properties.isUppercase
    }

    /// Whether a scalar is a lowercase letter.
    static func isLower(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x80 ? (scalar.value >= 97 && scalar.value <= 122) : scalar.properties.isLowercase
    }

    /// Whether a scalar is an ASCII digit.
    static func isDigit(_ scalar: Unicode.Scalar) -> Bool { scalar.value >= 48 && scalar.value <= 57 }
}
