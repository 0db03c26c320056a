// Every finding code Kennwort emits. Codes are stable: add new ones, never reuse or rename.

extension FindingCode {
    // Input: the password could not be judged as typed.
    /// The password is empty.
    public static let inputEmpty = FindingCode("input.empty")
    /// The password contains a NUL byte, which C libraries read as its end.
    public static let inputContainsNUL = FindingCode("input.contains-nul")
    /// The password is not valid UTF-8.
    public static let inputInvalidUTF8 = FindingCode("input.invalid-utf8")
    /// The password is longer than the input limit.
    public static let inputTooLong = FindingCode("input.too-long")

    // cracklib: one code per message cracklib 2.9.6 can return.
    /// Based on a dictionary word.
    public static let cracklibDictionaryWord = FindingCode("cracklib.dictionary-word")
    /// Based on a reversed dictionary word.
    public static let cracklibReversedDictionaryWord = FindingCode("cracklib.reversed-dictionary-word")
    /// Shorter than cracklib's minimum of 6.
    public static let cracklibTooShort = FindingCode("cracklib.too-short")
    /// Shorter than 4.
    public static let cracklibWayTooShort = FindingCode("cracklib.way-too-short")
    /// Only whitespace.
    public static let cracklibAllWhitespace = FindingCode("cracklib.all-whitespace")
    /// Too few different characters.
    public static let cracklibTooFewDifferent = FindingCode("cracklib.too-few-different")
    /// Too simple or systematic (runs like `abcd`, `1234`).
    public static let cracklibTooSimple = FindingCode("cracklib.too-simple")
    /// Based on the user name.
    public static let cracklibBasedOnUser = FindingCode("cracklib.based-on-user")
    /// Based on the user's GECOS entry (real name, room, phone).
    public static let cracklibBasedOnUserInfo = FindingCode("cracklib.based-on-user-info")
    /// Looks like a UK National Insurance number.
    public static let cracklibLooksLikeID = FindingCode("cracklib.looks-like-id")
    /// cracklib rejected it with a message this version does not know.
    public static let cracklibOther = FindingCode("cracklib.other")
}
