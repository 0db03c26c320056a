/// The rule lists of libcrack 2.9.6's `fascist.c`, as Kennwort runs them.
enum CracklibRuleLists {
    /// Rules that undo common disguises of a dictionary word (`r_destructors`).
    ///
    /// libcrack lists 361 rules: ten that trim or purge junk, then every
    /// combination of undoing `$`→s, 0→o, 2→a, 3→e, 5→s, 1→i or l and 4→a or h.
    /// The combinations are generated here in libcrack's order.
    static var destructorTexts: [String] { generalDestructorTexts + substitutionDestructors.map(text(of:)) }

    /// The ten destructors that trim or purge junk, first in libcrack's list.
    static let generalDestructorTexts = [":", "[", "]", "[[", "]]", "[[[", "]]]", "/?p@?p", "/?s@?s", "/?X@?X"]

    /// The (replaced, replacement) pairs the other destructors combine, in the order a rule lists them.
    static let substitutionPairs: [(UInt8, UInt8)] = ["$s", "0o", "2a", "3e", "5s", "1i", "1l", "4a", "4h"].map { (pair: StaticString) in
        pair.withUTF8Buffer { ($0[0], $0[1]) }
    }

    /// The other 351 destructors in libcrack's order, each as a set of ``substitutionPairs``
    /// (bit i for pair i): `/0s0o/2s2a` is 0b110. Sets, not texts or arrays, because the PAM
    /// helper builds them at every start.
    static let substitutionDestructors: [UInt16] = {
        let ones: [UInt16] = [1 << 5, 1 << 6, 1 << 5 | 1 << 7, 1 << 5 | 1 << 8, 1 << 6 | 1 << 7, 1 << 6 | 1 << 8, 1 << 7, 1 << 8, 1 << 7, 1 << 8]
        var result: [UInt16] = []
        result.reserveCapacity(351)
        func combinations(_ prefix: UInt16, from start: Int) {
            for index in start..<5 {
                let rule = prefix | 1 << UInt16(index)
                result.append(rule)
                combinations(rule, from: index + 1)
                for one in ones { result.append(rule | one) }
            }
        }
        combinations(0, from: 0)
        return result + ones
    }()

    /// A substitution destructor's text: `/xsxy` for each of its pairs.
    static func text(of rule: UInt16) -> String {
        var bytes: [UInt8] = []
        for (index, pair) in substitutionPairs.enumerated() where rule & 1 << UInt16(index) != 0 {
            bytes += [UInt8(ascii: "/"), pair.0, UInt8(ascii: "s"), pair.0, pair.1]
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Rules that build disguises from user data (`r_constructors`).
    static let constructorTexts = [":", "r", "d", "f", "dr", "fr", "rf"]

    static let destructors = destructorTexts.map(CracklibRule.init)
    static let constructors = constructorTexts.map(CracklibRule.init)
}
