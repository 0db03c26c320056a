import Glibc

/// Small file-system questions answered with one system call each.
enum FileChecks {
    /// Whether `path` is a regular file this process may read.
    static func isReadableFile(_ path: String) -> Bool {
        var info = stat()
        guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return false }
        return access(path, R_OK) == 0
    }

    /// Whether `path` is a directory.
    static func isDirectory(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }

    /// The size and modification time of a file, or `nil` if it is not there.
    static func sizeAndModification(_ path: String) -> (size: Int64, seconds: Int, nanoseconds: Int)? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return (Int64(info.st_size), info.st_mtim.tv_sec, info.st_mtim.tv_nsec)
    }
}
