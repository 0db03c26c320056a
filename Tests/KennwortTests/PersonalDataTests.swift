import Testing
import KennwortTestSupport
@testable import Kennwort

/// Personal data in passwords, for five made-up people.
@Suite("Personal data")
struct PersonalDataTests {
    static let people: [String: PersonalData] = [
        "sabine": PersonalData(
            user: "smueller", name: "Sabine Müller", birthdate: "1985-03-14", email: "sabine.mueller@example.de",
            phone: "+49 221 4711234", street: "Hauptstraße 12", postcode: "50667", city: "Köln"),
        "jörg": PersonalData(
            user: "jkoenig", name: "Jörg König", birthdate: "02.11.1971", email: "j.koenig@beispiel.org",
            phone: "0049 89 998877", street: "Leopoldstraße 7a", postcode: "80802", city: "München"),
        "ayse": PersonalData(
            user: "ayilmaz", name: "Ayşe Yılmaz", birthdate: "1999-12-01", email: "ayse99@example.com",
            phone: "030 5551234", street: "Kottbusser Damm 33", postcode: "10967", city: "Berlin"),
        "tom": PersonalData(
            user: "tom", name: "Tom Weber", birthdate: "2001-07-04", email: "tomweber@example.net",
            phone: "0711 246810", street: "Am Rosengarten 5", postcode: "70173", city: "Stuttgart"),
        "ute": PersonalData(
            user: "ubrandt", name: "Ute Brandt-Schulze", birthdate: "1960-05-23", email: "ute.brandt@example.de",
            phone: "040 13579", street: "Elbchaussee 101", postcode: "22763", city: "Hamburg"),
    ]

    /// (person, password, code expected or "-" for none)
    @Test("Each field in each common form is found", arguments: [
        ("sabine", "Sabine2024!xq", "personal.name"), ("sabine", "MUELLERqx!93", "personal.name"),
        ("sabine", "müller#Zq82", "personal.name"), ("sabine", "enibaS-Zq82", "personal.name"),
        ("sabine", "S4b1ne-qZ82k", "personal.name"), ("sabine", "Sabi#Zq82x7", "personal.name"),
        ("sabine", "Zq#14.03.1985", "personal.birthdate"), ("sabine", "Zq#14031985", "personal.birthdate"),
        ("sabine", "Zq#140385x", "personal.birthdate"), ("sabine", "Zq#1403xy!", "personal.birthdate"),
        ("sabine", "1985-03-14#Zq", "personal.birthdate"), ("sabine", "xyz85sabine", "personal.birthdate"),
        ("sabine", "Zq!smueller", "personal.user"), ("sabine", "Zq!relleums", "personal.user"),
        ("sabine", "x.mueller.Zq", "personal.email"), ("sabine", "Zq4711234!", "personal.phone"),
        ("sabine", "Zq22147x!", "personal.phone"), ("sabine", "Haupt12!Zqx", "personal.street"),
        ("sabine", "Zq!Hauptstrasse", "personal.street"), ("sabine", "Zq!50667x", "personal.postcode"),
        ("sabine", "Koeln#Zq82", "personal.city"), ("sabine", "köln#Zq82", "personal.city"),
        ("jörg", "JoergZq82!", "personal.name"), ("jörg", "Zq!jörg82", "personal.name"),
        ("jörg", "König#Zq82", "personal.name"), ("jörg", "Zq#02111971", "personal.birthdate"),
        ("jörg", "Zq#021171", "personal.birthdate"), ("jörg", "Zq#02.11.", "personal.birthdate"),
        ("jörg", "jkoenig!Zq82", "personal.user"), ("jörg", "Zq998877", "personal.phone"),
        ("jörg", "Leopold7a!Zq", "personal.street"), ("jörg", "Zq#80802", "personal.postcode"),
        ("jörg", "Muenchen!Zq8", "personal.city"), ("jörg", "m4nchenZq", "-"),
        ("ayse", "Ayse1999!Zq", "personal.name"), ("ayse", "Zq#01121999", "personal.birthdate"),
        ("ayse", "Zq#ayse99x", "personal.name"), ("ayse", "Zq5551234", "personal.phone"),
        ("ayse", "Kottbusser33", "personal.street"), ("ayse", "Zq!10967", "personal.postcode"),
        ("ayse", "BerlinZq!82", "personal.city"), ("ayse", "N1lreb#Zq", "personal.city"),
        ("tom", "Tom!Zq82xk", "personal.name"), ("tom", "WEBERzq82!", "personal.name"),
        ("tom", "Zq#04072001", "personal.birthdate"), ("tom", "Zq#2001xk", "personal.birthdate"),
        ("tom", "tomweberZq", "personal.name"), ("tom", "Zq246810", "personal.phone"),
        ("tom", "Rosengarten5!", "personal.street"), ("tom", "Zq70173!", "personal.postcode"),
        ("tom", "Stuttgart!Zq", "personal.city"), ("tom", "Stutt82!Zq", "personal.city"),
        ("ute", "Ute!Zq82xk", "personal.name"), ("ute", "Schulze#Zq8", "personal.name"),
        ("ute", "Brandt!Zq82", "personal.name"), ("ute", "Zq#23051960", "personal.birthdate"),
        ("ute", "Zq#230560", "personal.birthdate"), ("ute", "Zq13579!", "personal.phone"),
        ("ute", "Elbchaussee101", "personal.street"), ("ute", "Zq!22763", "personal.postcode"),
        ("ute", "Hamburg!Zq8", "personal.city"), ("ute", "grubmah!Zq8", "personal.city"),
    ])
    func found(person: String, password: String, code: String) throws {
        let data = try #require(Self.people[person])
        let codes = PersonalDataCheck.findings(in: password, data: data).map(\.code.rawValue)
        if code == "-" {
            #expect(codes.isEmpty, "\(password): \(codes)")
        } else {
            #expect(codes.contains(code), "\(password): \(codes)")
        }
    }

    @Test("Unrelated passwords find nothing", arguments: ["Xk9#mQ2!vL7pRt4z", "Wolke-Tinte-sieben-Garten", "correct-horse-battery"])
    func clean(password: String) {
        for data in Self.people.values {
            #expect(PersonalDataCheck.findings(in: password, data: data).isEmpty, "\(password)")
        }
    }

    @Test("Findings say what kind of data was found, never the password")
    func messages() {
        let findings = PersonalDataCheck.findings(in: "Sabine1985!", data: Self.people["sabine"]!)
        for finding in findings {
            for language in Language.allCases {
                #expect(!AdviceCatalog.message(for: finding.code, in: language).contains("Sabine1985"))
            }
        }
        #expect(Set(findings.map(\.code)).isSuperset(of: [.personalName, .personalBirthdate]))
    }

    @Test("Folding spells umlauts out and drops other accents, precomposed or not", arguments: [
        ("Jörg Müller-Straße", "joerg mueller-strasse"), ("José Łukasz Şahin Dvořák", "jose lukasz sahin dvorak"),
        ("Jose\u{301} Zo\u{308}e", "jose zoe"), ("ĄĘŹŻ ğı ñ ý", "aezz gi n y"), ("plain", "plain"),
    ])
    func fold(text: String, expected: String) {
        #expect(PersonalDataCheck.fold(text) == expected)
    }

    @Test("The forms: folded, l33t undone with 1 read as i and as l, each reversed, no duplicates")
    func forms() {
        #expect(Set(PersonalDataCheck.forms(of: "S4b1ne")) == ["s4b1ne", "sabine", "sablne", "en1b4s", "enibas", "enlbas"])
        #expect(PersonalDataCheck.forms(of: "otto") == ["otto"])
    }
}
