/// The rule lists of libcrack 2.9.6's `fascist.c`, as Kennwort runs them.
enum CracklibRuleLists {
    /// Rules that undo common disguises of a dictionary word (`r_destructors`).
    ///
    /// libcrack lists 361 rules: ten that trim or purge junk, then every
    /// combination of undoing `$`→s, 0→o, 2→a, 3→e, 5→s, 1→i or l and 4→a or h.
    /// The combinations are generated here in libcrack's order.
    static let destructorTexts: [String] = {
        let rules = [":", "[", "]", "[[", "]]", "[[[", "]]]", "/?p@?p", "/?s@?s", "/?X@?X"]
        let substitutions = ["/$s$s", "/0s0o", "/2s2a", "/3s3e", "/5s5s"]
        func onesAndFours(_ prefix: String) -> [String] {
            ["/1s1i", "/1s1l", "/1s1i/4s4a", "/1s1i/4s4h", "/1s1l/4s4a", "/1s1l/4s4h",
             "/4s4a", "/4s4h", "/4s4a", "/4s4h"].map { prefix + $0 }
        }
        func combinations(_ prefix: String, from start: Int) -> [String] {
            var result: [String] = []
            for index in start..<substitutions.count {
                let rule = prefix + substitutions[index]
                result.append(rule)
                result += combinations(rule, from: index + 1)
                result += onesAndFours(rule)
            }
            return result
        }
        return rules + combinations("", from: 0) + onesAndFours("")
    }()

    /// Rules that build disguises from user data (`r_constructors`).
    static let constructorTexts = [":", "r", "d", "f", "dr", "fr", "rf"]

    static let destructors = destructorTexts.map(CracklibRule.init)
    static let constructors = constructorTexts.map(CracklibRule.init)
}
