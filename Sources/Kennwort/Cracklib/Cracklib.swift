/// Checks passwords the way libcrack2 does and reports stable finding codes.
///
/// Two engines give the same verdicts. `.native` (the default) runs
/// libcrack's `FascistLookUser` logic in Swift over a memory-mapped table of
/// the dictionary's words: no lock, no syscalls, any number of threads.
/// `.libcrack` calls libcrack itself, serialized through one process-wide
/// lock, because libcrack is not thread-safe and keeps one open dictionary
/// per process; it stays the reference the tests compare against. Either
/// way the user and GECOS strings are capped first (CVE-2016-6318), and the
/// calling uid's passwd entry is never consulted.
public struct Cracklib: Sendable {
    /// Which implementation judges passwords.
    public enum Engine: String, Sendable, CaseIterable {
        /// Kennwort's reimplementation over a word table; thread-safe and fast.
        case native
        /// libcrack2's `FascistLookUser`, one call at a time.
        case libcrack
    }

    /// The most bytes of a user name passed to cracklib.
    public static let userByteLimit = 255
    /// The most bytes of GECOS passed to cracklib.
    public static let gecosByteLimit = 128
    /// The most GECOS words passed to cracklib; its cost grows with their square.
    public static let gecosWordLimit = 16

    /// The dictionary used for every check.
    public let dictionary: CracklibDictionary
    /// The implementation in use.
    public let engine: Engine
    private let table: CracklibWordTable?

    /// Makes a checker and proves its dictionary works: each canary word must be rejected.
    ///
    /// With the native engine this loads the dictionary's word table, building
    /// it first if needed (a fraction of a second, once per dictionary).
    ///
    /// - Parameters:
    ///   - dictionary: The packed dictionary to use.
    ///   - engine: `.native` (default) or `.libcrack`.
    /// - Throws: `KennwortError` `.dataMissing` or `.dataCorrupt` naming the path.
    public init(dictionary: CracklibDictionary, engine: Engine = .native) throws(KennwortError) {
        self.dictionary = dictionary
        self.engine = engine
        switch engine {
        case .libcrack:
            table = nil
            // The word table is not used for lookups here, but building (or finding) it
            // checks the whole dictionary once, which libcrack's canaries alone cannot.
            let table = try CracklibWordTableBuilder.table(for: dictionary)
            try CracklibEngine.shared.withDictionary(dictionary) { _ in }
            if !table.verifiedBefore { table.recordVerified(canaries: dictionary.canaries) }
        case .native:
            let table = try CracklibWordTableBuilder.table(for: dictionary)
            self.table = table
            // Each canary is a word of the dictionary: the table must hold it, as FindPW finds it.
            // Looked up when the table passed its checksum now; its record vouches for both after.
            if !table.verifiedBefore {
                if let canary = dictionary.canaries.first(where: { !table.contains(Array($0.utf8)) }) {
                    throw KennwortError(
                        .dataCorrupt,
                        "cracklib dictionary accepts the known-bad word \"\(canary)\"; it is damaged or incomplete",
                        path: dictionary.prefix)
                }
                table.recordVerified(canaries: dictionary.canaries)
            }
        }
    }

    /// Checks one password.
    ///
    /// - Parameters:
    ///   - password: The password's bytes, without NUL (cracklib would stop there).
    ///   - user: The account name, or `nil`; it is capped to ``userByteLimit``.
    ///   - gecos: The GECOS text (real name and more), or `nil`; it is capped.
    /// - Returns: The finding, or `nil` when cracklib has no objection.
    /// - Throws: `KennwortError` when the dictionary cannot be used.
    public func check(_ password: SecretBytes, user: String? = nil, gecos: String? = nil) throws(KennwortError) -> Finding? {
        precondition(!password.containsNUL, "cracklib would truncate at NUL; reject such input first")
        let user = Self.cap(user ?? "", bytes: Self.userByteLimit)
        let gecos = Self.capGecos(gecos ?? "")
        let message: String?
        if let table {
            message = password.withUnsafeBytes { bytes in
                CracklibLook.look(Array(bytes), user: Array(user.utf8), gecos: Array(gecos.utf8), isWord: table.contains)
            }
        } else {
            message = try CracklibEngine.shared.withDictionary(dictionary) { handle in
                CracklibBinding.look(handle, password: password, user: user, gecos: gecos)
            }
        }
        return message.map { Finding(Self.code(forMessage: $0)) }
    }

    /// Maps one of cracklib's untranslated messages to its stable code.
    ///
    /// - Parameter message: A message from libcrack 2.9.6, in the C locale.
    /// - Returns: Its code; `cracklib.other` for a message this version does not know.
    static func code(forMessage message: String) -> FindingCode {
        messageCodes[message] ?? .cracklibOther
    }

    private static let messageCodes: [String: FindingCode] = [
        "it is based on a dictionary word": .cracklibDictionaryWord,
        "it is based on a (reversed) dictionary word": .cracklibReversedDictionaryWord,
        "it is WAY too short": .cracklibWayTooShort,
        "it is too short": .cracklibTooShort,
        "it is all whitespace": .cracklibAllWhitespace,
        "it does not contain enough DIFFERENT characters": .cracklibTooFewDifferent,
        "it is too simplistic/systematic": .cracklibTooSimple,
        "it looks like a National Insurance number.": .cracklibLooksLikeID,
        "it is based on your username": .cracklibBasedOnUser,
        "it is based upon your password entry": .cracklibBasedOnUserInfo,
        "it is derived from your password entry": .cracklibBasedOnUserInfo,
        "it's derived from your password entry": .cracklibBasedOnUserInfo,
        "it is derivable from your password entry": .cracklibBasedOnUserInfo,
        "it's derivable from your password entry": .cracklibBasedOnUserInfo,
    ]

    /// Cuts `text` to at most `bytes` UTF-8 bytes, at a character boundary.
    static func cap(_ text: String, bytes: Int) -> String {
        var result = ""
        var used = 0
        for character in text {
            let size = character.utf8.count
            if used + size > bytes { break }
            result.append(character)
            used += size
        }
        return result.filter { $0 != "\0" }
    }

    /// Keeps the first ``gecosWordLimit`` words of GECOS within ``gecosByteLimit`` bytes.
    static func capGecos(_ gecos: String) -> String {
        // cracklib splits GECOS at whitespace and punctuation; so do we, to count words.
        let words = gecos.split { $0.isWhitespace || $0.isPunctuation || $0.isSymbol }
        let kept = words.prefix(gecosWordLimit).joined(with: " ")
        return cap(kept, bytes: gecosByteLimit)
    }
}
