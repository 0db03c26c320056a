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

    /// The other 351 destructors, each as its (replaced, replacement) pairs: `/0s0o/2s2a` is
    /// [("0", "o"), ("2", "a")]. Generated as pairs, not texts, as the PAM helper builds them
    /// at every start.
    static let substitutionDestructors: [[(UInt8, UInt8)]] = {
        func pair(_ text: StaticString) -> (UInt8, UInt8) { text.withUTF8Buffer { ($0[0], $0[1]) } }
        let substitutions = [pair("$s"), pair("0o"), pair("2a"), pair("3e"), pair("5s")]
        let ones = [[pair("1i")], [pair("1l")], [pair("1i"), pair("4a")], [pair("1i"), pair("4h")], [pair("1l"), pair("4a")],
                    [pair("1l"), pair("4h")], [pair("4a")], [pair("4h")], [pair("4a")], [pair("4h")]]
        func combinations(_ prefix: [(UInt8, UInt8)], from start: Int) -> [[(UInt8, UInt8)]] {
            var result: [[(UInt8, UInt8)]] = []
            for index in start..<substitutions.count {
                let rule = prefix + [substitutions[index]]
                result.append(rule)
                result += combinations(rule, from: index + 1)
                result += ones.map { rule + $0 }
            }
            return result
        }
        return combinations([], from: 0) + ones
    }()

    /// A substitution destructor's text: `/xsxy` for each pair.
    static func text(of pairs: [(UInt8, UInt8)]) -> String {
        String(decoding: pairs.flatMap { [UInt8(ascii: "/"), $0.0, UInt8(ascii: "s"), $0.0, $0.1] }, as: UTF8.self)
    }

    /// Rules that build disguises from user data (`r_constructors`).
    static let constructorTexts = [":", "r", "d", "f", "dr", "fr", "rf"]

    static let destructors = destructorTexts.map(CracklibRule.init)
    static let constructors = constructorTexts.map(CracklibRule.init)
}
