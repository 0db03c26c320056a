/// Spells German umlauts and ß the ASCII way: ä→ae, ö→oe, ü→ue, ß→ss.
///
/// Word lists and cracklib work on ASCII, and people type "Passwoerter" as
/// often as "Passwörter"; folding lets both meet the same dictionary entry.
public enum UmlautFolding {
    /// Folds the umlauts in a secret, keeping every other byte.
    ///
    /// - Parameter secret: Valid UTF-8 bytes.
    /// - Returns: The folded copy, or `nil` when there was nothing to fold.
    public static func fold(_ secret: SecretBytes) -> SecretBytes? {
        secret.withUnsafeBytes { bytes -> SecretBytes? in
            guard bytes.contains(0xC3) else { return nil }
            var changed = false
            let folded = SecretBytes(capacity: bytes.count * 2) { out in
                var used = 0
                var index = 0
                while index < bytes.count {
                    let byte = bytes[index]
                    if byte == 0xC3, index + 1 < bytes.count, let pair = replacement(bytes[index + 1]) {
                        out[used] = pair.0
                        out[used + 1] = pair.1
                        used += 2
                        index += 2
                        changed = true
                    } else {
                        out[used] = byte
                        used += 1
                        index += 1
                    }
                }
                return used
            }
            return changed ? folded : nil
        }
    }

    /// The ASCII pair for the second byte of a `C3 xx` umlaut, or `nil`.
    static func replacement(_ second: UInt8) -> (UInt8, UInt8)? {
        switch second {
        case 0xA4: (UInt8(ascii: "a"), UInt8(ascii: "e"))
        case 0xB6: (UInt8(ascii: "o"), UInt8(ascii: "e"))
        case 0xBC: (UInt8(ascii: "u"), UInt8(ascii: "e"))
        case 0x84: (UInt8(ascii: "A"), UInt8(ascii: "e"))
        case 0x96: (UInt8(ascii: "O"), UInt8(ascii: "e"))
        case 0x9C: (UInt8(ascii: "U"), UInt8(ascii: "e"))
        case 0x9F: (UInt8(ascii: "s"), UInt8(ascii: "s"))
        default: nil
        }
    }
}
