import Glibc

/// What every fuzz target shares: the input as bytes, invariant checks, a scratch file.
///
/// Each target defines `LLVMFuzzerTestOneInput` with `@_cdecl` and calls
/// ``Fuzz/bytes(_:_:)`` first. A broken invariant calls ``Fuzz/require(_:_:)``,
/// which aborts, so libFuzzer saves the input as a crash artifact.
public enum Fuzz {
    /// The input as an array (libFuzzer may pass a null pointer for an empty input).
    public static func bytes(_ data: UnsafePointer<UInt8>?, _ size: Int) -> [UInt8] {
        guard let data, size > 0 else { return [] }
        return Array(UnsafeBufferPointer(start: data, count: size))
    }

    /// Aborts with `message` on stderr when `condition` is false.
    public static func require(_ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String) {
        guard !condition() else { return }
        let text = "fuzz invariant broken: " + message() + "\n"
        _ = text.utf8CString.withUnsafeBufferPointer { write(STDERR_FILENO, $0.baseAddress, $0.count - 1) }
        abort()
    }
}

/// A file in memory (tmpfs) that each input is written to, for APIs that read files.
///
/// It is unlinked at once; ``path`` names it through `/proc/self/fd`, so opening
/// it by path gives a fresh file description at offset 0.
public final class ScratchFile: @unchecked Sendable {
    /// The open descriptor; ``replace(with:)`` leaves it at offset 0.
    public let descriptor: Int32

    /// A path that opens the same file.
    public var path: String { "/proc/self/fd/\(descriptor)" }

    /// Makes the file in /dev/shm (or /tmp when there is none).
    public init() {
        var descriptor: Int32 = -1
        for folder in ["/dev/shm", "/tmp"] where descriptor < 0 {
            var template = Array("\(folder)/kennwort-fuzz-XXXXXX".utf8CString)
            descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
            if descriptor >= 0 { _ = template.withUnsafeBufferPointer { unlink($0.baseAddress!) } }
        }
        precondition(descriptor >= 0, "no scratch file (errno \(errno))")
        self.descriptor = descriptor
    }

    /// Makes the file hold exactly `bytes`, positioned at its start.
    public func replace(with bytes: [UInt8]) {
        precondition(ftruncate(descriptor, 0) == 0, "ftruncate failed")
        var done = 0
        while done < bytes.count {
            let wrote = bytes.withUnsafeBytes { pwrite(descriptor, $0.baseAddress! + done, $0.count - done, off_t(done)) }
            precondition(wrote > 0, "pwrite failed")
            done += wrote
        }
        precondition(lseek(descriptor, 0, SEEK_SET) == 0, "lseek failed")
    }
}
