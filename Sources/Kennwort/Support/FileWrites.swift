import Glibc

/// Writing and removing files with plain system calls.
///
/// The library does without Foundation: linking FoundationEssentials (and the Dispatch it
/// brings) into the static kennwort-helper cost every login its start-up work.
enum FileWrites {
    /// Writes a file so that readers see the old file or the whole new one.
    ///
    /// The bytes go to a temporary name holding the PID (see ``StaleFiles``), are synced,
    /// then renamed over `path`. Missing parent folders are created.
    ///
    /// - Parameters:
    ///   - bytes: The contents.
    ///   - path: The destination.
    ///   - what: What the file is, for the error message (e.g. "the word table").
    /// - Throws: `KennwortError` `.dataWriteFailed` naming the path.
    static func write(_ bytes: [UInt8], to path: String, what: String) throws(KennwortError) {
        let (folder, name) = StaleFiles.split(path)
        // Failures show up at the file's creation.
        _ = makeDirectories(folder)
        StaleFiles.removeLeftovers(in: folder, prefixes: [name + ".tmp-"])
        let temporary = path + ".tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        let written = Result { () throws(KennwortError) in
            let file = try OutputFile(path: temporary)
            try file.write(bytes)
            try file.sync()
            try file.close()
        }
        if case .failure(let error) = written {
            unlink(temporary)
            throw error
        }
        guard rename(temporary, path) == 0 else {
            let reason = describeErrno()
            unlink(temporary)
            throw KennwortError(.dataWriteFailed, "cannot move \(what) into place: \(reason)", path: path)
        }
    }

    /// Creates a folder and its missing parents (`mkdir -p`).
    ///
    /// - Parameters:
    ///   - path: The folder.
    ///   - mode: The mode of each folder created (before the umask).
    /// - Returns: Whether `path` is a folder afterwards.
    @discardableResult
    static func makeDirectories(_ path: String, mode: mode_t = 0o755) -> Bool {
        if FileChecks.isDirectory(path) { return true }
        let (parent, _) = StaleFiles.split(path)
        if parent != path && parent != "." && parent != "/" { makeDirectories(parent, mode: mode) }
        return mkdir(path, mode) == 0 || FileChecks.isDirectory(path)
    }

    /// Removes a file, or a folder with everything in it; symbolic links are removed, not followed.
    ///
    /// - Parameter path: What to remove.
    /// - Returns: Whether nothing is left at `path`.
    @discardableResult
    static func removeTree(_ path: String) -> Bool {
        var info = stat()
        guard lstat(path, &info) == 0 else { return errno == ENOENT }
        if (info.st_mode & S_IFMT) == S_IFDIR {
            for name in FileChecks.names(in: path) ?? [] { removeTree(path + "/" + name) }
            return rmdir(path) == 0
        }
        return unlink(path) == 0
    }
}
