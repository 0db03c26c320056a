// kennwort-helper: Kennwort for PAM and login scripts. See `kennwort-helper --help`.
//
// Small and fast to start (no ArgumentParser, one static executable), hardened before
// it reads a secret (Hygiene.swift), and fail-closed: in enforce and verify every
// error is a non-zero exit; advise always exits 0.
import Glibc
import Kennwort

/// Runs the helper and returns its exit status; secrets are released before it returns.
func runHelper() -> Int32 {
    let options: HelperOptions
    do {
        options = try HelperOptions(Array(CommandLine.arguments.dropFirst()))
    } catch {
        Output.error(error.message)
        return ExitStatus.usage
    }
    guard let mode = options.mode else {
        switch options.request {
        case .version: Output.lines(["kennwort-helper \(Kennwort.version)"])
        case .printPamConfig:
            Output.lines([HelperPhrases.pamConfig(helper: HelperPhrases.executablePath, module: "pam_kennwort.so")])
        default: Output.lines([HelperOptions.help])
        }
        return ExitStatus.accepted
    }
    let advisory = mode == .advise
    guard Hygiene.install(advisory: advisory) else {
        return fail(KennwortError(.internalFailure, "cannot harden the process (umask, core dumps, signals)"), advisory: advisory)
    }
    do throws(KennwortError) {
        // Read first: a writer such as pam_exec must never meet a closed pipe.
        let passwords = try HelperInput.passwords(format: options.stdinFormat)
        let language: Language
        if let chosen = options.language { language = chosen } else { language = try HelperConfig(path: options.config).language ?? .de }
        if options.testCrash { Hygiene.crash() }
        let user = try HelperInput.user(option: options.user)
        let modes = HelperModes(options: options, language: language)
        let result = mode == .verify ? try modes.verify(passwords, user: user) : try modes.judge(passwords, user: user)
        Output.lines(result.lines)
        return result.status
    } catch {
        return fail(error, advisory: advisory)
    }
}

/// Reports an error to syslog, and to stderr unless advising; returns the exit status.
///
/// - Parameters:
///   - error: The error; its text never holds a password.
///   - advisory: `true` in advise mode, which never fails a login: exit 0 and no output.
/// - Returns: The exit status.
func fail(_ error: KennwortError, advisory: Bool) -> Int32 {
    Hygiene.log("\(error.code): \(error)")
    if advisory { return ExitStatus.accepted }
    Output.error("\(error) [\(error.code)]")
    return ExitStatus.forError(error.code)
}

exit(runHelper())
