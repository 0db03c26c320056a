/// libpwquality 1.4.5's checks, on bytes as libpwquality sees them.
///
/// Character classes use the C library's ASCII classes, and lengths count
/// bytes, as in libpwquality; Kennwort's own length rules count characters.
/// Each function returns the finding of the first failed check, in
/// libpwquality's order, or `nil`.
enum PwqualityRules {
    static func isDigit(_ byte: UInt8) -> Bool { byte >= 48 && byte <= 57 }
    static func isUpper(_ byte: UInt8) -> Bool { byte >= 65 && byte <= 90 }
    static func isLower(_ byte: UInt8) -> Bool { byte >= 97 && byte <= 122 }
    static func lowercase(_ bytes: [UInt8]) -> [UInt8] { bytes.map { isUpper($0) ? $0 + 32 : $0 } }

    /// Class of a byte: 0 digit, 1 upper, 2 lower, 3 other.
    static func byteClass(_ byte: UInt8) -> Int {
        isDigit(byte) ? 0 : isUpper(byte) ? 1 : isLower(byte) ? 2 : 3
    }

    /// Number of character classes present (libpwquality's `numclass`).
    static func classCount(_ bytes: [UInt8]) -> Int { Set(bytes.map(byteClass)).count }

    /// libpwquality's `distance`: like Levenshtein, but every step costs only
    /// when the two current bytes differ, so an insertion next to an equal
    /// byte is free. Kept exactly, for verdicts equal to libpwquality's.
    static func distance(_ a: [UInt8], _ b: [UInt8]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                current[j] = min(previous[j - 1], current[j - 1], previous[j]) + (a[i - 1] == b[j - 1] ? 0 : 1)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }

    /// Length with credits, class minimums and class runs (libpwquality's `simple`).
    static func composition(_ new: [UInt8], _ s: PolicySettings) -> FindingCode? {
        var counts = [0, 0, 0, 0]
        var previous = -1, same = 0
        for byte in new {
            let kind = byteClass(byte)
            counts[kind] += 1
            same = kind == previous ? same + 1 : 1
            previous = kind
            if s.maxclassrepeat > 0 && same > s.maxclassrepeat { return .policyMaxClassRepeat }
        }
        let credits = [s.dcredit, s.ucredit, s.lcredit, s.ocredit]
        let minimumCodes: [FindingCode] = [.policyMinDigits, .policyMinUppers, .policyMinLowers, .policyMinOthers]
        var size = s.minlen
        for kind in 0..<4 {
            if credits[kind] >= 0 {
                size -= min(counts[kind], credits[kind])
            } else if counts[kind] < -credits[kind] {
                return minimumCodes[kind]
            }
        }
        return size <= new.count ? nil : .policyPwqualityMinLength
    }

    /// More than `maxrepeat` equal bytes in a row.
    static func tooManyRepeats(_ new: [UInt8], _ limit: Int) -> Bool {
        guard limit > 0, !new.isEmpty else { return false }
        var same = 1
        for index in 1..<max(new.count, 1) where index < new.count {
            same = new[index] == new[index - 1] ? same + 1 : 1
            if same > limit { return true }
        }
        return false
    }

    /// A monotonic run of more than `maxsequence` bytes (`abcd`, `4321`).
    static func tooLongSequence(_ new: [UInt8], _ limit: Int) -> Bool {
        guard limit > 0, new.count > 1 else { return false }
        var up = 1, down = 1
        for index in 1..<new.count {
            let previous = Int(new[index - 1]), current = Int(new[index])
            if current == previous + 1 {
                up += 1
                down = 1
                if up > limit { return true }
            } else if current == previous - 1 {
                down += 1
                up = 1
                if down > limit { return true }
            } else {
                up = 1
                down = 1
            }
        }
        return false
    }

    /// libpwquality's `wordcheck`: the word (4+ bytes), or a near miss, or it reversed, is in the password.
    static func containsWord(_ newLower: [UInt8], _ word: [UInt8], difok: Int) -> Bool {
        guard word.count >= 4 else { return false }
        for candidate in [word, Array(word.reversed())] {
            if newLower.containsBytes(candidate) { return true }
            if distance(newLower, candidate) < difok { return true }
        }
        return false
    }

    /// libpwquality's `usercheck`: the user name, or each `usersubstr`-long piece of it.
    static func containsUser(_ newLower: [UInt8], _ user: [UInt8], _ s: PolicySettings) -> Bool {
        let user = lowercase(user)
        if s.usersubstr >= 4 && user.count > s.usersubstr {
            for start in 0...(user.count - s.usersubstr) {
                if containsWord(newLower, Array(user[start..<start + s.usersubstr]), difok: s.difok) { return true }
            }
            return false
        }
        return containsWord(newLower, user, difok: s.difok)
    }

    /// Every check of libpwquality's `password_check`, in its order, then `dictcheck` is left to the caller.
    ///
    /// - Parameters:
    ///   - new: The new password's bytes.
    ///   - old: The old password's bytes, if known.
    ///   - user: The user name.
    ///   - gecos: The user's GECOS text (for `gecoscheck`).
    ///   - s: The settings.
    /// - Returns: The first failure, or `nil`.
    static func check(_ new: [UInt8], old: [UInt8]?, user: [UInt8]?, gecos: [UInt8]?, _ s: PolicySettings) -> FindingCode? {
        let newLower = lowercase(new)
        var old = old.flatMap { $0.isEmpty ? nil : $0 }
        if let old, old == new { return .policySameAsOld }
        if s.difok == 0 { old = nil }
        if let old {
            let oldLower = lowercase(old)
            if oldLower == newLower { return .policyCaseChangesOnly }
            if distance(oldLower, newLower) < s.difok && new.count < old.count * 2 { return .policyTooSimilar }
        }
        if s.pwqualityComposition, let failure = composition(new, s) { return failure }
        if let old, (lowercase(old) + lowercase(old)).containsBytes(newLower) { return .policyRotated }
        if s.pwqualityComposition && classCount(new) < s.minclass { return .policyMinClasses }
        if s.pwqualityComposition && newLower.elementsEqual(newLower.reversed()) { return .policyPalindrome }
        if tooManyRepeats(new, s.maxrepeat) { return .policyMaxRepeat }
        if tooLongSequence(new, s.maxsequence) { return .policyMaxSequence }
        if let user, !user.isEmpty, s.usercheck, containsUser(newLower, user, s) { return .policyUserName }
        if let gecos, s.gecoscheck {
            for word in gecos.split(separator: UInt8(ascii: " ")) where containsWord(newLower, lowercase(Array(word)), difok: s.difok) {
                return .policyGecos
            }
        }
        for word in s.badwords where containsWord(newLower, Array(word.utf8), difok: s.difok) { return .policyBadWord }
        return nil
    }
}
