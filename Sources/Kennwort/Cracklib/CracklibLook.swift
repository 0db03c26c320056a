/// libcrack 2.9.6's `FascistLookUser`, reimplemented in safe, thread-safe Swift.
///
/// The checks, their order and their messages are libcrack's: length, distinct
/// characters, whitespace, runs of neighbouring characters, the National
/// Insurance pattern, the user name and GECOS words (`FascistGecosUser`, `GTry`),
/// then every destructor rule against the dictionary, forwards and reversed.
/// Only the dictionary lookup differs: a hash table (``CracklibWordTable``)
/// holding exactly the words libcrack's binary search can find. Tests compare
/// the messages with libcrack's on thousands of passwords.
enum CracklibLook {
    /// libcrack's limit: a password is cut to 255 bytes (`TRUNCSTRINGSIZE - 1`).
    static let passwordLimit = 255
    /// `STRINGSIZE - 1`: the longest user or GECOS string libcrack copies.
    static let stringLimit = 1023

    /// Checks a password like `FascistLookUser`.
    ///
    /// - Parameters:
    ///   - input: The password's bytes, without NUL.
    ///   - user: The user name's bytes.
    ///   - gecos: The GECOS bytes.
    ///   - isWord: Whether the dictionary holds a word (libcrack's `FindPW`).
    /// - Returns: libcrack's English message, or `nil` when the password passes.
    static func look(_ input: [UInt8], user: [UInt8], gecos: [UInt8], isWord: ([UInt8]) -> Bool) -> String? {
        let raw = Array(input.prefix(passwordLimit))
        if raw.count < 4 { return "it is WAY too short" }
        if raw.count < 6 { return "it is too short" }
        if Set(raw).count < 5 { return "it does not contain enough DIFFERENT characters" }

        var password = raw.map(CBytes.lowercase)
        while let last = password.last, CBytes.isSpace(last) { password.removeLast() }
        let leading = password.prefix(while: CBytes.isSpace).count
        password.removeFirst(leading)
        if password.isEmpty { return "it is all whitespace" }

        if neighbourSteps(password) > 3 + Int(0.09 * Double(password.count)) {
            return "it is too simplistic/systematic"
        }
        if matchesPattern("aadddddda", password) { return "it looks like a National Insurance number." }
        let candidates = CracklibCandidates.destructors.candidates(password)
        if let message = gecosMessage(password, candidates: candidates, user: user, gecos: gecos) { return message }

        if candidates.contains(where: isWord) { return "it is based on a dictionary word" }
        password.reverse()
        if CracklibCandidates.destructors.candidates(password).contains(where: isWord) {
            return "it is based on a (reversed) dictionary word"
        }
        return nil
    }

    /// Counts neighbours that differ by one, comparing bytes as C's signed `char`.
    static func neighbourSteps(_ password: [UInt8]) -> Int {
        var steps = 0
        for (first, second) in zip(password, password.dropFirst()) {
            let a = Int(Int8(bitPattern: first)), b = Int(Int8(bitPattern: second))
            if b == a + 1 || b == a - 1 { steps += 1 }
        }
        return steps
    }

    /// `PMatch`: every byte in the class at its position, and the same length.
    static func matchesPattern(_ pattern: StaticString, _ text: [UInt8]) -> Bool {
        let classes = pattern.withUTF8Buffer { Array($0) }
        guard classes.count == text.count else { return false }
        return zip(classes, text).allSatisfy { CracklibRule.ByteClass(letter: $0).contains($1) }
    }

    /// `FascistGecosUser`: the user name, each GECOS word, and pairs of them.
    ///
    /// - Parameters:
    ///   - password: The lowercased, trimmed password.
    ///   - candidates: The destructors' results on `password`.
    ///   - user: The user name's bytes.
    ///   - gecos: The GECOS bytes.
    /// - Returns: libcrack's message, or `nil`.
    static func gecosMessage(_ password: [UInt8], candidates: [[UInt8]], user: [UInt8], gecos: [UInt8]) -> String? {
        func tries(_ rawText: [UInt8]) -> Bool { Self.tries(rawText, password, candidates: candidates) }
        if tries(Array(user.prefix(stringLimit))) { return "it is based on your username" }
        let words = gecosWords(Array(gecos.prefix(stringLimit)).map(CBytes.lowercase))
        for word in words where tries(word) { return "it is based upon your password entry" }
        for j in words.indices.dropFirst() {
            for i in 0..<j {
                if tries(words[i] + words[j]) { return "it is derived from your password entry" }
                if tries(words[j] + words[i]) { return "it's derived from your password entry" }
                if tries(words[i].prefix(1) + words[j]) { return "it is derivable from your password entry" }
                if tries(words[j].prefix(1) + words[i]) { return "it's derivable from your password entry" }
            }
        }
        return nil
    }

    /// Splits lowercased GECOS into words as libcrack does, at whitespace and punctuation.
    ///
    /// Separators after the last word leave one empty word, as in libcrack.
    static func gecosWords(_ text: [UInt8]) -> [[UInt8]] {
        func isSkip(_ byte: UInt8) -> Bool { CBytes.isSpace(byte) || CBytes.isPunct(byte) }
        var words: [[UInt8]] = []
        var at = 0
        while at < text.count {
            while at < text.count && isSkip(text[at]) { at += 1 }
            let start = at
            while at < text.count && !isSkip(text[at]) { at += 1 }
            words.append(Array(text[start..<at]))
            if at < text.count { at += 1 }
        }
        return words
    }

    /// `GTry`: whether the password is a disguise of `rawText`.
    ///
    /// - Parameters:
    ///   - rawText: A user name, GECOS word or pair of words.
    ///   - password: The lowercased, trimmed password.
    ///   - candidates: The destructors' results on `password`.
    static func tries(_ rawText: [UInt8], _ password: [UInt8], candidates: [[UInt8]]) -> Bool {
        let length = password.count
        for mangled in candidates {
            if prefixEqual(mangled, rawText, length) || prefixEqual(mangled.reversed(), rawText, length) { return true }
        }
        for rule in CracklibRuleLists.constructors {
            guard let mangled = rule.apply(rawText) else { continue }
            if prefixEqual(mangled, password, length) { return true }
        }
        return false
    }

    /// `strncmp(a, b, count) == 0` for byte strings without NUL.
    static func prefixEqual<A: Collection<UInt8>>(_ a: A, _ b: [UInt8], _ count: Int) -> Bool {
        var index = 0
        for byte in a {
            if index == count { return true }
            if index >= b.count || b[index] != byte { return false }
            index += 1
        }
        return index == count || index == b.count
    }
}
