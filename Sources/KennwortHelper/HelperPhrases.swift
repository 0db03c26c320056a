import Glibc
import Kennwort

/// What the helper says, in German or English. Finding texts come from ``AdviceCatalog``.
enum HelperPhrases {
    /// `advise`: nothing for a good password; otherwise at most three short lines.
    ///
    /// - Parameters:
    ///   - assessment: The verdict on the password just used to log in.
    ///   - language: The language.
    /// - Returns: The lines, empty when the password is fine.
    static func advice(for assessment: Assessment, _ language: Language) -> [String] {
        if assessment.findings.contains(where: { $0.code == .breachFound }) {
            return [language == .de
                ? "Ihr Passwort steht in einer Liste geleakter Passwörter – bitte ändern Sie es mit passwd."
                : "Your password is in a list of leaked passwords – please change it with passwd."]
        }
        // Nothing to say about input that cannot be judged (e.g. empty): that is not the user's password.
        guard let reason = assessment.reasons.first, reason.rule != "input" else { return [] }
        let message = AdviceCatalog.message(for: reason.code, in: language)
        var lines = [language == .de
            ? "Ihr Passwort ist schwach: \(message) Bitte ändern Sie es mit passwd."
            : "Your password is weak: \(message) Please change it with passwd."]
        if let tip = AdviceCatalog.advice(for: reason.code, in: language) { lines.append(tipLabel(language) + tip) }
        return lines
    }

    /// `enforce`: each reason and, once each, what to do instead; nothing when accepted.
    ///
    /// - Parameters:
    ///   - assessment: The verdict.
    ///   - language: The language.
    /// - Returns: The lines.
    static func verdict(for assessment: Assessment, _ language: Language) -> [String] {
        guard !assessment.accepted else { return [] }
        let label = language == .de ? "Passwort abgelehnt: " : "Password rejected: "
        var lines = assessment.reasons.map { label + AdviceCatalog.message(for: $0.code, in: language) }
        var tips: [String] = []
        for reason in assessment.reasons {
            if let tip = AdviceCatalog.advice(for: reason.code, in: language), !tips.contains(tip) { tips.append(tip) }
        }
        lines += tips.map { tipLabel(language) + $0 }
        return lines
    }

    private static func tipLabel(_ language: Language) -> String {
        language == .de ? "Tipp: " : "Tip: "
    }

    /// `--print-pam-config`: a working pam.d snippet for each integration.
    ///
    /// - Parameters:
    ///   - helper: The helper's absolute path.
    ///   - module: The PAM module's file name or path.
    /// - Returns: The text.
    static func pamConfig(helper: String, module: String) -> String {
        """
        # kennwort-helper and pam_kennwort.so: lines for /etc/pam.d/ (nothing is changed for you).

        # 1. Advice after login: the auth phase checks the password just typed and prints
        #    a hint when it is weak or leaked. Never blocks a login. Add after pam_unix.so
        #    in /etc/pam.d/common-auth (or one service's file):
        auth    optional    pam_exec.so quiet stdout expose_authtok \(helper) advise

        # 2. Argon2 password store for one service (e.g. /etc/pam.d/myservice). The store
        #    holds user:$argon2id$... lines (make them with `kennwort hash`), owned by root,
        #    mode 0600:
        auth    requisite   pam_exec.so quiet expose_authtok \(helper) verify --store /etc/kennwort/passwords
        account required    pam_permit.so

        # 3. Enforce the policy on password changes (passwd): in /etc/pam.d/common-password,
        #    before pam_unix.so, and give pam_unix.so use_authtok so it takes the checked password:
        password requisite  \(module) retry=3
        password [success=1 default=ignore] pam_unix.so obscure use_authtok try_first_pass yescrypt
        #    Options: retry=N, policy=NAME|FILE, lang=de|en, enforce_for_root, debug,
        #    helper=PATH (default /usr/local/libexec/kennwort/kennwort-helper).

        # 4. Login scripts: exit 0 accepted, 1 rejected, reasons on stdout.
        #    printf '%s' "$PW" | \(helper) enforce --user "$USER"

        """
    }

    /// The running executable's absolute path, for the snippets.
    static var executablePath: String {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let length = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        guard length > 0 else { return "/usr/local/libexec/kennwort/kennwort-helper" }
        return String(decoding: buffer[0..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
