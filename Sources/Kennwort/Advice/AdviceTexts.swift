// The texts behind AdviceCatalog. German is written for German readers, not translated word by word.

enum AdviceTexts {
    typealias Entry = AdviceCatalog.Entry

    /// Every German text: input and cracklib here, the estimator's and the policy's in their own files.
    static var allGerman: [FindingCode: Entry] { german.merging(estimatorGerman) { first, _ in first }.merging(policyGerman) { first, _ in first } }
    /// Every English text.
    static var allEnglish: [FindingCode: Entry] { english.merging(estimatorEnglish) { first, _ in first }.merging(policyEnglish) { first, _ in first } }

    /// One code's entry, looked up in the tables in ``allGerman``'s order without merging them
    /// (the PAM helper needs only a few entries, at every start).
    ///
    /// - Parameters:
    ///   - code: The finding code.
    ///   - language: The language wanted.
    /// - Returns: The entry, or `nil` when the code has none.
    static func entry(for code: FindingCode, in language: Language) -> Entry? {
        // First the table its prefix names, so that one lookup builds one table; each code is
        // in one table only (tested), so the order of the others does not matter.
        let first: [FindingCode: Entry]
        if code.rawValue.hasPrefix("input.") || code.rawValue.hasPrefix("cracklib.") {
            first = language == .de ? german : english
        } else if code.rawValue.hasPrefix("estimator.") || code.rawValue.hasPrefix("suggest.") {
            first = language == .de ? estimatorGerman : estimatorEnglish
        } else {
            first = language == .de ? policyGerman : policyEnglish
        }
        if let entry = first[code] { return entry }
        switch language {
        case .de: return german[code] ?? estimatorGerman[code] ?? policyGerman[code]
        case .en: return english[code] ?? estimatorEnglish[code] ?? policyEnglish[code]
        }
    }

    static let german: [FindingCode: Entry] = [
        .inputEmpty: Entry(
            message: "Es wurde kein Passwort eingegeben.",
            advice: "Geben Sie ein Passwort ein."),
        .inputContainsNUL: Entry(
            message: "Das Passwort enthält ein Nullzeichen (NUL).",
            advice: "Verwenden Sie nur druckbare Zeichen; manche Programme schneiden das Passwort am Nullzeichen ab."),
        .inputInvalidUTF8: Entry(
            message: "Das Passwort ist kein gültiger UTF-8-Text.",
            advice: "Prüfen Sie die Zeichenkodierung Ihres Terminals oder Ihrer Datei (UTF-8)."),
        .inputTooLong: Entry(
            message: "Das Passwort ist länger als erlaubt.",
            advice: "Wählen Sie ein kürzeres Passwort; einige Dutzend Zeichen genügen."),
        .cracklibDictionaryWord: Entry(
            message: "Das Passwort beruht auf einem Wort aus dem Wörterbuch.",
            advice: "Nehmen Sie mehrere zufällige, nicht zusammenhängende Wörter statt eines einzelnen Wortes mit Ziffern."),
        .cracklibReversedDictionaryWord: Entry(
            message: "Das Passwort beruht auf einem rückwärts geschriebenen Wörterbuchwort.",
            advice: "Rückwärts geschriebene Wörter werden mitgeprüft. Nehmen Sie mehrere zufällige Wörter."),
        .cracklibTooShort: Entry(
            message: "Das Passwort ist zu kurz.",
            advice: "Länge schützt am besten: Verwenden Sie mindestens 12 Zeichen, besser eine Passphrase."),
        .cracklibWayTooShort: Entry(
            message: "Das Passwort ist viel zu kurz.",
            advice: "Verwenden Sie mindestens 12 Zeichen, besser eine Passphrase aus mehreren Wörtern."),
        .cracklibAllWhitespace: Entry(
            message: "Das Passwort besteht nur aus Leerzeichen.",
            advice: "Verwenden Sie Buchstaben, Ziffern und Sonderzeichen."),
        .cracklibTooFewDifferent: Entry(
            message: "Das Passwort enthält zu wenige verschiedene Zeichen.",
            advice: "Vermeiden Sie Wiederholungen wie „aaaa“ oder „121212“."),
        .cracklibTooSimple: Entry(
            message: "Das Passwort ist zu einfach oder zu systematisch aufgebaut.",
            advice: "Vermeiden Sie Folgen wie „abcd“ oder „1234“ und Tastaturmuster."),
        .cracklibBasedOnUser: Entry(
            message: "Das Passwort beruht auf Ihrem Benutzernamen.",
            advice: "Verwenden Sie weder Ihren Benutzernamen noch Abwandlungen davon."),
        .cracklibBasedOnUserInfo: Entry(
            message: "Das Passwort beruht auf Ihren Kontodaten (Name, Raum, Telefon).",
            advice: "Verwenden Sie keine persönlichen Daten wie Ihren Namen im Passwort."),
        .cracklibLooksLikeID: Entry(
            message: "Das Passwort sieht aus wie eine Ausweis- oder Versicherungsnummer.",
            advice: "Verwenden Sie keine Kennnummern als Passwort."),
        .cracklibOther: Entry(
            message: "cracklib hat das Passwort abgelehnt.",
            advice: "Wählen Sie ein längeres Passwort ohne Wörterbuchwörter und Muster."),
    ]

    static let english: [FindingCode: Entry] = [
        .inputEmpty: Entry(
            message: "No password was entered.",
            advice: "Enter a password."),
        .inputContainsNUL: Entry(
            message: "The password contains a NUL character.",
            advice: "Use printable characters only; some programs cut a password at a NUL."),
        .inputInvalidUTF8: Entry(
            message: "The password is not valid UTF-8 text.",
            advice: "Check the character encoding of your terminal or file (UTF-8)."),
        .inputTooLong: Entry(
            message: "The password is longer than allowed.",
            advice: "Choose a shorter password; a few dozen characters are plenty."),
        .cracklibDictionaryWord: Entry(
            message: "The password is based on a dictionary word.",
            advice: "Use several random, unrelated words instead of one word with digits."),
        .cracklibReversedDictionaryWord: Entry(
            message: "The password is based on a dictionary word written backwards.",
            advice: "Reversed words are checked too. Use several random words."),
        .cracklibTooShort: Entry(
            message: "The password is too short.",
            advice: "Length protects best: use at least 12 characters, or better a passphrase."),
        .cracklibWayTooShort: Entry(
            message: "The password is far too short.",
            advice: "Use at least 12 characters, or better a passphrase of several words."),
        .cracklibAllWhitespace: Entry(
            message: "The password is only whitespace.",
            advice: "Use letters, digits and symbols."),
        .cracklibTooFewDifferent: Entry(
            message: "The password has too few different characters.",
            advice: "Avoid repetitions such as \"aaaa\" or \"121212\"."),
        .cracklibTooSimple: Entry(
            message: "The password is too simple or systematic.",
            advice: "Avoid runs such as \"abcd\" or \"1234\" and keyboard patterns."),
        .cracklibBasedOnUser: Entry(
            message: "The password is based on your user name.",
            advice: "Use neither your user name nor a variant of it."),
        .cracklibBasedOnUserInfo: Entry(
            message: "The password is based on your account details (name, room, phone).",
            advice: "Keep personal data such as your name out of the password."),
        .cracklibLooksLikeID: Entry(
            message: "The password looks like an ID or insurance number.",
            advice: "Do not use identification numbers as passwords."),
        .cracklibOther: Entry(
            message: "cracklib rejected the password.",
            advice: "Choose a longer password without dictionary words or patterns."),
    ]
}
