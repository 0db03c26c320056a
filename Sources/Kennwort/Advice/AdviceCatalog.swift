/// The German and English texts for every finding code.
///
/// Checks produce codes only; every text a person reads comes from here.
public enum AdviceCatalog {
    /// A finding's text: what is wrong, and what to do about it.
    public struct Entry: Sendable {
        /// One sentence saying what was found.
        public var message: String
        /// One sentence saying what to do instead.
        public var advice: String
    }

    /// The message for a finding code, in `language`.
    ///
    /// - Parameters:
    ///   - code: The finding code.
    ///   - language: The language wanted.
    /// - Returns: The text; for an unknown code, a generic sentence naming the code.
    public static func message(for code: FindingCode, in language: Language) -> String {
        entry(for: code, in: language)?.message ?? fallback(code, language)
    }

    /// The advice for a finding code, in `language`, if there is any.
    ///
    /// - Parameters:
    ///   - code: The finding code.
    ///   - language: The language wanted.
    /// - Returns: The advice, or `nil` for an unknown code.
    public static func advice(for code: FindingCode, in language: Language) -> String? {
        entry(for: code, in: language)?.advice
    }

    /// The entry for a code in a language.
    ///
    /// - Parameters:
    ///   - code: The finding code.
    ///   - language: The language wanted.
    /// - Returns: The entry, or `nil` when the code has none.
    public static func entry(for code: FindingCode, in language: Language) -> Entry? {
        AdviceTexts.entry(for: code, in: language)
    }

    /// Every code that has texts, in both languages.
    public static var codes: Set<FindingCode> {
        Set(AdviceTexts.allGerman.keys).intersection(AdviceTexts.allEnglish.keys)
    }

    private static func fallback(_ code: FindingCode, _ language: Language) -> String {
        switch language {
        case .de: "Das Passwort erfüllt eine Regel nicht (\(code))."
        case .en: "The password breaks a rule (\(code))."
        }
    }
}
