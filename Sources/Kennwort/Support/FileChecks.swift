import Glibc

/// Small file-system questions answered with one system call each.
enum FileChecks {
    /// Whether `path` is a regular file this process may read.
    static func isReadableFile(_ path: String) -> Bool {
        var info = stat()
        guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return false }
        return access(path, R_OK) == 0
    }

    /// Whether anything exists at `path` (following symbolic links), readable or not.
    static func exists(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0
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

    /// The names in a directory (without `.` and `..`), or `nil` when it cannot be read.
    ///
    /// `opendir`/`readdir` directly: Foundation's listing costs more than the rest of a
    /// PAM helper's start, which runs this on every login.
    static func names(in directory: String) -> [String]? {
        guard let stream = opendir(directory) else { return nil }
        defer { closedir(stream) }
        var names: [String] = []
        let nameOffset = MemoryLayout<dirent>.offset(of: \dirent.d_name)!
        while let entry = readdir(stream) {
            // Only up to the NUL: the record can be shorter than `dirent`'s 256-byte name field
            // (valgrind reported reading the whole field as use of uninitialised bytes).
            let name = String(cString: (UnsafeRawPointer(entry) + nameOffset).assumingMemoryBound(to: CChar.self))
            if name != "." && name != ".." { names.append(name) }
        }
        return names
    }

    /// A file's bytes (at most `limit`), or `nil` when it cannot be read.
    ///
    /// Plain `open`/`read`: FoundationEssentials' file reading leaks its buffer on an empty
    /// file (LeakSanitizer, Swift 6.3.1), and costs more than a PAM helper's whole check.
    static func contents(_ path: String, limit: Int = 1 << 20) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, (info.st_mode & S_IFMT) != S_IFDIR else { return nil }
        return drain(descriptor, limit: limit, expected: min(limit, max(Int(info.st_size), 0)))
    }

    /// Reads a descriptor to its end (at most `limit` bytes), or `nil` on a read error.
    ///
    /// - Parameters:
    ///   - descriptor: An open file or pipe.
    ///   - limit: The most bytes read.
    ///   - expected: The size to make room for, when known.
    static func drain(_ descriptor: Int32, limit: Int = 1 << 20, expected: Int = 0) -> [UInt8]? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(expected)
        // Room for the whole file and its end in one read, not a 64 KiB buffer to clear each time.
        var chunk = [UInt8](repeating: 0, count: min(65_536, max(4_096, expected + 1)))
        while bytes.count < limit {
            let got = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, min($0.count, limit - bytes.count)) }
            if got < 0 && errno == EINTR { continue }
            guard got >= 0 else { return nil }
            if got == 0 { break }
            bytes += chunk[0..<got]
        }
        return bytes
    }
}
