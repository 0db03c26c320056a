
/// A named set of rules: a preset or a policy file.
public struct Policy: Sendable {
    /// `bsi`, `nist`, `pwquality`, or the file's path.
    public var name: String
    /// The effective settings.
    public var settings: PolicySettings

    /// The system-wide policy file, used by default when it exists.
    public static let systemFile = "/etc/kennwort/policy.conf"
    /// libpwquality's configuration, read by the `pwquality` preset.
    public static let pwqualityFile = "/etc/security/pwquality.conf"

    public init(name: String, settings: PolicySettings) {
        self.name = name
        self.settings = settings
    }

    /// A preset by name, or a policy file by path.
    ///
    /// `pwquality` reads `/etc/security/pwquality.conf` and then
    /// `/etc/security/pwquality.conf.d/*.conf`, as libpwquality does.
    ///
    /// - Parameter nameOrPath: `bsi`, `nist`, `pwquality`, or a file.
    /// - Returns: The policy.
    /// - Throws: `KennwortError` `.configInvalid` naming the file and line, or `.dataMissing`.
    public static func load(_ nameOrPath: String) throws(KennwortError) -> Policy {
        switch nameOrPath {
        case "bsi": return Policy(name: "bsi", settings: .bsi)
        case "nist": return Policy(name: "nist", settings: .nist)
        case "pwquality":
            // As before with Foundation: a file that is missing or not UTF-8 counts as empty.
            func read(_ path: String) -> String { FileChecks.contents(path).flatMap { String(validating: $0, as: UTF8.self) } ?? "" }
            var text = read(pwqualityFile)
            let directory = pwqualityFile + ".d"
            for file in (FileChecks.names(in: directory) ?? []).filter({ $0.hasSuffix(".conf") }).sorted() {
                text += "\n" + read(directory + "/" + file)
            }
            return try fromText(text, name: "pwquality", path: pwqualityFile)
        default:
            guard let data = FileChecks.contents(nameOrPath, limit: (1 << 20) + 1) else {
                throw KennwortError(.dataMissing, "policy file not found or not readable (presets: bsi, nist, pwquality)", path: nameOrPath)
            }
            guard data.count <= 1 << 20 else {
                throw KennwortError(.configInvalid, "policy file is larger than 1 MiB", path: nameOrPath)
            }
            guard let text = String(validating: data, as: UTF8.self) else {
                throw KennwortError(.configInvalid, "policy file is not UTF-8 text", path: nameOrPath)
            }
            return try fromText(text, name: nameOrPath, path: nameOrPath)
        }
    }

    /// The default: `/etc/kennwort/policy.conf` when it exists, else `bsi`.
    public static func standard() throws(KennwortError) -> Policy {
        // An unreadable file is an error, not a reason to fall back: load(_:) says so.
        FileChecks.exists(systemFile) ? try load(systemFile) : Policy(name: "bsi", settings: .bsi)
    }

    static func fromText(_ text: String, name: String, path: String) throws(KennwortError) -> Policy {
        let parsed = PolicyFile.parse(text)
        if let error = parsed.diagnostics.first(where: { $0.kind == .error }) {
            throw KennwortError(.configInvalid, "invalid policy (\(error)); run `kennwort policy lint` for every problem", path: path)
        }
        return Policy(name: name, settings: parsed.settings)
    }
}
