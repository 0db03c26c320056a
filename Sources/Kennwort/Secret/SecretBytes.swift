#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A byte buffer for secrets that wipes its memory when it is released.
///
/// The bytes are immutable once the buffer is made, so a `SecretBytes` can be
/// shared between threads. It never prints its contents: `description` shows
/// only the length. Compare two secrets with ``constantTimeEquals(_:)``.
public final class SecretBytes: @unchecked Sendable {
    /// The number of bytes held.
    public let count: Int
    private let storage: UnsafeMutableRawBufferPointer

    /// Makes a secret from a copy of the given bytes.
    ///
    /// - Parameter bytes: The bytes to copy. The caller wipes its own copy.
    public init(copying bytes: some Collection<UInt8>) {
        let count = bytes.count
        self.count = count
        storage = .allocate(byteCount: max(count, 1), alignment: 1)
        _ = storage.initializeMemory(as: UInt8.self, from: bytes)
    }

    /// Makes a secret by letting `body` write at most `capacity` bytes.
    ///
    /// - Parameters:
    ///   - capacity: The most bytes `body` may write.
    ///   - body: Writes into the buffer and returns how many bytes it wrote.
    /// - Throws: Whatever `body` throws; the buffer is wiped first.
    public init<E: Error>(
        capacity: Int,
        initializingWith body: (UnsafeMutableRawBufferPointer) throws(E) -> Int
    ) throws(E) {
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: max(capacity, 1), alignment: 1)
        buffer.initializeMemory(as: UInt8.self, repeating: 0)
        let written: Int
        do {
            written = try body(UnsafeMutableRawBufferPointer(rebasing: buffer[0..<capacity]))
        } catch {
            SecretBytes.wipe(buffer)
            buffer.deallocate()
            throw error
        }
        precondition(written >= 0 && written <= capacity, "SecretBytes: bad byte count")
        storage = buffer
        count = written
    }

    deinit {
        SecretBytes.wipe(storage)
        storage.deallocate()
    }

    /// Calls `body` with the secret's bytes; the pointer must not escape.
    public func withUnsafeBytes<R, E: Error>(
        _ body: (UnsafeRawBufferPointer) throws(E) -> R
    ) throws(E) -> R {
        try body(UnsafeRawBufferPointer(rebasing: storage[0..<count]))
    }

    /// Calls `body` with a NUL-terminated copy that is wiped afterwards.
    ///
    /// C APIs that take `char *` get this copy, never a Swift `String`.
    public func withCString<R, E: Error>(
        _ body: (UnsafeMutablePointer<CChar>) throws(E) -> R
    ) throws(E) -> R {
        let copy = UnsafeMutableRawBufferPointer.allocate(byteCount: count + 1, alignment: 1)
        defer {
            SecretBytes.wipe(copy)
            copy.deallocate()
        }
        copy.copyMemory(from: UnsafeRawBufferPointer(rebasing: storage[0..<count]))
        copy[count] = 0
        return try body(copy.baseAddress!.assumingMemoryBound(to: CChar.self))
    }

    /// Compares two secrets in time that depends only on their lengths.
    ///
    /// - Parameter other: The secret to compare with.
    /// - Returns: `true` when both hold the same bytes.
    public func constantTimeEquals(_ other: SecretBytes) -> Bool {
        withUnsafeBytes { mine in other.withUnsafeBytes { theirs in ConstantTime.equals(mine, theirs) } }
    }

    /// Whether the secret contains a NUL byte, which C would read as its end.
    public var containsNUL: Bool {
        withUnsafeBytes { $0.contains(0) }
    }

    /// Overwrites `buffer` with zeros in a way the compiler may not remove.
    static func wipe(_ buffer: UnsafeMutableRawBufferPointer) {
        guard let base = buffer.baseAddress, buffer.count > 0 else { return }
        explicit_bzero(base, buffer.count)
    }
}

extension SecretBytes: CustomStringConvertible, CustomDebugStringConvertible {
    public var description: String { "SecretBytes(\(count) bytes, redacted)" }
    public var debugDescription: String { description }
}
