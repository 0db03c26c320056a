/// Every distinct word libcrack's destructor rules make of one password, computed fast.
///
/// libcrack mangles each password with 361 rules, one after the other. Most
/// of them (351) only undo digit and symbol disguises: "require `0`, replace
/// `0` with `o`", and so on. Such a rule's result depends only on which of
/// its characters occur in the password, and the replacements commute
/// (every replacement letter differs from every replaced character). So
/// those rules are compiled once into a "needs" mask and a byte map, and a
/// password only pays for the rules whose characters it has. Rules of any
/// other shape run through the general interpreter. The order of results does
/// not matter to libcrack's verdicts (every hit in one loop gives the same
/// message), so duplicates are dropped. Tests compare the result with the
/// rule-by-rule interpretation.
struct CracklibCandidates: Sendable {
    /// A destructor that only requires and replaces characters.
    struct Substitution: Sendable {
        var needs: UInt32
        var map: [UInt8]
    }

    /// The rules run by the general interpreter.
    let general: [CracklibRule]
    /// The compiled substitution rules, without duplicates.
    let substitutions: [Substitution]
    /// The mask bit of each replaced character, or 0.
    let bits: [UInt32]

    /// The byte map that changes nothing; each rule's map starts as a copy.
    static let identity = (0...255).map { UInt8($0) }

    /// The destructors of libcrack 2.9.6, compiled.
    static let destructors = CracklibCandidates(
        general: CracklibRuleLists.generalDestructorTexts.map(CracklibRule.init), pairs: CracklibRuleLists.substitutionDestructors)

    /// Compiles rules, sorting out those that fit the fast shape.
    ///
    /// - Parameter rules: The rules, e.g. ``CracklibRuleLists/destructors``.
    init(rules: [CracklibRule]) {
        var general: [CracklibRule] = []
        var pairs: [[(UInt8, UInt8)]] = []
        for rule in rules {
            if let rulePairs = Self.substitutionPairs(rule.steps) { pairs.append(rulePairs) } else { general.append(rule) }
        }
        self.init(general: general, pairs: pairs)
    }

    /// Compiles rules already sorted: the general ones, and the pairs of those of the fast shape.
    ///
    /// - Parameters:
    ///   - general: Rules for the interpreter.
    ///   - pairs: For each other rule, its (replaced, replacement) pairs with distinct replaced bytes.
    init(general: [CracklibRule], pairs: [[(UInt8, UInt8)]]) {
        var general = general
        var pairs = pairs
        // The fast shape is only sound when no replacement letter is also a replaced character.
        var isSource = [Bool](repeating: false, count: 256)
        var isTarget = [Bool](repeating: false, count: 256)
        for rulePairs in pairs {
            for (source, target) in rulePairs {
                isSource[Int(source)] = true
                isTarget[Int(target)] = true
            }
        }
        let sources = (0..<256).filter { isSource[$0] }
        if sources.count > 32 || sources.contains(where: { isTarget[$0] }) {
            general += pairs.map { CracklibRule(CracklibRuleLists.text(of: $0)) }
            pairs = []
        }
        var bits = [UInt32](repeating: 0, count: 256)
        for (index, source) in sources.enumerated() { bits[source] = 1 << UInt32(index) }
        // Rules libcrack lists twice give the same words again, which `candidates` drops.
        var substitutions: [Substitution] = []
        for rulePairs in pairs {
            var map = Self.identity
            var needs: UInt32 = 0
            for (source, target) in rulePairs {
                map[Int(source)] = target
                needs |= bits[Int(source)]
            }
            substitutions.append(Substitution(needs: needs, map: map))
        }
        self.general = general
        self.substitutions = substitutions
        self.bits = bits
    }

    /// `[(x, y)]` when the steps are only "require byte x, replace x with y" pairs with distinct x.
    static func substitutionPairs(_ steps: [CracklibRule.Step]) -> [(UInt8, UInt8)]? {
        guard !steps.isEmpty, steps.count % 2 == 0 else { return nil }
        var pairs: [(UInt8, UInt8)] = []
        for index in stride(from: 0, to: steps.count, by: 2) {
            guard case .require(.byte(let required)) = steps[index],
                  case .substitute(.byte(let source), let target) = steps[index + 1],
                  required == source, !pairs.contains(where: { $0.0 == source })
            else { return nil }
            pairs.append((source, target))
        }
        return pairs
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
        for substitution in substitutions where substitution.needs & ~present == 0 {
            add(password.map { substitution.map[Int($0)] })
        }
        return results
    }
}
