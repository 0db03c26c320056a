import Glibc

/// Finds years (1900–2039) and dates in German and ISO forms.
///
/// Full dates: `14.03.1985`, `14031985`, `140385`, `1985-03-14`, `3/14/85`.
/// Day and month: `1403`, `14.03.` Month and year: `03/85`, `0385`, `03.1985`.
enum DateMatching {
    static let minimumYear = 1900
    static let maximumYear = 2039

    /// Years standing alone, such as the `2024` of `Sommer2024`.
    static func yearMatches(_ view: PasswordView) -> [Match] {
        let s = view.scalars
        guard s.count >= 4 else { return [] }
        var result: [Match] = []
        for i in 0...(s.count - 4) where (i..<i + 4).allSatisfy({ PasswordView.isDigit(s[$0]) }) {
            let year = number(s[i..<i + 4])
            if year >= minimumYear && year <= maximumYear {
                var match = Match(.year, i, i + 3)
                match.year = year
                result.append(match)
            }
        }
        return result
    }

    /// Dates with and without separators; a date inside a longer date is dropped.
    static func dateMatches(_ view: PasswordView) -> [Match] {
        let s = view.scalars
        let n = s.count
        var result: [Match] = []
        for i in 0..<n where PasswordView.isDigit(s[i]) {
            // A date holds only digits and separators: stop at the first other character.
            var run = i
            while run < n && run - i < 10 && (PasswordView.isDigit(s[run]) || isSeparator(s[run])) { run += 1 }
            for length in 4...10 where i + length <= run {
                let token = Array(s[i..<i + length])
                if let match = withoutSeparator(token, at: i) ?? withSeparator(token, at: i) { result.append(match) }
            }
        }
        // zxcvbn drops dates contained in other dates.
        return result.filter { match in
            !result.contains { other in other != match && other.i <= match.i && other.j >= match.j && other.length > match.length }
        }
    }

    /// zxcvbn's ways to split 4 to 8 digits into day, month and year.
    static let splits: [Int: [(Int, Int)]] = [
        4: [(1, 2), (2, 3)], 5: [(1, 3), (2, 3)], 6: [(1, 2), (2, 4), (4, 5)],
        7: [(1, 3), (2, 3), (4, 5), (4, 6)], 8: [(2, 4), (4, 6)],
    ]

    /// `14031985`, `140385`, `1403`, `0385`: 4 to 8 digits split every plausible way.
    static func withoutSeparator(_ token: [Unicode.Scalar], at i: Int) -> Match? {
        guard token.count <= 8, token.allSatisfy(PasswordView.isDigit) else { return nil }
        var best: (day: Int?, month: Int, year: Int?)?
        func consider(_ candidate: (day: Int?, month: Int, year: Int?)) {
            let distance = abs((candidate.year ?? referenceYear) - referenceYear)
            if best == nil || distance < abs((best!.year ?? referenceYear) - referenceYear) { best = candidate }
        }
        for (k, l) in splits[token.count] ?? [] {
            let parts = [number(token[0..<k]), number(token[k..<l]), number(token[l...])]
            if let date = dayMonthYear(parts) { consider(date) }
        }
        if token.count == 4 {
            // Day and month without a year, e.g. a birthday: 1403 (German order) or 0314.
            let first = number(token[0..<2]), second = number(token[2..<4])
            if dayMonth(first, second) != nil { consider((first, second, nil)) }
            // Month and year: 0385.
            if (1...12).contains(first), token[0] == "0" || token[0] == "1" {
                consider((nil, first, twoToFourDigitYear(second)))
            }
        }
        guard let best else { return nil }
        return make(i, token.count, best, separator: false)
    }

