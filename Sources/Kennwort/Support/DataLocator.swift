import Glibc

/// Finds the files Kennwort ships, such as `wordlists/`.
public enum DataLocator {
    /// The path of the running executable, from `/proc/self/exe`.
    static var executablePath: String? {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: Int(PATH_MAX)) { buffer in
            let length = readlink("/proc/self/exe", buffer.baseAddress!, buffer.count)
            guard length > 0, length < buffer.count else { return nil }
            return String(decoding: buffer[0..<length], as: UTF8.self)
        }
    }

    /// The places searched for `wordlists/`, in order.
    ///
    /// Next to the executable (`../share/kennwort/wordlists`, or `../../share/…` for
    /// the helper in `libexec/kennwort`), then each parent
    /// of the executable's folder (a source checkout, whose build output lives
    /// inside it), then `/usr/local/share/kennwort` and `/usr/share/kennwort`.
    public static var wordlistCandidates: [String] {
        var candidates: [String] = []
        if let executable = executablePath {
            var folder = parent(of: executable)
            candidates.append(parent(of: folder) + "/share/kennwort/wordlists")
            // kennwort-helper lives one level deeper, in PREFIX/libexec/kennwort.
            candidates.append(parent(of: parent(of: folder)) + "/share/kennwort/wordlists")
            for _ in 0..<6 where folder != "/" {
                candidates.append(folder + "/wordlists")
                folder = parent(of: folder)
            }
        }
        candidates.append("/usr/local/share/kennwort/wordlists")
        candidates.append("/usr/share/kennwort/wordlists")
        return candidates
    }

    /// The first `wordlists/` folder that holds Kennwort's README.
    ///
    /// - Returns: Its path, or `nil` when none of ``wordlistCandidates`` has one.
    public static func wordlistsDirectory() -> String? {
        wordlistCandidates.first { FileChecks.isReadableFile($0 + "/README.md") }
    }

    static func parent(of path: String) -> String {
        // By UTF-8 byte, not by Character: no grapheme breaking on every start of the PAM helper.
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return "." }
        let result = String(path[..<slash])
        return result.isEmpty ? "/" : result
    }
}
