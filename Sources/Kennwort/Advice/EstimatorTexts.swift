// Texts for the estimator's codes. A suggestion's message and advice are the same sentence.

extension AdviceTexts {
    private static func both(_ text: String) -> Entry { Entry(message: text, advice: text) }

    static let estimatorGerman: [FindingCode: Entry] = [
        .estimatorGuessable: Entry(
            message: "Das Passwort ist zu leicht zu erraten.",
            advice: "Verlängern Sie es, am besten um ein oder zwei ungewöhnliche Wörter."),
        .estimatorStraightRow: Entry(
            message: "Gerade Tastenreihen wie „qwertz“ sind leicht zu erraten.",
            advice: "Verwenden Sie keine Tastaturmuster."),
        .estimatorKeyboardPattern: Entry(
            message: "Kurze Tastaturmuster wie „1qay2wsx“ sind leicht zu erraten.",
            advice: "Verwenden Sie keine Tastaturmuster."),
        .estimatorRepeatedCharacters: Entry(
            message: "Wiederholungen wie „aaa“ sind leicht zu erraten.",
            advice: "Vermeiden Sie wiederholte Zeichen."),
        .estimatorRepeatedBlock: Entry(
            message: "Wiederholungen wie „abcabc“ sind kaum schwerer zu erraten als „abc“.",
            advice: "Vermeiden Sie wiederholte Wörter und Zeichenfolgen."),
        .estimatorSequence: Entry(
            message: "Folgen wie „abc“ oder „6543“ sind leicht zu erraten.",
            advice: "Vermeiden Sie Zeichenfolgen."),
        .estimatorRecentYear: Entry(
            message: "Jahreszahlen sind leicht zu erraten.",
            advice: "Vermeiden Sie Jahreszahlen, vor allem solche, die mit Ihnen zu tun haben."),
        .estimatorDate: Entry(
            message: "Datumsangaben sind oft leicht zu erraten.",
            advice: "Vermeiden Sie Daten wie Geburtstage oder Jahrestage."),
        .estimatorTop10Password: Entry(
            message: "Das ist eines der zehn häufigsten Passwörter.",
            advice: "Wählen Sie ein völlig anderes Passwort."),
        .estimatorTop100Password: Entry(
            message: "Das ist eines der hundert häufigsten Passwörter.",
            advice: "Wählen Sie ein völlig anderes Passwort."),
        .estimatorCommonPassword: Entry(
            message: "Das ist ein sehr häufig verwendetes Passwort.",
            advice: "Wählen Sie ein völlig anderes Passwort."),
        .estimatorSimilarToCommon: Entry(
            message: "Das Passwort ähnelt einem häufig verwendeten Passwort.",
            advice: "Kleine Änderungen an bekannten Passwörtern helfen kaum."),
        .estimatorSingleWord: Entry(
            message: "Ein einzelnes Wort ist leicht zu erraten.",
            advice: "Kombinieren Sie mehrere Wörter, die nichts miteinander zu tun haben."),
        .estimatorNamesAlone: Entry(
            message: "Vor- und Nachnamen allein sind leicht zu erraten.",
            advice: "Verwenden Sie keine Namen, auch nicht von Haustieren."),
        .estimatorCommonNames: Entry(
            message: "Häufige Vor- und Nachnamen sind leicht zu erraten.",
            advice: "Verwenden Sie keine Namen, auch nicht von Haustieren."),
        .estimatorPlace: Entry(
            message: "Ortsnamen sind leicht zu erraten.",
            advice: "Verwenden Sie keine Orte, etwa Ihren Wohnort."),
        .estimatorBrand: Entry(
            message: "Vereins- und Markennamen sind leicht zu erraten.",
            advice: "Verwenden Sie nicht den Namen Ihres Lieblingsvereins oder einer Marke."),
        .estimatorSeasonYear: Entry(
            message: "Monats- oder Jahreszeitennamen mit Jahreszahl, etwa „Sommer2024“, sind leicht zu erraten.",
            advice: "Solche Passwörter probieren Angreifer als Erstes aus."),
        .estimatorUserData: Entry(
            message: "Das Passwort enthält Angaben zu Ihrer Person oder Ihrem Konto.",
            advice: "Verwenden Sie keine persönlichen Daten wie Namen, Benutzernamen oder Geburtsdaten."),
        .suggestAddWord: both("Fügen Sie ein oder zwei weitere Wörter hinzu. Ungewöhnliche Wörter sind besser."),
        .suggestUseFewWords: both("Verwenden Sie einige Wörter und vermeiden Sie gängige Redewendungen."),
        .suggestNoNeedSymbols: both("Sonderzeichen, Ziffern oder Großbuchstaben sind nicht nötig."),
        .suggestLongerKeyboardPattern: both("Verwenden Sie längere Tastaturmuster mit mehr Richtungswechseln – oder besser gar keine."),
        .suggestAvoidRepeats: both("Vermeiden Sie wiederholte Wörter und Zeichen."),
        .suggestAvoidSequences: both("Vermeiden Sie Zeichenfolgen."),
        .suggestAvoidRecentYears: both("Vermeiden Sie Jahreszahlen der letzten Jahre."),
        .suggestAvoidPersonalYears: both("Vermeiden Sie Jahreszahlen, die mit Ihnen zu tun haben."),
        .suggestAvoidPersonalDates: both("Vermeiden Sie Daten und Jahreszahlen, die mit Ihnen zu tun haben."),
        .suggestCapitalization: both("Ein Großbuchstabe am Anfang hilft kaum."),
        .suggestAllUppercase: both("Nur Großbuchstaben sind fast so leicht zu erraten wie nur Kleinbuchstaben."),
        .suggestReversedWords: both("Rückwärts geschriebene Wörter sind kaum schwerer zu erraten."),
        .suggestPredictableSubstitutions: both("Vorhersehbare Ersetzungen wie „@“ statt „a“ helfen kaum."),
        .suggestAvoidSeasonYear: both("Vermeiden Sie Monate, Jahreszeiten und Feiertage mit Jahreszahl."),
        .suggestAvoidPersonalData: both("Lassen Sie Namen, Benutzernamen, Adressen und Geburtsdaten weg."),
    ]

