/// A packed cracklib dictionary on disk: `PREFIX.pwd`, `PREFIX.pwi` and `PREFIX.hwm`.
public struct CracklibDictionary: Sendable, Hashable, CustomStringConvertible {
    /// The path without the `.pwd`/`.pwi`/`.hwm` suffix.
    public var prefix: String
    /// Words the dictionary must reject; if one passes, the dictionary is damaged.
    public var canaries: [String]

    /// Words every cracklib dictionary holds, Debian's small one included.
    public static let baseCanaries = ["password", "computer", "dragon"]

    /// Names a dictionary by its prefix or by any of its three files.
    ///
    /// - Parameters:
    ///   - path: `/var/cache/cracklib/cracklib_dict` or `…/cracklib_dict.pwd`.
    ///   - canaries: Known-bad words it must reject; the base set by default.
    public init(path: String, canaries: [String] = CracklibDictionary.baseCanaries) {
        var prefix = path
        for suffix in [".pwd", ".pwi", ".hwm"] where prefix.hasSuffix(suffix) {
            prefix.removeLast(suffix.count)
        }
        self.prefix = prefix
        self.canaries = canaries
    }

    /// The dictionary libcrack was built with, usually `/var/cache/cracklib/cracklib_dict`.
    public static var system: CracklibDictionary {
        CracklibDictionary(path: CracklibBinding.defaultPrefix)
    }

    /// The files that must exist for the dictionary to open.
    var requiredFiles: [String] { [prefix + ".pwd", prefix + ".pwi"] }

    public var description: String { prefix }
}
