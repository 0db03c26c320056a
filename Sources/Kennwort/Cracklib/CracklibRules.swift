/// cracklib's mangling-rule language, reimplemented in safe Swift.
///
/// A rule such as `/$s$s/0s0o` is a program over one word: `/$` requires a
/// `$`, `s$s` replaces every `$` with `s`. libcrack 2.9.6 interprets rules
/// in `Mangle()` with static buffers, which is why it cannot run on two
/// threads; this interpreter has no shared state. It works on bytes in the
/// C locale, as libcrack does under Kennwort, and returns `nil` exactly when
/// `Mangle()` returns NULL (a failed condition, a malformed rule, an empty
/// result). Tests compare it with libcrack's `Mangle()` rule by rule.
struct CracklibRule: Sendable {
    /// A class of bytes, as in `?v` (vowels); an uppercase letter negates it.
    struct ByteClass: Sendable, Equatable {
        var letter: UInt8
        /// The members, picked once from cracklib's sets when the class is made.
        private var members: ByteSet

        init(letter: UInt8) {
            self.letter = letter
            let set: ByteSet
            switch CBytes.lowercase(letter) {
            case UInt8(ascii: "?"):
                members = Self.questionMark
                return
            case UInt8(ascii: "v"): set = Self.vowels
            case UInt8(ascii: "c"): set = Self.consonants
            case UInt8(ascii: "w"): set = Self.whitespace
            case UInt8(ascii: "p"): set = Self.punctuation
            case UInt8(ascii: "s"): set = Self.symbols
            case UInt8(ascii: "l"): set = Self.lower
            case UInt8(ascii: "u"): set = Self.upper
            case UInt8(ascii: "a"): set = Self.alpha
            case UInt8(ascii: "x"): set = Self.alphanumeric
            case UInt8(ascii: "d"): set = Self.digits
            default:
                members = ByteSet()
                return
            }
            members = CBytes.isUpper(letter) ? set.complement : set
        }

        static func == (left: Self, right: Self) -> Bool { left.letter == right.letter }

        /// Whether `byte` belongs to the class. The corresponding C function is `MatchClass`.
        func contains(_ byte: UInt8) -> Bool { members.contains(byte) }

        // MatchClass's sets in the C locale. The lists are searched with `strchr`, which also
        // finds the terminating NUL; `?v` and `?c` compare the byte lowercased.
        private static let questionMark = ByteSet("?", nul: false)
        private static let vowels = ByteSet("aeiouAEIOU", nul: true)
        private static let consonants = ByteSet("bcdfghjklmnpqrstvwxyzBCDFGHJKLMNPQRSTVWXYZ", nul: true)
        private static let whitespace = ByteSet("\t ", nul: true)
        private static let punctuation = ByteSet(".`,:;'!?\"", nul: true)
        private static let symbols = ByteSet("$%%^&*()-_+=|\\[]{}#@/~", nul: true)
        private static let lower = ByteSet("abcdefghijklmnopqrstuvwxyz", nul: false)
        private static let upper = ByteSet("ABCDEFGHIJKLMNOPQRSTUVWXYZ", nul: false)
        private static let alpha = lower.union(upper)
        private static let digits = ByteSet("0123456789", nul: false)
        private static let alphanumeric = alpha.union(digits)
    }

    /// A set of bytes: two bit masks for ASCII, and one answer for every byte from 128 up
    /// (no class holds them; a negated class holds them all).
    struct ByteSet: Sendable {
        private var low: UInt64 = 0
        private var high: UInt64 = 0
        private var nonASCII = false

        init() {}

        init(_ list: StaticString, nul: Bool) {
            if nul { low = 1 }
            list.withUTF8Buffer { bytes in
                for byte in bytes where byte < 128 {
                    if byte < 64 { low |= 1 << UInt64(byte) } else { high |= 1 << UInt64(byte - 64) }
                }
            }
        }

        func union(_ other: Self) -> Self {
            var result = self
            result.low |= other.low
            result.high |= other.high
            result.nonASCII = nonASCII || other.nonASCII
            return result
        }

        var complement: Self {
            var result = self
            result.low = ~low
            result.high = ~high
            result.nonASCII = !nonASCII
            return result
        }

        func contains(_ byte: UInt8) -> Bool {
            byte < 64 ? low >> UInt64(byte) & 1 == 1 : byte < 128 ? high >> UInt64(byte - 64) & 1 == 1 : nonASCII
        }
    }

    /// A byte or a class, as rule arguments are written (`x` or `?c`).
    enum Target: Sendable, Equatable {
        case byte(UInt8)
        case byteClass(ByteClass)