    static let estimatorEnglish: [FindingCode: Entry] = [
        .estimatorGuessable: Entry(
            message: "The password is too easy to guess.",
            advice: "Make it longer, best with one or two uncommon words."),
        .estimatorStraightRow: Entry(
            message: "Straight rows of keys like \"qwerty\" are easy to guess.",
            advice: "Do not use keyboard patterns."),
        .estimatorKeyboardPattern: Entry(
            message: "Short keyboard patterns like \"1qaz2wsx\" are easy to guess.",
            advice: "Do not use keyboard patterns."),
        .estimatorRepeatedCharacters: Entry(
            message: "Repeats like \"aaa\" are easy to guess.",
            advice: "Avoid repeated characters."),
        .estimatorRepeatedBlock: Entry(
            message: "Repeats like \"abcabc\" are only slightly harder to guess than \"abc\".",
            advice: "Avoid repeated words and characters."),
        .estimatorSequence: Entry(
            message: "Sequences like \"abc\" or \"6543\" are easy to guess.",
            advice: "Avoid sequences."),
        .estimatorRecentYear: Entry(
            message: "Years are easy to guess.",
            advice: "Avoid years, especially those associated with you."),
        .estimatorDate: Entry(
            message: "Dates are often easy to guess.",
            advice: "Avoid dates such as birthdays or anniversaries."),
        .estimatorTop10Password: Entry(
            message: "This is a top-10 common password.",
            advice: "Choose an entirely different password."),
        .estimatorTop100Password: Entry(
            message: "This is a top-100 common password.",
            advice: "Choose an entirely different password."),
        .estimatorCommonPassword: Entry(
            message: "This is a very common password.",
            advice: "Choose an entirely different password."),
        .estimatorSimilarToCommon: Entry(
            message: "This is similar to a commonly used password.",
            advice: "Small changes to well-known passwords barely help."),
        .estimatorSingleWord: Entry(
            message: "A word by itself is easy to guess.",
            advice: "Combine several unrelated words."),
        .estimatorNamesAlone: Entry(
            message: "Names and surnames by themselves are easy to guess.",
            advice: "Do not use names, not even of pets."),
        .estimatorCommonNames: Entry(
            message: "Common names and surnames are easy to guess.",
            advice: "Do not use names, not even of pets."),
        .estimatorPlace: Entry(
            message: "Place names are easy to guess.",
            advice: "Do not use places such as your home town."),
        .estimatorBrand: Entry(
            message: "Club and brand names are easy to guess.",
            advice: "Do not use your favourite club or a brand."),
        .estimatorSeasonYear: Entry(
            message: "A month or season with a year, like \"Summer2024\", is easy to guess.",
            advice: "Attackers try such passwords first."),
        .estimatorUserData: Entry(
            message: "The password contains details about you or your account.",
            advice: "Keep personal data such as names, user names or birth dates out of it."),
        .suggestAddWord: both("Add another word or two. Uncommon words are better."),
        .suggestUseFewWords: both("Use a few words, avoid common phrases."),
        .suggestNoNeedSymbols: both("No need for symbols, digits, or uppercase letters."),
        .suggestLongerKeyboardPattern: both("Use a longer keyboard pattern with more turns, or better none."),
        .suggestAvoidRepeats: both("Avoid repeated words and characters."),
        .suggestAvoidSequences: both("Avoid sequences."),
        .suggestAvoidRecentYears: both("Avoid recent years."),
        .suggestAvoidPersonalYears: both("Avoid years that are associated with you."),
        .suggestAvoidPersonalDates: both("Avoid dates and years that are associated with you."),
        .suggestCapitalization: both("Capitalization doesn't help very much."),
        .suggestAllUppercase: both("All-uppercase is almost as easy to guess as all-lowercase."),
        .suggestReversedWords: both("Reversed words aren't much harder to guess."),
        .suggestPredictableSubstitutions: both("Predictable substitutions like \"@\" instead of \"a\" don't help very much."),
        .suggestAvoidSeasonYear: both("Avoid months, seasons and holidays with a year."),
        .suggestAvoidPersonalData: both("Leave out names, user names, addresses and birth dates."),
    ]
}
