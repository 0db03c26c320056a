/// A packed cracklib dictionary on disk: `PREFIX.pwd`, `PREFIX.pwi` and `PREFIX.hwm`.
public struct CracklibDictionary: Sendable, Hashable, CustomStringConvertible {
    /// The path without the `.pwd`/`.pwi`/`.hwm` suffix.
    public var prefix: String
    /// Words the dictionary must hold (and so reject); if one is missing, the dictionary is damaged.
    public var canaries: [String]
    /// Where its word table is kept (see ``withWordTable(in:)``); `nil` keeps the table in memory.
    public var wordTable: String?

    /// Words every cracklib dictionary holds, Debian's small one included.
    public static let baseCanaries = ["password", "computer", "dragon"]

    /// Names a dictionary by its prefix or by any of its three files.
    ///
    /// - Parameters:
    ///   - path: `/var/cache/cracklib/cracklib_dict` or `…/cracklib_dict.pwd`.
    ///   - canaries: Known-bad words it must reject; the base set by default.
    ///   - wordTable: Where to keep its word table; see ``wordTable``.
    public init(path: String, canaries: [String] = CracklibDictionary.baseCanaries, wordTable: String? = nil) {
        var prefix = path
        for suffix in [".pwd", ".pwi", ".hwm"] where prefix.hasSuffix(suffix) {
            prefix.removeLast(suffix.count)
        }
        self.prefix = prefix
        self.canaries = canaries
        self.wordTable = wordTable
    }

    /// The dictionary libcrack was built with, usually `/var/cache/cracklib/cracklib_dict`.
    public static var system: CracklibDictionary {
        CracklibDictionary(path: CracklibBinding.defaultPrefix)
    }

    /// The same dictionary with its word table kept in `directory`, named after its path.
    ///
    /// The table is built on first use and rebuilt when the dictionary's files change.
    ///
    /// - Parameter directory: A cache folder, e.g. ``DictionaryCache/defaultDirectory(environment:)``.
    /// - Returns: The dictionary with ``wordTable`` set.
    public func withWordTable(in directory: String) -> CracklibDictionary {
        var copy = self
        let hex = String(CracklibWordTable.hash(Array(prefix.utf8)), radix: 16)
        copy.wordTable = directory + "/cracklib-" + String(repeating: "0", count: 16 - hex.count) + hex + ".kwc"
        return copy
    }

    /// The files that must exist for the dictionary to open.
    var requiredFiles: [String] { [prefix + ".pwd", prefix + ".pwi"] }

    public var description: String { prefix }
}
