import FuzzSupport
import Kennwort

/// Fuzzes what `kennwort-helper` is given: its framed stdin, `PAM_USER` and helper.conf.
///
/// The input is split at the first two 0xFF bytes into the bytes on standard input
/// (`new\0old\0`, as pam_kennwort.so writes them), the `PAM_USER` value (pam_exec passes
/// it unchecked, newlines included) and the configuration file's text. Invariants: the
/// framed split accepts exactly two NUL-terminated fields and never keeps a password
/// over the limit; an accepted user name has no whitespace, control character, `:` or `/`;
/// every error carries an input or config code. Then the accepted password is judged by
/// the estimator alone (cracklib is process-global; the checker fuzz target covers the rest).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzHelper(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = Fuzz.bytes(data, size)
    let parts = bytes.split(separator: 0xFF, maxSplits: 2, omittingEmptySubsequences: false).map { Array($0) }
    let stdin = parts[0]
    let user = parts.count > 1 ? String(decoding: parts[1], as: UTF8.self) : nil
    let config = parts.count > 2 ? String(decoding: parts[2], as: UTF8.self) : ""

    let nulCount = stdin.filter { $0 == 0 }.count
    let wellFormed = nulCount == 2 && stdin.last == 0
    switch framed(stdin) {
    case .success(let (new, old)):
        Fuzz.require(wellFormed, "accepted framing without exactly two NUL-terminated fields")
        switch new {
        case .secret(let secret):
            Fuzz.require(secret.count <= HelperRequest.passwordLimit, "kept a password over the limit")
            if secret.count > 0 { _ = estimator.estimate(secret) }
        case .tooLong:
            Fuzz.require(stdin.firstIndex(of: 0)! > HelperRequest.passwordLimit, "a short password reported too long")
        default:
            Fuzz.require(false, "unexpected input state \(new)")
        }
        if let old { Fuzz.require(old.count > 0, "an empty old password was kept") }
    case .failure(let error):
        Fuzz.require(error.code == .inputMalformed, "framing error with code \(error.code)")
        Fuzz.require(!wellFormed, "refused well-formed framing")
    }

    do {
        if let name = try HelperRequest.user(option: nil, environment: user.map { ["PAM_USER": $0] } ?? [:]) {
            Fuzz.require(
                !name.isEmpty && !name.unicodeScalars.contains { $0.properties.isWhitespace || $0.value < 0x20 || $0 == ":" || $0 == "/" },
                "accepted an unsafe user name")
        }
    } catch {
        Fuzz.require(error.code == .inputMalformed, "user error with code \(error.code)")
    }

    do {
        _ = try HelperRequest.language(config: config, path: "helper.conf")
    } catch {
        Fuzz.require(error.code == .configInvalid, "config error with code \(error.code)")
    }
    return 0
}

/// The framed split, as a `Result` (typed throws through a closure).
func framed(_ bytes: [UInt8]) -> Result<(new: SecretInput, old: SecretBytes?), KennwortError> {
    bytes.withUnsafeBytes { raw in Result { () throws(KennwortError) in try HelperRequest.framedPasswords(raw) } }
}

let estimator = PasswordEstimator(index: InMemoryDictionary(words: ["passwort", "hallo", "sommer", "schalke"], category: .germanWords))
