
/// One problem in a policy file, with its line number.
public struct PolicyDiagnostic: Sendable, Hashable, CustomStringConvertible {
    public enum Kind: String, Sendable {
        /// The file cannot be used as it is.
        case error
        /// Read and kept, but without effect here (e.g. a key only PAM uses).
        case note
    }

    public var line: Int
    public var kind: Kind
    public var message: String

    public var description: String { "line \(line): \(kind.rawValue): \(message)" }
}

/// Reads policy files: pwquality.conf syntax plus Kennwort's own keys.
public enum PolicyFile {
    static let integerKeys: Set<String> = [
        "difok", "minlen", "dcredit", "ucredit", "lcredit", "ocredit", "minclass", "maxrepeat", "maxclassrepeat",
        "maxsequence", "gecoscheck", "dictcheck", "usercheck", "usersubstr", "enforcing", "retry",
    ]
    static let flagKeys: Set<String> = ["enforce_for_root", "local_users_only"]
    static let pamOnlyKeys: Set<String> = ["retry", "enforce_for_root", "local_users_only"]
    static let switchKeys: Set<String> = ["mfa", "personal_data", "breach_check", "blocklist"]
    static let kennwortKeys: Set<String> = [
        "preset", "min_score", "mfa", "personal_data", "breach_check", "blocklist", "min_length_by_classes",
        "min_length_by_classes_mfa", "max_length", "breach_list",
    ]
    /// Every key a policy file may use.
    public static var knownKeys: Set<String> { integerKeys.union(flagKeys).union(kennwortKeys).union(["badwords", "dictpath"]) }

    /// Parses a policy file's text.
    ///
    /// The preset named by `preset` (wherever it stands) is the starting
    /// point; without one, a file is read as a pwquality.conf, on
    /// libpwquality's defaults.
    ///
    /// - Parameter text: The file's contents.
    /// - Returns: The settings and every problem found, with line numbers.
    public static func parse(_ text: String) -> (settings: PolicySettings, diagnostics: [PolicyDiagnostic]) {
        var entries: [(line: Int, key: String, value: String)] = []
        var diagnostics: [PolicyDiagnostic] = []
        // "\r\n" is one Character in Swift, so CRLF files need it named as a separator.
        let lines = text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" }
        for (index, raw) in lines.enumerated() {
            let number = index + 1
            if raw.utf8.count > 1023 {
                diagnostics.append(.init(line: number, kind: .error, message: "line longer than 1023 bytes"))
                continue
            }
            var line = Substring(raw)
            if let hash = line.firstIndex(of: "#") { line = line[..<hash] }
            let trimmed = line.drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed()
            if trimmed.isEmpty { continue }
            let characters = Array(trimmed)
            let name = String(characters.prefix { !$0.isWhitespace && $0 != "=" })
            var rest = characters.dropFirst(name.count).drop { $0.isWhitespace }
            if rest.first == "=" { rest = rest.dropFirst().drop { $0.isWhitespace } }
            entries.append((number, name.lowercased(), String(rest)))
        }
        var settings = PolicySettings.pwqualityDefaults
        var seen: [String: Int] = [:]
        for entry in entries where entry.key == "preset" {
            if let preset = PolicySettings.presets[entry.value.lowercased()] {
                settings = preset
            } else {
                diagnostics.append(.init(line: entry.line, kind: .error, message: "unknown preset \"\(entry.value)\"; use bsi, nist or pwquality"))
            }
        }
        for entry in entries {
            if let first = seen[entry.key] {
                diagnostics.append(.init(line: entry.line, kind: .note, message: "\(entry.key) is set again (first on line \(first)); the last value wins"))
            }
            seen[entry.key] = entry.line
            if let problem = apply(entry.key, entry.value, to: &settings) {
                diagnostics.append(.init(line: entry.line, kind: problem.kind, message: problem.message))
            }
        }
        return (settings, diagnostics.sorted { $0.line < $1.line })
    }

