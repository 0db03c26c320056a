/// What kind of pattern a match is.
public enum MatchPattern: String, Sendable, Hashable, Codable {
    case dictionary, spatial, repeats = "repeat", sequence, year, date, bruteforce
    /// Two names joined, like `AnnaundPaul` or `lena+tom`.
    case namePair = "name-pair"
}

/// Which ranked word list a dictionary match came from.
public enum WordCategory: UInt8, Sendable, Hashable, Codable, CaseIterable {
    /// Common passwords (German and English).
    case passwords = 0
    /// German words.
    case germanWords = 1
    /// English words.
    case englishWords = 2
    /// First names and surnames, pet names.
    case names = 3
    /// Places.
    case places = 4
    /// Football clubs and brands.
    case brands = 5
    /// Months, seasons and holidays.
    case calendar = 6
    /// The user's own data: user name, GECOS, personal data.
    case userInputs = 7

    /// The name used in JSON.
    public var name: String {
        switch self {
        case .passwords: "passwords"
        case .germanWords: "german-words"
        case .englishWords: "english-words"
        case .names: "names"
        case .places: "places"
        case .brands: "brands"
        case .calendar: "calendar"
        case .userInputs: "user-inputs"
        }
    }
}

/// One pattern found in a password, over the characters `i...j`.
///
/// Only plain values, so copying a match costs no reference counting.
public struct Match: Sendable, Hashable {
    /// The kind of pattern.
    public var pattern: MatchPattern
    /// The first character position (Unicode scalars).
    public var i: Int
    /// The last character position, inclusive.
    public var j: Int
    /// How many guesses this part takes on its own.
    public var guesses: Double = 0

    // dictionary
    /// The list the word came from.
    public var category: WordCategory?
    /// The word's rank in its list, 1 = most common.
    public var rank: Int = 0
    /// Written backwards.
    public var reversed = false
    /// With l33t substitutions.
    public var l33t = false
    /// For l33t: the ways the substitutions could have been made (zxcvbn's l33t variations).
    public var l33tVariations: Double = 1

    // spatial
    /// The keyboard: an index into `KeyboardGraph.all` (QWERTZ, QWERTY, keypad).
    public var graph: Int = -1
    /// Direction changes in a keyboard walk.
    public var turns = 0
    /// Characters typed with Shift.
    public var shiftedCount = 0

    // repeat
    /// The guesses for one copy of the repeated block.
    public var baseGuesses: Double = 0
    /// How often the block repeats.
    public var repeatCount = 0

    // sequence
    /// Whether a sequence goes up (abc) or down (cba).
    public var ascending = true

    // date and year
    /// The year of a date or year match, if it has one.
    public var year: Int?
    /// Whether a date has a separator such as `.`.
    public var hasSeparator = false
    /// What parts a date has: 3 for day-month-year, 2 for day-month or month-year.
    public var dateParts = 3

    /// Makes a match.
    public init(_ pattern: MatchPattern, _ i: Int, _ j: Int) {
        self.pattern = pattern
        self.i = i
        self.j = j
    }

    /// The number of characters covered.
    public var length: Int { j - i + 1 }
}