        func matches(_ byte: UInt8) -> Bool {
            switch self {
            case .byte(let wanted): byte == wanted
            case .byteClass(let byteClass): byteClass.contains(byte)
            }
        }
    }

    /// One step of a rule.
    enum Step: Sendable, Equatable {
        case reverse, uppercase, lowercase, capitalise, pluralise, reflect, duplicate
        case deleteFirst, deleteLast
        case longerThan(Int), shorterThan(Int)
        case prepend(UInt8), append(UInt8)
        case extract(start: Int, length: Int)
        case overstrike(Int, UInt8)
        case insert(Int, UInt8)
        case purge(Target)
        case substitute(Target, UInt8)
        case require(Target)
        case forbid(Target)
        case equals(Int, Target)
        /// A malformed or unknown command, or `(`/`)`, which libcrack 2.9.6 always fails.
        case fail
    }

    /// The rule's text.
    let text: String
    /// The compiled steps.
    let steps: [Step]

    /// Compiles a rule the way `Mangle()` reads it.
    ///
    /// - Parameter text: The rule, e.g. `/?p@?p`.
    init(_ text: String) {
        self.text = text
        steps = Self.compile(Array(text.utf8))
    }

    /// Applies the rule to a word.
    ///
    /// - Parameter input: The word's bytes, without NUL.
    /// - Returns: The result, or `nil` when `Mangle()` would return NULL.
    func apply(_ input: [UInt8]) -> [UInt8]? {
        var area = input
        for step in steps {
            guard Self.run(step, on: &area) else { return nil }
        }
        return area.isEmpty ? nil : area
    }

    /// Runs one step; `false` means the rule fails.
    static func run(_ step: Step, on area: inout [UInt8]) -> Bool {
        switch step {
        case .reverse: area.reverse()
        case .uppercase: area = area.map(CBytes.uppercase)
        case .lowercase: area = area.map(CBytes.lowercase)
        case .capitalise:
            area = area.map(CBytes.lowercase)
            if !area.isEmpty { area[0] = CBytes.uppercase(area[0]) }
        case .pluralise: area = pluralise(area)
        case .reflect: area += area.reversed()
        case .duplicate: area += area
        case .deleteFirst: if !area.isEmpty { area.removeFirst() }
        case .deleteLast: if !area.isEmpty { area.removeLast() }
        case .longerThan(let limit): return area.count > limit
        case .shorterThan(let limit): return area.count < limit
        case .prepend(let byte): area.insert(byte, at: 0)
        case .append(let byte): area.append(byte)
        case .extract(let start, let length):
            area = start < area.count ? Array(area[start..<min(area.count, start + length)]) : []
        case .overstrike(let index, let byte): if index < area.count { area[index] = byte }
        case .insert(let index, let byte): area.insert(byte, at: min(index, area.count))
        case .purge(let target): area.removeAll(where: target.matches)
        case .substitute(let target, let byte):
            for index in area.indices where target.matches(area[index]) { area[index] = byte }
        case .require(let target): return area.contains(where: target.matches)
        case .forbid(let target): return !area.contains(where: target.matches)
        case .equals(let index, let target): return target.matches(index < area.count ? area[index] : 0)
        case .fail: return false
        }
        return true
    }

    /// `Pluralise()`: bench → benches, alloy → alloys, gully → gullies, bias → biases.
    static func pluralise(_ word: [UInt8]) -> [UInt8] {
        func hasSuffix(_ suffix: String) -> Bool {
            let tail = Array(suffix.utf8)
            return word.count > tail.count && Array(word.suffix(tail.count)) == tail
        }
        if ["ch", "ex", "ix", "sh", "ss"].contains(where: hasSuffix) { return word + Array("es".utf8) }
        if word.count > 2 && word.last == UInt8(ascii: "y") {
            if Array("aeiou".utf8).contains(word[word.count - 2]) { return word + [UInt8(ascii: "s")] }
            return word.dropLast() + Array("ies".utf8)
        }
        if word.last == UInt8(ascii: "s") { return word + Array("es".utf8) }
        return word + [UInt8(ascii: "s")]
    }

