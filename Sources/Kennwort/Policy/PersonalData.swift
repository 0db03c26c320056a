/// The personal data a password must not contain: the DSGVO list (name, address,
/// contact data, birth date) plus the account name.
public struct PersonalData: Sendable, Hashable, Codable {
    public var user: String?
    public var name: String?
    /// `YYYY-MM-DD` or `DD.MM.YYYY`.
    public var birthdate: String?
    public var email: String?
    public var phone: String?
    /// Street and house number, e.g. `Hauptstraße 12`.
    public var street: String?
    public var postcode: String?
    public var city: String?

    public init(
        user: String? = nil, name: String? = nil, birthdate: String? = nil, email: String? = nil, phone: String? = nil,
        street: String? = nil, postcode: String? = nil, city: String? = nil
    ) {
        self.user = user
        self.name = name
        self.birthdate = birthdate
        self.email = email
        self.phone = phone
        self.street = street
        self.postcode = postcode
        self.city = city
    }

    /// Whether no field is set.
    public var isEmpty: Bool { [user, name, birthdate, email, phone, street, postcode, city].allSatisfy { ($0 ?? "").isEmpty } }

    /// The birth date as (day, month, year), from `YYYY-MM-DD` or `DD.MM.YYYY`.
    public var birthdateParts: (day: Int, month: Int, year: Int)? {
        guard let birthdate else { return nil }
        let parts = birthdate.split { $0 == "-" || $0 == "." || $0 == "/" }.compactMap { Int($0) }
        guard parts.count == 3 else { return nil }
        let (day, month, year) = parts[0] > 31 ? (parts[2], parts[1], parts[0]) : (parts[0], parts[1], parts[2])
        guard (1...31).contains(day), (1...12).contains(month), (1000...9999).contains(year) else { return nil }
        return (day, month, year)
    }

    /// Words for the estimator's user-input list.
    public var words: [String] {
        var result: [String] = []
        for field in [user, name, city, street] { result += PersonalDataCheck.words(field) }
        if let email { result += PersonalDataCheck.words(String(email.prefix { $0 != "@" })) }
        return result
    }
}

/// Finds personal data in a password: case-insensitive, umlaut-folded,
/// l33t-normalized and reversed, with fragments of four or more characters.
enum PersonalDataCheck {
    /// Letter runs of a field, folded, three characters or more.
    static func words(_ field: String?) -> [String] {
        guard let field else { return [] }
        return field.split { !$0.isLetter }.map { fold(String($0)) }.filter { $0.count >= 3 }
    }

    /// Lowercase with umlauts spelled out, as the word index folds, and other accents dropped (ş→s, é→e).
    static func fold(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        // Combining accents (of text not in NFC) are dropped too.
        for scalar in String(decoding: PasswordView.foldedKey(text), as: UTF8.self).unicodeScalars
        where !(0x300...0x36F).contains(scalar.value) {
            result.append(unaccented(scalar))
        }
        return String(result)
    }

    /// The letter without its accent, for the accented letters of European names.
    ///
    /// A switch on scalars, not a `[Character: Character]` table: the PAM helper would build the
    /// table, hashing every key, at each start. The text is in NFC, so accents are precomposed.
    static func unaccented(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        switch scalar {
        case "ş", "ś", "š": "s"
        case "ç", "ć", "č": "c"
        case "ğ": "g"
        case "ı", "í": "i"
        case "é", "è", "ê", "ę": "e"
        case "á", "à", "â", "ą": "a"
        case "ó", "ò", "ô", "ő": "o"
        case "ú", "ù", "û", "ű": "u"
        case "ñ", "ń": "n"
        case "ł": "l"
        case "ź", "ż", "ž": "z"
        case "ř": "r"
        case "ý": "y"
        default: scalar
        }
    }

    /// The letter a l33t substitute stands for; `1` is handled by ``forms(of:)``.
    static func unl33ted(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        switch scalar {
        case "4", "@": "a"
        case "3", "€": "e"
        case "0": "o"
        case "$", "5": "s"
        case "7": "t"
        case "!", "|": "i"
        default: scalar
        }
    }

    static func mapScalars(_ text: String, _ transform: (Unicode.Scalar) -> Unicode.Scalar) -> String {
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars { result.append(transform(scalar)) }
        return String(result)
    }

    /// The password forms to search: folded, with l33t undone both ways for `1`, each also reversed.
    static func forms(of password: String) -> [String] {
        let folded = fold(password)
        let plain = mapScalars(folded, unl33ted)
        let variants = [folded, mapScalars(plain) { $0 == "1" ? "i" : $0 }, mapScalars(plain) { $0 == "1" ? "l" : $0 }]
        var result: [String] = []
        for variant in variants + variants.map({ String(characters: $0.reversed()) }) where !result.contains(variant) {
            result.append(variant)
        }
        return result
    }

