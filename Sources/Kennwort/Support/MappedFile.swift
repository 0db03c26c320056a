import Glibc

/// A read-only file mapped into memory, unmapped when released.
final class MappedFile: @unchecked Sendable {
    /// The file's bytes.
    let base: UnsafeRawPointer
    /// The file's size in bytes.
    let size: Int

    /// Opens and maps a file.
    ///
    /// - Parameters:
    ///   - path: The file.
    ///   - what: What it is, for messages, e.g. "breach list".
    ///   - minimumSize: Fewer bytes than this is a damaged file.
    ///   - damaged: The error code for a damaged file.
    ///   - populate: Map every page at once (`MAP_POPULATE`), for a file that is read
    ///     whole right away, e.g. to verify a checksum; one call instead of a fault per page.
    /// - Throws: `KennwortError` `.dataMissing` when the file cannot be opened or mapped,
    ///   `damaged` when it is shorter than `minimumSize`.
    init(path: String, what: String, minimumSize: Int, damaged: KennwortError.Code, populate: Bool = false) throws(KennwortError) {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw KennwortError(.dataMissing, "\(what) not found or not readable", path: path) }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, info.st_size >= minimumSize else {
            throw KennwortError(damaged, "\(what) is truncated", path: path)
        }
        let size = Int(info.st_size)
        guard let mapped = mmap(nil, size, PROT_READ, MAP_PRIVATE | (populate ? MAP_POPULATE : 0), descriptor, 0), mapped != MAP_FAILED else {
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
