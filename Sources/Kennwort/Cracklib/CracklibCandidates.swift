/// Every distinct word libcrack's destructor rules make of one password, computed fast.
///
/// libcrack mangles each password with 361 rules, one after the other. Most
/// of them (351) only undo digit and symbol disguises: "require `0`, replace
/// `0` with `o`", and so on. Such a rule's result depends only on which of
/// its characters occur in the password, and the replacements commute
/// (every replacement letter differs from every replaced character). So
/// those rules are compiled once into a "needs" mask and replacement bytes, and a
/// password only pays for the rules whose characters it has. Rules of any
/// other shape run through the general interpreter. The order of results does
/// not matter to libcrack's verdicts (every hit in one loop gives the same
/// message), so duplicates are dropped. Tests compare the result with the
/// rule-by-rule interpretation.
struct CracklibCandidates: Sendable {
    /// The rules run by the general interpreter.
    let general: [CracklibRule]
    /// For each substitution rule, the mask of the replaced characters it needs (and replaces).
    let needs: [UInt32]
    /// For each substitution rule, `width` bytes: the replacement of each replaced character,
    /// by its mask bit's index.
    let targets: [UInt8]
    let width: Int
    /// The mask bit of each replaced character, or 0.
    let bits: [UInt32]

    /// The destructors of libcrack 2.9.6, compiled.
    static let destructors = CracklibCandidates(
        general: CracklibRuleLists.generalDestructorTexts.map(CracklibRule.init),
        pairs: CracklibRuleLists.substitutionPairs, rules: CracklibRuleLists.substitutionDestructors)

    /// Compiles rules: the general ones, and those that only replace characters.
    ///
    /// - Parameters:
    ///   - general: Rules for the interpreter.
    ///   - pairs: (replaced, replacement) pairs; no replacement may also be a replaced character,
    ///     which is what makes the replacements commute.
    ///   - rules: Each other rule as a set of `pairs` (bit i for pair i), with distinct replaced characters.
    init(general: [CracklibRule], pairs: [(UInt8, UInt8)], rules: [UInt16]) {
        var bits = [UInt32](repeating: 0, count: 256)
        var width = 0
        for (source, _) in pairs where bits[Int(source)] == 0 {
            bits[Int(source)] = 1 << UInt32(width)
            width += 1
        }
        precondition(width <= 32 && pairs.allSatisfy { bits[Int($0.1)] == 0 }, "replacements must not be replaced characters")
        var needs = [UInt32](repeating: 0, count: rules.count)
        var targets = [UInt8](repeating: 0, count: rules.count * width)
        for (number, rule) in rules.enumerated() {
            var remaining = rule
            while remaining != 0 {
                let (source, target) = pairs[remaining.trailingZeroBitCount]
                remaining &= remaining - 1
                let bit = bits[Int(source)]
                precondition(needs[number] & bit == 0, "a rule replaces each character once")
                needs[number] |= bit
                targets[number * width + bit.trailingZeroBitCount] = target
            }
        }
        self.general = general
        self.needs = needs
        self.targets = targets
        self.width = width
        self.bits = bits
    }

    /// The distinct non-`nil` results of every rule on `password`.
    ///
    /// - Parameter password: The word's bytes, without NUL.
    /// - Returns: The results, in no particular order.
    func candidates(_ password: [UInt8]) -> [[UInt8]] {
        var results: [[UInt8]] = []
        func add(_ word: [UInt8]) {
            if !results.contains(word) { results.append(word) }
        }
        for rule in general {
            if let word = rule.apply(password) { add(word) }
        }
        var present: UInt32 = 0
        for byte in password { present |= bits[Int(byte)] }
        for rule in needs.indices where needs[rule] & ~present == 0 {
            let mask = needs[rule], row = rule * width
            add(password.map { byte in
                let bit = bits[Int(byte)]
                return bit & mask != 0 ? targets[row + bit.trailingZeroBitCount] : byte
            })
        }
        return results
    }
}
