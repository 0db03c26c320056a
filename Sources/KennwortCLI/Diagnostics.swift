import Kennwort

/// Prints errors on stderr: a headline in the user's language, then the detail.
enum Diagnostics {
    /// Reports an error on standard error; it never contains a password.
    ///
    /// - Parameters:
    ///   - error: The error.
    ///   - language: The language of the headline.
    static func report(_ error: KennwortError, language: Language) {
        writeStandardError("kennwort: \(Phrases.errorHeadline(error.code, language)): \(error)\n")
    }
}
