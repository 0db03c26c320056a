/// Months, seasons and holidays in German and English, the words of `Sommer2024!` and `Januar23`.
///
/// They form their own small list, ranked before everything else, so a
/// season or month next to a year is guessed in a few hundred tries.
enum CalendarWords {
    static let words: [String] = [
        "sommer", "winter", "frühling", "herbst", "summer", "spring", "autumn", "fall",
        "januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober",
        "november", "dezember", "jänner", "feber",
        "january", "february", "march", "may", "june", "july", "october", "december",
        "jan", "feb", "mär", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "okt", "oct", "nov", "dez", "dec",
        "weihnachten", "ostern", "pfingsten", "silvester", "neujahr", "advent", "fasching", "karneval",
        "christmas", "xmas", "easter", "halloween", "newyear",
        "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonnabend", "sonntag",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    ]

    /// The calendar list, ready for lookups.
    static let dictionary = InMemoryDictionary(words: words, category: .calendar)
}