    /// Applies one key; returns a problem to report, if any.
    static func apply(_ key: String, _ value: String, to settings: inout PolicySettings) -> (kind: PolicyDiagnostic.Kind, message: String)? {
        if key == "preset" { return nil }
        if flagKeys.contains(key) {
            settings.pamOnly[key] = value.isEmpty ? "1" : value
            return (.note, "\(key) only has an effect inside PAM (pam_pwquality, pam_kennwort)")
        }
        if integerKeys.contains(key) {
            // A range, not abs(): abs(Int.min) traps, and a policy file is untrusted input.
            guard let number = Int(value), (-Int(Int32.max) + 1..<Int(Int32.max)).contains(number) else {
                return (.error, "\(key) needs a whole number, not \"\(value)\"")
            }
            switch key {
            case "difok": settings.difok = number
            case "minlen": settings.minlen = max(number, 6); settings.pwqualityComposition = true
            case "dcredit": settings.dcredit = number; settings.pwqualityComposition = true
            case "ucredit": settings.ucredit = number; settings.pwqualityComposition = true
            case "lcredit": settings.lcredit = number; settings.pwqualityComposition = true
            case "ocredit": settings.ocredit = number; settings.pwqualityComposition = true
            case "minclass": settings.minclass = min(number, 4); settings.pwqualityComposition = true
            case "maxrepeat": settings.maxrepeat = number
            case "maxclassrepeat": settings.maxclassrepeat = number
            case "maxsequence": settings.maxsequence = number
            case "gecoscheck": settings.gecoscheck = number != 0
            case "dictcheck": settings.dictcheck = number != 0
            case "usercheck": settings.usercheck = number != 0
            case "usersubstr": settings.usersubstr = number
            case "enforcing": settings.enforcing = number != 0
            default:
                settings.pamOnly[key] = value
                return (.note, "\(key) only has an effect inside PAM (pam_pwquality, pam_kennwort)")
            }
            return nil
        }
        switch key {
        case "badwords":
            settings.badwords = value.split(separator: " ").map { $0.lowercased() }
        case "dictpath":
            settings.dictpath = value.isEmpty ? nil : value
        case "breach_list":
            if value.isEmpty { return (.error, "breach_list needs a file path") }
            settings.breachList = value
        case _ where switchKeys.contains(key):
            guard value == "0" || value == "1" else { return (.error, "\(key) must be 0 or 1, not \"\(value)\"") }
            let on = value == "1"
            switch key {
            case "mfa": settings.mfa = on
            case "personal_data": settings.personalData = on
            case "breach_check": settings.breachCheck = on
            default: settings.blocklist = on
            }
        case "min_score":
            guard let score = Int(value), (0...4).contains(score) else { return (.error, "min_score must be 0 to 4, not \"\(value)\"") }
            settings.minimumScore = score
        case "max_length":
            guard let length = Int(value), length >= 0 else { return (.error, "max_length needs a whole number ≥ 0, not \"\(value)\"") }
            settings.maximumLength = length
        case "min_length_by_classes", "min_length_by_classes_mfa":
            let parts = value.split { $0 == "," || $0 == " " }.map { Int($0) }
            guard (1...4).contains(parts.count), parts.allSatisfy({ ($0 ?? -1) >= 0 }) else {
                return (.error, "\(key) needs 1 to 4 lengths for 1, 2, 3 and 4 classes, e.g. \"25,20,12,8\"")
            }
            var table = parts.map { $0! }
            while table.count < 4 { table.append(table.last!) }
            if key == "min_length_by_classes" { settings.minimumLengthByClasses = table } else { settings.minimumLengthByClassesWithMFA = table }
        default:
            return (.error, "unknown key \"\(key)\"")
        }
        return nil
    }

    /// The settings as a policy file that reproduces them.
    public static func render(_ settings: PolicySettings) -> String {
        var lines = ["preset = \(settings.preset)"]
        let table = { (values: [Int]) in values.map(String.init).joined(separator: ",") }
        if !settings.minimumLengthByClasses.isEmpty {
            lines.append("min_length_by_classes = \(table(settings.minimumLengthByClasses))")
        }
        if !settings.minimumLengthByClassesWithMFA.isEmpty {
            lines.append("min_length_by_classes_mfa = \(table(settings.minimumLengthByClassesWithMFA))")
        }
        // libpwquality's length-with-credits rules apply only where the preset or the file asks for them.
        let composition = settings.pwqualityComposition ? "" : "# "
        lines += [
            "mfa = \(settings.mfa ? 1 : 0)",
            "max_length = \(settings.maximumLength)",
            "min_score = \(settings.minimumScore)",
            "personal_data = \(settings.personalData ? 1 : 0)",
            "breach_check = \(settings.breachCheck ? 1 : 0)",
            "blocklist = \(settings.blocklist ? 1 : 0)",
            "difok = \(settings.difok)",
            "\(composition)minlen = \(settings.minlen)",
            "\(composition)dcredit = \(settings.dcredit)",
            "\(composition)ucredit = \(settings.ucredit)",
            "\(composition)lcredit = \(settings.lcredit)",
            "\(composition)ocredit = \(settings.ocredit)",
            "\(composition)minclass = \(settings.minclass)",
            "maxrepeat = \(settings.maxrepeat)",
            "maxclassrepeat = \(settings.maxclassrepeat)",
            "maxsequence = \(settings.maxsequence)",
            "gecoscheck = \(settings.gecoscheck ? 1 : 0)",
            "dictcheck = \(settings.dictcheck ? 1 : 0)",
            "usercheck = \(settings.usercheck ? 1 : 0)",
            "usersubstr = \(settings.usersubstr)",
            "enforcing = \(settings.enforcing ? 1 : 0)",
        ]
        if !settings.badwords.isEmpty { lines.append("badwords = \(settings.badwords.joined(separator: " "))") }
        if let dictpath = settings.dictpath { lines.append("dictpath = \(dictpath)") }
        if let breachList = settings.breachList { lines.append("breach_list = \(breachList)") }
        for (key, value) in settings.pamOnly.sorted(by: { $0.key < $1.key }) {
            // A flag is written bare unless the file gave it a value, which is kept as read.
            let bare = PolicyFile.flagKeys.contains(key) && value == "1"
            lines.append(bare ? "\(key)   # PAM only" : "\(key) = \(value)   # PAM only")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
