/// sysexits(3) codes used by Kennwort's programs, plus 0 and 1 for verdicts.
///
/// Shared by the `kennwort` CLI and `kennwort-helper`, so an error means the
/// same exit status in both.
public enum ExitStatus {
    /// Accepted, or the password matches.
    public static let accepted: Int32 = 0
    /// Rejected, or the password does not match.
    public static let rejected: Int32 = 1
    /// The command line is wrong.
    public static let usage: Int32 = 64
    /// The input or a data file is malformed.
    public static let dataError: Int32 = 65
    /// A file needed is missing or cannot be opened.
    public static let noInput: Int32 = 66
    /// An internal error, or a crash.
    public static let software: Int32 = 70
    /// A cache or output file cannot be written.
    public static let cannotCreate: Int32 = 73
    /// A time limit was reached (`kennwort-helper`'s alarm).
    public static let temporaryFailure: Int32 = 75
    /// A file is refused because of its owner or mode.
    public static let noPermission: Int32 = 77
    /// The configuration is wrong.
    public static let config: Int32 = 78

    /// The exit status for an error code.
    ///
    /// - Parameter code: The error's code.
    /// - Returns: The sysexits(3) status.
    public static func forError(_ code: KennwortError.Code) -> Int32 {
        switch code {
        case .dataMissing, .dataCorrupt, .inputUnreadable: noInput
        case .dataInvalid: dataError
        case .inputMalformed: dataError
        case .dataWriteFailed: cannotCreate
        case .configInvalid: config
        case .permissionRefused: noPermission
        case .hashComputationFailed: software
        case .passwordUnusable: dataError
        case let code where code.rawValue.hasPrefix("hash."): dataError
        default: software
        }
    }
}
