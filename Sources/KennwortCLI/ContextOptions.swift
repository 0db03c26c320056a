import ArgumentParser
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Glibc
import Kennwort

/// Who the password is for: the account and the personal data it must not contain.
struct ContextOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The account; its passwd GECOS is read too when the user exists.", valueName: "name"))
    var user: String?

    @Option(help: ArgumentHelp("The account's GECOS text (real name, room, phone), instead of passwd's.", valueName: "text"))
    var gecos: String?

    @Option(help: ArgumentHelp("The person's full name.", valueName: "name"))
    var name: String?

    @Option(help: ArgumentHelp("Birth date, YYYY-MM-DD or DD.MM.YYYY.", valueName: "date"))
    var birthdate: String?

    @Option(help: ArgumentHelp("E-mail address.", valueName: "address"))
    var email: String?

    @Option(help: ArgumentHelp("Phone number.", valueName: "number"))
    var phone: String?

    @Option(help: ArgumentHelp("Street and house number.", valueName: "street"))
    var street: String?

    @Option(help: ArgumentHelp("Postcode.", valueName: "code"))
    var postcode: String?

    @Option(help: ArgumentHelp("Town or city.", valueName: "city"))
    var city: String?

    @Option(help: ArgumentHelp(
        "A JSON file with the same fields (user, gecos, name, birthdate, email, phone, street, postcode, city); options override it.",
        valueName: "file"))
    var context: String?

    func validate() throws {
        if let birthdate, PersonalData(birthdate: birthdate).birthdateParts == nil {
            throw ValidationError("--birthdate must be YYYY-MM-DD or DD.MM.YYYY, not '\(birthdate)'")
        }
    }

    /// The context for the checks.
    ///
    /// - Returns: Personal data and GECOS from the file, the options and passwd.
    /// - Throws: `KennwortError` when the context file is missing or malformed.
    func checkContext() throws(KennwortError) -> CheckContext {
        var personal = PersonalData()
        var fileGecos: String?
        if let context {
            guard let data = FileManager.default.contents(atPath: context) else {
                throw KennwortError(.dataMissing, "context file not found", path: context)
            }
            struct File: Decodable {
                var user, gecos, name, birthdate, email, phone, street, postcode, city: String?
            }
            guard let file = try? JSONDecoder().decode(File.self, from: data) else {
                throw KennwortError(.inputMalformed, "context file is not a JSON object of strings", path: context)
            }
            personal = PersonalData(
                user: file.user, name: file.name, birthdate: file.birthdate, email: file.email, phone: file.phone,
                street: file.street, postcode: file.postcode, city: file.city)
            fileGecos = file.gecos
        }
        personal.user = user ?? personal.user
        personal.name = name ?? personal.name
        personal.birthdate = birthdate ?? personal.birthdate
        personal.email = email ?? personal.email
        personal.phone = phone ?? personal.phone
        personal.street = street ?? personal.street
        personal.postcode = postcode ?? personal.postcode
        personal.city = city ?? personal.city
        let gecos = gecos ?? fileGecos ?? personal.user.flatMap(Accounts.gecos(of:))
        return CheckContext(personal: personal, gecos: gecos)
    }
}