    /// Pieces of a word to look for: a word of three or four letters whole; a
    /// longer one by every prefix of four or more letters (people shorten
    /// "Sabine" to "Sabi", "Stuttgart" to "Stutt"), and by every piece that
    /// leaves out at most two letters ("ueller" of "mueller").
    ///
    /// Pieces longer than `maximumLength` (the password's length) cannot be in the
    /// password and are not made: a 10 KB user name made 10,000 prefixes of up to
    /// 10,000 letters, 24 s of work for one check.
    static func fragments(_ word: String, maximumLength: Int = .max) -> [String] {
        let letters = Array(word)
        if letters.count <= 4 { return letters.count >= 3 && letters.count <= maximumLength ? [word] : [] }
        guard maximumLength >= 4 else { return [] }
        var result = (4...min(letters.count, maximumLength)).map { String(characters: letters[0..<$0]) }
        let long = max(5, letters.count - 2)
        if long < letters.count && long <= maximumLength {
            result += (0...(letters.count - long)).map { String(characters: letters[$0..<$0 + long]) }
        }
        return result
    }

    /// Every kind of personal data found in the password.
    ///
    /// - Parameters:
    ///   - password: The password (valid UTF-8).
    ///   - data: The person's data.
    /// - Returns: One finding per kind found.
    static func findings(in password: String, data: PersonalData) -> [Finding] {
        if data.isEmpty { return [] }
        let forms = forms(of: password)
        let digits = String(password.filter(\.isASCII).filter(\.isNumber))
        func contains(_ piece: String) -> Bool { forms.contains { $0.containsBytes(of: piece) } }
        let longest = forms.map(\.count).max() ?? 0
        func anyFragment(_ field: String?) -> Bool {
            words(field).contains { fragments($0, maximumLength: longest).contains(where: contains) }
        }
        var codes: [FindingCode] = []

        if let user = data.user, !user.isEmpty, anyFragment(user) || (fold(user).count >= 3 && contains(fold(user))) {
            codes.append(.personalUser)
        }
        if anyFragment(data.name) { codes.append(.personalName) }
        if let date = data.birthdateParts, birthdateFound(date, in: password, digits: digits, data: data, forms: forms) {
            codes.append(.personalBirthdate)
        }
        if let email = data.email {
            let local = String(email.prefix { $0 != "@" })
            let parts = words(local) + [fold(local)].filter { $0.count >= 3 }
            if parts.contains(where: { contains($0) }) || anyFragment(local) { codes.append(.personalEmail) }
        }
        if let phone = data.phone {
            var number = String(phone.filter(\.isNumber))
            if number.hasPrefix("0049") { number = "0" + number.dropFirst(4) } else if phone.hasPrefix("+49") { number = "0" + number.dropFirst(2) }
            let runs = number.count >= 4 ? (0...(number.count - 4)).map { String(characters: Array(number)[$0..<$0 + 4]) } : []
            if runs.contains(where: { digits.containsBytes(of: $0) }) { codes.append(.personalPhone) }
        }
        if let street = data.street {
            let number = street.split(whereSeparator: { !$0.isNumber }).first.map(String.init)
            let cores = words(street).map(streetCore).filter { $0.count >= 4 }
            let full = fold(street.filter { $0.isLetter })
            let withNumber = number.map { number in cores.contains { contains($0 + number) || contains(number + $0) } } ?? false
            if withNumber || (full.count >= 6 && contains(full)) || cores.contains(where: { $0.count >= 6 && contains($0) }) {
                codes.append(.personalStreet)
            }
        }
        if let postcode = data.postcode?.filter(\.isNumber), postcode.count >= 4, digits.containsBytes(of: postcode) {
            codes.append(.personalPostcode)
        }
        if anyFragment(data.city) { codes.append(.personalCity) }
        return codes.map { Finding($0) }
    }

    /// A street name without its ending: `hauptstrasse` → `haupt`.
    static func streetCore(_ word: String) -> String {
        for ending in ["strasse", "str", "weg", "allee", "platz", "gasse", "ring", "damm", "ufer"] where word.hasSuffix(ending) && word.count > ending.count + 2 {
            return String(word.dropLast(ending.count))
        }
        return word
    }

    /// The birth date in any common German or ISO form, or its year next to a name.
    static func birthdateFound(_ date: (day: Int, month: Int, year: Int), in password: String, digits: String, data: PersonalData, forms: [String]) -> Bool {
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        let dd = two(date.day), mm = two(date.month), yyyy = String(date.year), yy = two(date.year % 100)
        let digitForms = [dd + mm + yyyy, dd + mm + yy, yyyy + mm + dd, yy + mm + dd, mm + dd + yyyy, dd + mm, yyyy]
        if digitForms.contains(where: { digits.containsBytes(of: $0) }) { return true }
        let separated = ["\(date.day).\(date.month).", "\(dd).\(mm).", "\(date.day).\(date.month).\(yy)"]
        if separated.contains(where: { password.containsBytes(of: $0) }) { return true }
        // "85" with a name, e.g. anna85 or 85anna.
        let names = words(data.name) + words(data.user)
        let longest = forms.map(\.count).max() ?? 0
        return names.flatMap { fragments($0, maximumLength: longest) }.contains { name in forms.contains { $0.containsBytes(of: name + yy) || $0.containsBytes(of: yy + name) } }
    }
}