    /// Reads a rule into steps; a step that `Mangle()` would reject ends the rule with `.fail`.
    static func compile(_ rule: [UInt8]) -> [Step] {
        var steps: [Step] = []
        var at = 0
        func argument(_ offset: Int) -> UInt8? {
            at + offset < rule.count ? rule[at + offset] : nil
        }
        /// `x` or `?c` starting at `offset`; the number of bytes it used.
        func target(_ offset: Int) -> (Target, Int)? {
            guard let first = argument(offset) else { return nil }
            if first != UInt8(ascii: "?") { return (.byte(first), 1) }
            guard let letter = argument(offset + 1) else { return nil }
            return (.byteClass(ByteClass(letter: letter)), 2)
        }
        func number(_ offset: Int) -> Int? {
            argument(offset).flatMap(CBytes.char2Int)
        }
        while at < rule.count {
            let command = rule[at]
            var step: Step?
            var used = 1
            switch command {
            case UInt8(ascii: ":"): step = nil; used = 1
            case UInt8(ascii: "r"): step = .reverse
            case UInt8(ascii: "u"): step = .uppercase
            case UInt8(ascii: "l"): step = .lowercase
            case UInt8(ascii: "c"): step = .capitalise
            case UInt8(ascii: "p"): step = .pluralise
            case UInt8(ascii: "f"): step = .reflect
            case UInt8(ascii: "d"): step = .duplicate
            case UInt8(ascii: "["): step = .deleteFirst
            case UInt8(ascii: "]"): step = .deleteLast
            case UInt8(ascii: ">"), UInt8(ascii: "<"):
                guard let limit = number(1) else { return steps + [.fail] }
                step = command == UInt8(ascii: ">") ? .longerThan(limit) : .shorterThan(limit)
                used = 2
            case UInt8(ascii: "^"), UInt8(ascii: "$"):
                guard let byte = argument(1) else { return steps + [.fail] }
                step = command == UInt8(ascii: "^") ? .prepend(byte) : .append(byte)
                used = 2
            case UInt8(ascii: "x"):
                guard argument(1) != nil, argument(2) != nil, let start = number(1), let length = number(2) else {
                    return steps + [.fail]
                }
                step = .extract(start: start, length: length)
                used = 3
            case UInt8(ascii: "o"), UInt8(ascii: "i"):
                guard argument(1) != nil, let byte = argument(2), let index = number(1) else { return steps + [.fail] }
                step = command == UInt8(ascii: "o") ? .overstrike(index, byte) : .insert(index, byte)
                used = 3
            case UInt8(ascii: "@"), UInt8(ascii: "/"), UInt8(ascii: "!"):
                guard let (parsed, size) = target(1) else { return steps + [.fail] }
                step = command == UInt8(ascii: "@") ? .purge(parsed) : command == UInt8(ascii: "/") ? .require(parsed) : .forbid(parsed)
                used = 1 + size
            case UInt8(ascii: "s"):
                guard let (parsed, size) = target(1), let byte = argument(1 + size) else { return steps + [.fail] }
                step = .substitute(parsed, byte)
                used = 2 + size
            case UInt8(ascii: "="):
                guard argument(1) != nil, let (parsed, size) = target(2), let index = number(1) else { return steps + [.fail] }
                step = .equals(index, parsed)
                used = 2 + size
            default:
                // Unknown commands, and `(`/`)`, which fall through to the error case in libcrack 2.9.6.
                return steps + [.fail]
            }
            if let step { steps.append(step) }
            at += used
        }
        return steps
    }
}

/// The C locale's `ctype.h` on single bytes, as libcrack sees them.
enum CBytes {
    static func isUpper(_ byte: UInt8) -> Bool { byte >= 0x41 && byte <= 0x5A }
    static func isLower(_ byte: UInt8) -> Bool { byte >= 0x61 && byte <= 0x7A }
    static func isAlpha(_ byte: UInt8) -> Bool { isUpper(byte) || isLower(byte) }
    static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
    /// `isspace`: space, tab, newline, vertical tab, form feed, carriage return.
    static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) }
    /// `ispunct`: printable ASCII that is neither alphanumeric nor space.
    static func isPunct(_ byte: UInt8) -> Bool { byte > 0x20 && byte < 0x7F && !isAlpha(byte) && !isDigit(byte) }
    static func lowercase(_ byte: UInt8) -> UInt8 { isUpper(byte) ? byte + 32 : byte }
    static func uppercase(_ byte: UInt8) -> UInt8 { isLower(byte) ? byte - 32 : byte }

    /// `Char2Int`: 0–9, then a–z and A–Z as 10–35; `nil` for anything else.
    static func char2Int(_ byte: UInt8) -> Int? {
        if isDigit(byte) { return Int(byte - 0x30) }
        if isLower(byte) { return Int(byte - 0x61) + 10 }
        if isUpper(byte) { return Int(byte - 0x41) + 10 }
        return nil
    }
}
