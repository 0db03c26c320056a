/// An error from Kennwort: a stable code, a message and, when one is involved, a path.
///
/// A rejected or wrong password is never an error; it is a result. Errors
/// are for what stops a check from running: a missing dictionary, unreadable
/// input, a malformed hash. Messages never contain a password.
public struct KennwortError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A stable, extensible error code.
    public struct Code: RawRepresentable, Sendable, Hashable, CustomStringConvertible {
        public var rawValue: String
        public init(rawValue: String) { self.rawValue = rawValue }
        public var description: String { rawValue }

        /// A dictionary, list or data file is not there or cannot be opened.
        public static let dataMissing = Code(rawValue: "data.missing")
        /// A dictionary or data file is there but damaged.
        public static let dataCorrupt = Code(rawValue: "data.corrupt")
        /// A data file given for reading (e.g. a breach list) is damaged: a data error (exit 65).
        public static let dataInvalid = Code(rawValue: "data.invalid")
        /// Building or writing a dictionary or data file failed.
        public static let dataWriteFailed = Code(rawValue: "data.write-failed")
        /// The password input could not be read.
        public static let inputUnreadable = Code(rawValue: "input.unreadable")
        /// The input has the wrong shape, e.g. several lines where one was expected.
        public static let inputMalformed = Code(rawValue: "input.malformed")
        /// A configuration value is wrong.
        public static let configInvalid = Code(rawValue: "config.invalid")
        /// A file is refused because of its owner or permissions, e.g. a password store others can read.
        public static let permissionRefused = Code(rawValue: "permission.refused")
        /// Something that should not happen did.
        public static let internalFailure = Code(rawValue: "internal")

        /// Matches an error against a code, for `catch` patterns.
        public static func ~= (code: Code, error: any Error) -> Bool {
            (error as? KennwortError)?.code == code
        }
    }

    /// What went wrong, as a stable code.
    public var code: Code
    /// A short English explanation for diagnostics.
    public var message: String
    /// The file involved, if any.
    public var path: String?

    /// Makes an error.
    ///
    /// - Parameters:
    ///   - code: The stable code.
    ///   - message: A short explanation; never include a password.
    ///   - path: The file involved, if any.
    public init(_ code: Code, _ message: String, path: String? = nil) {
        self.code = code
        self.message = message
        self.path = path
    }

    public var description: String {
        if let path { return "\(message): \(path)" }
        return message
    }
}
