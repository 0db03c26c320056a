import Kennwort

/// The helper's command line, parsed by hand: no ArgumentParser, for a fast start.
struct HelperOptions {
    /// What the helper does.
    enum Mode: String {
        case advise, enforce, verify
    }

    /// How the password arrives on standard input.
    enum StdinFormat: String {
        /// One password, with or without a final newline (pam_exec, scripts).
        case raw
        /// `new\0old\0`, as pam_kennwort.so writes it; the old password may be empty.
        case pam
    }

    /// What the command line asks for besides a mode.
    enum Request {
        case run(Mode), help, version, printPamConfig
    }

    var request: Request = .help
    var user: String?
    var policy: String?
    var language: Language?
    var dictionary: String?
    var breachList: String?
    var store: String?
    var stdinFormat = StdinFormat.raw
    /// `enforce`: run every rule, not only up to the first that rejects.
    var allReasons = false
    var config = HelperConfig.defaultPath
    var testCrash = false

    var mode: Mode? {
        if case .run(let mode) = request { return mode }
        return nil
    }

    /// Parses the arguments after the program name.
    ///
    /// - Parameter arguments: The arguments; the helper's never hold a password.
    /// - Throws: `KennwortError` `.configInvalid` naming the bad argument (exit 64).
    init(_ arguments: [String]) throws(KennwortError) {
        var rest = arguments[...]
        func value(_ name: String) throws(KennwortError) -> String {
            guard let next = rest.popFirst() else { throw Self.usage("\(name) needs a value") }
            return next
        }
        var sawMode = false
        while let argument = rest.popFirst() {
            switch argument {
            case "advise", "enforce", "verify":
                guard !sawMode else { throw Self.usage("only one mode may be given") }
                request = .run(Mode(rawValue: argument)!)
                sawMode = true
            case "-h", "--help", "help": request = .help; return
            case "--version": request = .version; return
            case "--print-pam-config": request = .printPamConfig; return
            case "--user": user = try value(argument)
            case "--policy": policy = try value(argument)
            case "--dict": dictionary = try value(argument)
            case "--breach-list": breachList = try value(argument)
            case "--store": store = try value(argument)
            case "--config": config = try value(argument)
            case "--lang":
                let text = try value(argument)
                guard let parsed = Language(rawValue: text) else { throw Self.usage("--lang must be de or en") }
                language = parsed
            case "--stdin-format":
                let text = try value(argument)
                guard let parsed = StdinFormat(rawValue: text) else { throw Self.usage("--stdin-format must be raw or pam") }
                stdinFormat = parsed
            case "--all-reasons": allReasons = true
            case "--test-crash": testCrash = true
            default: throw Self.usage("unknown argument '\(argument.prefix(40))'")
            }
        }
        guard sawMode else { throw Self.usage("a mode is required: advise, enforce or verify") }
        if mode == .verify && store == nil { throw Self.usage("verify needs --store FILE") }
        if mode != .verify && store != nil { throw Self.usage("--store is only for verify") }
        if mode != .enforce && allReasons { throw Self.usage("--all-reasons is only for enforce") }
    }

    static func usage(_ message: String) -> KennwortError {
        KennwortError(.configInvalid, message + " (see kennwort-helper --help)")
    }

    static let help = """
        kennwort-helper: Kennwort for PAM and login scripts. Small, fast, fails closed.

        Usage:
          kennwort-helper advise  [--user NAME] [options]   < password
          kennwort-helper enforce [--user NAME] [options]   < password
          kennwort-helper verify  --store FILE [--user NAME] < password
          kennwort-helper --print-pam-config

        Modes:
          advise    For the auth phase (pam_exec optional, stdout, expose_authtok). Checks
                    the password just used to log in against the policy and the breach list
                    and prints short advice when it is weak or leaked. Always exits 0.
          enforce   For login scripts and pam_kennwort.so. Exit 0 accepted, 1 rejected,
                    with the reasons and advice on stdout. Like pam_pwquality it stops at
                    the first rules that reject (cheap ones first: length, composition,
                    old password, personal data; then the breach list, the estimator,
                    cracklib); --all-reasons runs every rule, as `kennwort check` does.
                    The verdict is the same either way.
          verify    For the auth phase. Checks the password against the user's Argon2 hash
                    in FILE, lines of user:$argon2id$... The file must be a regular file
                    owned by root with mode 0600, or it is refused.

        The password comes from standard input: one line, a final newline optional (as
        pam_exec sends it), at most 4096 bytes. Never pass it as an argument.
        It works offline only and never opens a network connection.
        The user comes from --user, else PAM_USER; names with spaces, control characters,
        ':' or '/' are refused.

        Options:
          --user NAME          the account (checked against the name and its GECOS)
          --policy NAME|FILE   bsi, nist, pwquality or a policy file
                               (default: /etc/kennwort/policy.conf when it exists, else bsi)
          --lang de|en         language of the messages; default: lang = in
                               /etc/kennwort/helper.conf, else de (PAM gives no LANG)
          --config FILE        the helper's settings instead of /etc/kennwort/helper.conf
          --dict PATH          a packed cracklib dictionary instead of Kennwort's own
          --breach-list FILE   a breach list instead of the policy's or the default one
          --stdin-format raw|pam
                               raw (default): one password; pam: "new\\0old\\0", as
                               pam_kennwort.so writes it (the old one may be empty)
          --all-reasons        enforce: run every rule and report every reason
          --print-pam-config   print pam.d lines for each integration
          --version, --help

        Exit codes: 0 accepted or match; 1 rejected, no match or unknown user; 64 usage;
        65 malformed input, store or hash; 66 data missing (policy, dictionary, store);
        70 internal error or crash; 75 time limit (10 s) reached; 77 store refused (owner
        or mode); 78 bad configuration. advise exits 0 whatever happens; its errors go to
        syslog (authpriv).

        Examples:
          printf '%s' "$PW" | kennwort-helper enforce --user anna --lang en
          kennwort-helper --print-pam-config
        """
}

/// `/etc/kennwort/helper.conf`: the helper's own settings, `key = value` lines.
///
/// Only `lang = de|en` so far; `#` starts a comment. PAM gives the helper no
/// LANG, so this is where an administrator sets the language.
struct HelperConfig {
    static let defaultPath = "/etc/kennwort/helper.conf"

    var language: Language?

    /// Reads the file; a missing file is an empty configuration.
    ///
    /// - Parameter path: The file.
    /// - Throws: `KennwortError` `.configInvalid` for an unknown key or a bad value.
    init(path: String) throws(KennwortError) {
        guard let text = try TextFile.read(path, limit: 65_536) else { return }
        language = try HelperRequest.language(config: text, path: path)
    }
}
