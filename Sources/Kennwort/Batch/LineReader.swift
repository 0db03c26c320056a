import Glibc

/// Reads a file descriptor line by line in bounded memory.
///
/// A line ends at `\n` (a `\r` before it is dropped); the last line may
/// lack one. A line longer than ``limit`` is reported as `.tooLong` and
/// skipped to its end without being kept, so no input can make the reader
/// buffer more than `limit` bytes. The buffers are wiped as they are reused.
public final class LineReader {
    /// One line as read.
    public enum Line {
        /// The line's bytes, without its line ending.
        case bytes(SecretBytes)
        /// The line was longer than the limit; nothing of it was kept.
        case tooLong
    }

    /// The longest line kept, in bytes.
    public let limit: Int
    private let descriptor: Int32
    private var buffer: [UInt8]
    private var start = 0
    private var end = 0
    private var finished = false
    /// The number of the last line returned, from 1.
    public private(set) var lineNumber = 0
    /// Bytes read so far, for progress.
    public private(set) var bytesRead = 0

    /// Makes a reader.
    ///
    /// - Parameters:
    ///   - descriptor: The file descriptor; the caller closes it.
    ///   - limit: The longest line kept.
    ///   - bufferSize: The read buffer's size; it is never under twice the limit.
    ///     Small buffers are for tests and fuzzing, where line ends meet buffer ends often.
    public init(descriptor: Int32, limit: Int = 4096, bufferSize: Int = 65_536) {
        self.descriptor = descriptor
        self.limit = limit
        buffer = [UInt8](repeating: 0, count: max(limit * 2, limit + 2, bufferSize))
    }

    deinit { buffer.withUnsafeMutableBytes { SecretBytes.wipe($0) } }

    /// The next line, or `nil` at the end of the input.
    ///
    /// - Throws: `KennwortError` `.inputUnreadable` on a read error.
    public func next() throws(KennwortError) -> Line? {
        var skipping = false
        while true {
            if let newline = buffer[start..<end].firstIndex(of: UInt8(ascii: "\n")) {
                let line = take(upTo: newline, skipping: skipping)
                start = newline + 1
                lineNumber += 1
                return line
            }
            // limit + 1 bytes may still be a line of `limit` bytes whose `\r\n` is only half read.
            if end - start > limit + 1 && !skipping {
                // Too long: drop what we have and skip to the next newline.
                skipping = true
            }
            if skipping {
                SecretBytes.wipeRange(&buffer, start..<end)
                start = 0
                end = 0
            }
            if finished {
                if start == end && !skipping { return nil }
                let line = take(upTo: end, skipping: skipping)
                start = end
                lineNumber += 1
                return line
            }
            try fill()
        }
    }

    private func take(upTo stop: Int, skipping: Bool) -> Line {
        if skipping { return .tooLong }
        var last = stop
        if last > start && buffer[last - 1] == UInt8(ascii: "\r") { last -= 1 }
        if last - start > limit { SecretBytes.wipeRange(&buffer, start..<stop); return .tooLong }
        let bytes = SecretBytes(copying: buffer[start..<last])
        SecretBytes.wipeRange(&buffer, start..<stop)
        return .bytes(bytes)
    }

    private func fill() throws(KennwortError) {
        if start > 0 {
            let count = end - start
            buffer.withUnsafeMutableBytes { raw in
                raw.baseAddress!.copyMemory(from: raw.baseAddress! + start, byteCount: count)
            }
            SecretBytes.wipeRange(&buffer, count..<end)
            start = 0
            end = count
        }
        if end == buffer.count { return }
        while true {
            let got = buffer.withUnsafeMutableBytes { raw in read(descriptor, raw.baseAddress! + end, raw.count - end) }
            if got < 0 && errno == EINTR { continue }
            if got < 0 { throw KennwortError(.inputUnreadable, "cannot read the input (errno \(errno))") }
            if got == 0 { finished = true }
            end += got
            bytesRead += got
            return
        }
    }
}

extension SecretBytes {
    /// Wipes part of a byte array.
    static func wipeRange(_ bytes: inout [UInt8], _ range: Range<Int>) {
        guard !range.isEmpty else { return }
        bytes.withUnsafeMutableBytes { raw in wipe(UnsafeMutableRawBufferPointer(rebasing: raw[range])) }
    }
}
