import Glibc

/// What writers killed mid-way (`kill -9`, a crash, power loss) leave behind.
///
/// Every file Kennwort writes goes to a temporary name holding the writer's PID,
/// is synced, then renamed over the destination, so a destination is always the
/// old file or the whole new one. A killed writer leaves only its temporary; the
/// next writer in the same folder removes it once that PID is gone.
enum StaleFiles {
    /// Removes the entries of `folder` named `prefix` + PID (+ anything) whose PID no longer runs.
    ///
    /// - Parameters:
    ///   - folder: The folder to tidy.
    ///   - prefixes: The temporary names' beginnings, e.g. `list.kwb.tmp-`.
    static func removeLeftovers(in folder: String, prefixes: [String]) {
        guard let names = FileChecks.names(in: folder) else { return }
        for name in names {
            for prefix in prefixes where name.hasPrefix(prefix) {
                let digits = name.dropFirst(prefix.count).prefix { $0.isASCII && $0.isNumber }
                guard let pid = Int32(digits), pid > 0, pid != getpid() else { continue }
                if kill(pid, 0) == -1 && errno == ESRCH {
                    FileWrites.removeTree(folder + "/" + name)
                }
            }
        }
    }

    /// The folder and the file name of a path.
    static func split(_ path: String) -> (folder: String, name: String) {
        guard let slash = path.lastIndex(of: "/") else { return (".", path) }
        let folder = String(path[..<slash])
        return (folder.isEmpty ? "/" : folder, String(path[path.index(after: slash)...]))
    }
}

/// `errno` as words, e.g. "No space left on device (errno 28)", for error messages.
func describeErrno(_ code: Int32 = errno) -> String {
    "\(String(cString: strerror(code))) (errno \(code))"
}
