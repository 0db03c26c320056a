import FuzzSupport
import Kennwort

/// Fuzzes the guess estimator and the whole checker (without cracklib) with any bytes as a password.
///
/// Invalid UTF-8, NULs and inputs past the analysis limit included. The first
/// byte picks the policy and whether quick mode is on; the rest, split at
/// the first two NUL bytes, is password, user and old password. The estimator
/// alone also sees the whole input. cracklib is left out: it is process-global
/// and has its own tests; a small in-memory dictionary stands in for the word index.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzEstimator(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = Fuzz.bytes(data, size)
    guard let selector = bytes.first else { return 0 }
    let rest = bytes.dropFirst()

    let whole = SecretBytes(copying: rest)
    let estimate = estimator.estimate(whole, userInputs: ["anna", "Müller"])
    Fuzz.require((0...4).contains(estimate.score), "score \(estimate.score)")
    Fuzz.require(estimate.guessesLog10.isFinite && estimate.guessesLog10 >= 0, "guessesLog10 \(estimate.guessesLog10)")
    let scalars = String(decoding: rest, as: UTF8.self).unicodeScalars.count
    Fuzz.require(estimate.analysedLength + estimate.ignoredLength == scalars, "lengths do not add up")
    Fuzz.require(estimate.analysedLength <= PasswordEstimator.analysisLimit, "analysed past the limit")

    let parts = rest.split(separator: 0, maxSplits: 2, omittingEmptySubsequences: false)
    let password = SecretBytes(copying: parts[0])
    let user = parts.count > 1 ? String(decoding: parts[1], as: UTF8.self) : nil
    let old = parts.count > 2 ? SecretBytes(copying: parts[2]) : nil
    var checker = checkers[Int(selector) % checkers.count]
    checker.quick = selector & 0x80 != 0
    let context = CheckContext(personal: PersonalData(user: user, name: "Anna Müller", birthdate: "1990-05-17"), gecos: user, oldPassword: old)
    let assessment = try! checker.assess(password, context: context)
    Fuzz.require(assessment.accepted == assessment.reasons.isEmpty, "verdict and reasons disagree")
    if parts[0].isEmpty || parts[0].count > 4096 {
        Fuzz.require(!assessment.accepted, "an empty or overlong password was accepted")
    }
    if !assessment.accepted { Fuzz.require(assessment.decidedBy != nil, "a rejection names no rule") }
    return 0
}

let dictionary: InMemoryDictionary = {
    var words = InMemoryDictionary(words: ["passwort", "password", "hallo", "schatz", "qwertz", "sommer"], category: .passwords)
    words.add(["sonne", "blume", "katze"], category: .germanWords)
    words.add(["dragon", "monkey", "sunshine"], category: .englishWords)
    words.add(["michael", "julia", "bello"], category: .names)
    words.add(["berlin", "hamburg"], category: .places)
    words.add(["schalke", "bayern"], category: .brands)
    return words
}()
let estimator = PasswordEstimator(index: dictionary)
let checkers: [PasswordChecker] = ["bsi", "nist", "pwquality"].map { name in
    try! PasswordChecker(
        policy: Policy(name: name, settings: PolicySettings.presets[name]!), dictionary: nil,
        estimator: estimator, blocklist: dictionary)
}