    /// `14.03.1985`, `1985-03-14`, `14.03.`, `03/85`, `03.1985`.
    /// The characters zxcvbn accepts between date parts.
    static func isSeparator(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case " ", "/", "\\", "_", ".", "-": true
        default: false
        }
    }

    static func withSeparator(_ token: [Unicode.Scalar], at i: Int) -> Match? {
        let groups = token.split(omittingEmptySubsequences: false, whereSeparator: isSeparator)
        guard groups.count >= 2, let separator = token.first(where: isSeparator),
              token.allSatisfy({ PasswordView.isDigit($0) || $0 == separator })
        else { return nil }
        if groups.count == 3, !groups[0].isEmpty, !groups[1].isEmpty, !groups[2].isEmpty,
           groups[0].count <= 4, groups[1].count <= 2, groups[2].count <= 4,
           let date = dayMonthYear([number(groups[0]), number(groups[1]), number(groups[2])]) {
            return make(i, token.count, date, separator: true)
        }
        if groups.count == 3, groups[2].isEmpty, groups[0].count <= 2, groups[1].count <= 2,
           let date = dayMonth(number(groups[0]), number(groups[1])) {
            return make(i, token.count, (date.day, date.month, nil), separator: true)
        }
        if groups.count == 2, groups[0].count <= 2, [2, 4].contains(groups[1].count) {
            let month = number(groups[0]), year = number(groups[1])
            let fullYear = groups[1].count == 2 ? twoToFourDigitYear(year) : year
            if (1...12).contains(month), (minimumYear...maximumYear).contains(fullYear) {
                return make(i, token.count, (nil, month, fullYear), separator: true)
            }
        }
        return nil
    }

    static func make(_ i: Int, _ length: Int, _ date: (day: Int?, month: Int, year: Int?), separator: Bool) -> Match {
        var match = Match(.date, i, i + length - 1)
        match.year = date.year
        match.hasSeparator = separator
        match.dateParts = (date.day == nil ? 0 : 1) + 1 + (date.year == nil ? 0 : 1)
        return match
    }

    /// zxcvbn's `map_ints_to_dmy`: three numbers as day, month and year in any plausible order.
    static func dayMonthYear(_ parts: [Int]) -> (day: Int?, month: Int, year: Int?)? {
        guard parts[1] <= 31, parts[1] > 0 else { return nil }
        var over12 = 0, over31 = 0, under1 = 0
        for part in parts {
            if (part > 99 && part < 1000) || part > 2050 { return nil }
            if part > 31 { over31 += 1 }
            if part > 12 { over12 += 1 }
            if part <= 0 { under1 += 1 }
        }
        if over31 >= 2 || over12 == 3 || under1 >= 2 { return nil }
        for (year, rest) in [(parts[2], (parts[0], parts[1])), (parts[0], (parts[1], parts[2]))]
        where year >= 1000 && year <= 2050 {
            guard let date = dayMonth(rest.0, rest.1) else { return nil }
            return (date.day, date.month, year)
        }
        for (year, rest) in [(parts[2], (parts[0], parts[1])), (parts[0], (parts[1], parts[2]))] {
            if let date = dayMonth(rest.0, rest.1) { return (date.day, date.month, twoToFourDigitYear(year)) }
        }
        return nil
    }

    static func dayMonth(_ a: Int, _ b: Int) -> (day: Int, month: Int)? {
        if (1...31).contains(a) && (1...12).contains(b) { return (a, b) }
        if (1...31).contains(b) && (1...12).contains(a) { return (b, a) }
        return nil
    }

    static func twoToFourDigitYear(_ year: Int) -> Int {
        year > 99 ? year : (year > 50 ? 1900 + year : 2000 + year)
    }

    static func number<C: Collection<Unicode.Scalar>>(_ digits: C) -> Int {
        digits.reduce(0) { $0 * 10 + Int($1.value) - 48 }
    }

    /// The year guesses are measured from: the current year.
    static let referenceYear: Int = {
        var now = time(nil)
        var parts = tm()
        gmtime_r(&now, &parts)
        return Int(parts.tm_year) + 1900
    }()
}
