import Testing
import KennwortTestSupport
@testable import Kennwort

/// A new password against the old one, with the bsi preset (difok 4) and with libpwquality's rules.
@Suite("Old password")
struct OldPasswordTests {
    static let checker = PolicyPresetTests.checker(.bsi)

    func codes(_ new: String, _ old: String) throws -> [FindingCode] {
        try Self.checker.assess(SecretBytes(new), context: CheckContext(oldPassword: SecretBytes(old)))
            .findings.filter { $0.rule == "old-password" }.map(\.code)
    }

    @Test("Too close to the old password", arguments: [
        ("Sommer2024!Kx#mQ", "Sommer2023!Kx#mQ", "policy.too-similar"),
        ("Xk9#mQ2!vL7pRt4z", "Xk9#mQ2!vL7pRt4z", "policy.same-as-old"),
        ("XK9#MQ2!VL7PRT4Z", "xk9#mq2!vl7prt4z", "policy.case-changes-only"),
        ("z4tRp7Lv!2Qm#9kX", "Xk9#mQ2!vL7pRt4z", "policy.reversed-old"),
        ("Tinte-Wolke-2024-Garten", "Tinte-Wolke-2019-Garten", "policy.only-digits-changed"),
        ("Tinte-Wolke-7-Garten-31", "Tinte-Wolke-8-Garten-30", "policy.only-digits-changed"),
        ("Garten-QxTinte-Wolke-", "Tinte-Wolke-Garten-Qx", "policy.rotated"),
        ("Xk9#mQ2!vL7pRt4zA", "Xk9#mQ2!vL7pRt4z", "policy.too-similar"),
        ("Xk9#mQ2!vL7pRt4", "Xk9#mQ2!vL7pRt4z", "policy.too-similar"),
        ("Xk9#mQ2!vL7pRt5y", "Xk9#mQ2!vL7pRt4z", "policy.too-similar"),
        ("Passwort-Wolke-Tinte-1", "Passwort-Wolke-Tinte-2", "policy.too-similar"),
        ("Bärchen-Wolke-Tinte-9", "Baerchen-Wolke-Tinte-9", "policy.too-similar"),
    ])
    func tooClose(new: String, old: String, code: String) throws {
        let found = try codes(new, old)
        #expect(found.map(\.rawValue).contains(code), "\(new) ← \(old): \(found)")
        #expect(!(try Self.checker.assess(SecretBytes(new), context: CheckContext(oldPassword: SecretBytes(old))).accepted))
    }

    @Test("Different enough", arguments: [
        ("Tinte-Wolke-sieben-Garten", "Xk9#mQ2!vL7pRt4z"),
        ("Qm4!zLp9#Rt7vK2x", "Xk9#mQ2!vL7pRt4z"),
        ("Lampe-Fluss-Kiesel-Nebel", "Tinte-Wolke-sieben-Garten"),
        ("Xk9#mQ2!vL7pRt4z-Tinte-Wolke-Garten", "Xk9#mQ2!vL7pRt4z"),
        ("Brot+Kerze+Hafen+Linde", "Brot-Kerze-Hafen"),
        ("9v#Lq2!mZx7KpR4t", "Lampe-Fluss-Kiesel-Nebel"),
        ("Sonne-Mond-Sterne-Wind", ""),
        ("Tinte-Wolke-sieben-Garten", "tinte"),
    ])
    func differentEnough(new: String, old: String) throws {
        let found = try codes(new, old)
        #expect(found.isEmpty, "\(new) ← \(old): \(found)")
    }

    @Test("libpwquality's difok distance, exactly as it counts")
    func libpwqualityDistance() {
        #expect(PwqualityRules.distance(Array("abc".utf8), Array("abc".utf8)) == 0)
        #expect(PwqualityRules.distance(Array("abc".utf8), Array("abd".utf8)) == 1)
        #expect(PwqualityRules.distance(Array("abc".utf8), Array("abcc".utf8)) == 0, "an insertion next to an equal byte is free")
        #expect(PwqualityRules.distance(Array("".utf8), Array("abc".utf8)) == 3)
    }
}
