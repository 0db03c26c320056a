import Glibc

/// A read-only file mapped into memory, unmapped when released.
final class MappedFile: @unchecked Sendable {
    /// The file's bytes.
    let base: UnsafeRawPointer
    /// The file's size in bytes.
    let size: Int
    /// The mapped file's identity when it was opened: device, inode, size, change and
    /// modification times. Any write to the file changes it; the change time cannot be set back.
    let identity: String

    /// Opens and maps a file.
    ///
    /// - Parameters:
    ///   - path: The file.
    ///   - what: What it is, for messages, e.g. "breach list".
    ///   - minimumSize: Fewer bytes than this is a damaged file.
    ///   - damaged: The error code for a damaged file.
    /// - Throws: `KennwortError` `.dataMissing` when the file cannot be opened or mapped,
    ///   `damaged` when it is shorter than `minimumSize`.
    init(path: String, what: String, minimumSize: Int, damaged: KennwortError.Code) throws(KennwortError) {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw KennwortError(.dataMissing, "\(what) not found or not readable", path: path) }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, info.st_size >= minimumSize else {
            throw KennwortError(damaged, "\(what) is truncated", path: path)
        }
        let size = Int(info.st_size)
        identity = "\(info.st_dev):\(info.st_ino):\(info.st_size):\(info.st_ctim.tv_sec).\(info.st_ctim.tv_nsec):"
            + "\(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec)"
        guard let mapped = mmap(nil, size, PROT_READ, MAP_PRIVATE, descriptor, 0), mapped != MAP_FAILED else {
            throw KennwortError(.dataMissing, "cannot map the \(what)", path: path)
        }
        // Lookups land on random pages: no read-ahead, and no mapping of neighbours
        // (fault-around), which would count unused pages in the resident set.
        madvise(mapped, size, MADV_RANDOM)
        base = UnsafeRawPointer(mapped)
        self.size = size
    }

    deinit { munmap(UnsafeMutableRawPointer(mutating: base), size) }

    /// Gives the kernel a hint about the coming access pattern, e.g. `MADV_POPULATE_READ`.
    ///
    /// - Parameter advice: An `madvise` advice; failures are ignored (hints only).
    func advise(_ advice: Int32) {
        madvise(UnsafeMutableRawPointer(mutating: base), size, advice)
    }

    /// The first `count` bytes.
    func prefix(_ count: Int) -> UnsafeRawBufferPointer { UnsafeRawBufferPointer(start: base, count: min(count, size)) }
}
