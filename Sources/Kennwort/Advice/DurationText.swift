/// Crack times as people say them, in German and English, like zxcvbn's `display_time`.
public enum DurationText {
    /// A duration for display: "less than a second", "3 hours", "centuries".
    ///
    /// - Parameters:
    ///   - seconds: The duration.
    ///   - language: The language wanted.
    /// - Returns: The text.
    public static func display(seconds: Double, in language: Language) -> String {
        let minute = 60.0, hour = minute * 60, day = hour * 24, month = day * 31, year = month * 12, century = year * 100
        let units: [(size: Double, de: (String, String), en: (String, String))] = [
            (1, ("Sekunde", "Sekunden"), ("second", "seconds")),
            (minute, ("Minute", "Minuten"), ("minute", "minutes")),
            (hour, ("Stunde", "Stunden"), ("hour", "hours")),
            (day, ("Tag", "Tage"), ("day", "days")),
            (month, ("Monat", "Monate"), ("month", "months")),
            (year, ("Jahr", "Jahre"), ("year", "years")),
        ]
        if seconds < 1 { return language == .de ? "weniger als eine Sekunde" : "less than a second" }
        if seconds >= century || !seconds.isFinite { return language == .de ? "Jahrhunderte" : "centuries" }
        let unit = units.last { seconds >= $0.size }!
        let count = Int((seconds / unit.size).rounded())
        let names = language == .de ? unit.de : unit.en
        return "\(count) \(count == 1 ? names.0 : names.1)"
    }

    /// The scenario's name, for display.
    ///
    /// - Parameters:
    ///   - scenario: The attack scenario.
    ///   - language: The language wanted.
    /// - Returns: A short description with its guess rate.
    public static func name(of scenario: AttackScenario, in language: Language) -> String {
        switch (scenario, language) {
        case (.onlineThrottled, .de): "online, gebremst (100/Stunde)"
        case (.onlineThrottled, .en): "online, throttled (100/hour)"
        case (.onlineUnthrottled, .de): "online, ungebremst (10/Sekunde)"
        case (.onlineUnthrottled, .en): "online, unthrottled (10/second)"
        case (.offlineArgon2, .de): "offline, Argon2id-Hash (10⁴/Sekunde)"
        case (.offlineArgon2, .en): "offline, Argon2id hash (10⁴/second)"
        case (.offlineFastHash, .de): "offline, schneller Hash (10¹⁰/Sekunde)"
        case (.offlineFastHash, .en): "offline, fast hash (10¹⁰/second)"
        }
    }
}
