/// A language Kennwort speaks.
public enum Language: String, Sendable, Hashable, CaseIterable, Codable {
    case de
    case en

    /// Picks the language from the environment as gettext does.
    ///
    /// The first non-empty of `LC_ALL`, `LC_MESSAGES` and `LANG` decides:
    /// `de…` gives German, anything else English.
    ///
    /// - Parameter environment: The environment to read.
    /// - Returns: The language, English when nothing says otherwise.
    public static func fromEnvironment(_ environment: [String: String]) -> Language {
        for key in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let value = environment[key], !value.isEmpty else { continue }
            return value.lowercased().hasPrefix("de") ? .de : .en
        }
        return .en
    }
}
