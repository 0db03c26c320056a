import Glibc

/// Writes all of `text` to a file descriptor with `write(2)`, retrying on EINTR.
///
/// Stops silently when the descriptor fails (a closed pipe): output is best effort.
///
/// - Parameters:
///   - descriptor: E.g. `STDOUT_FILENO`.
///   - text: The text to write.
public func writeAll(_ descriptor: Int32, _ text: String) {
    var text = text
    text.withUTF8 { bytes in
        var offset = 0
        while offset < bytes.count {
            let wrote = write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
            if wrote < 0 && errno == EINTR { continue }
            if wrote <= 0 { return }
            offset += wrote
        }
    }
}

/// Writes `text` to standard error, unbuffered.
///
/// Swift 6 mode rejects the C `stderr` global, so this goes through `write(2)`.
///
/// - Parameter text: The text to write; add your own newline.
public func writeStandardError(_ text: String) {
    writeAll(STDERR_FILENO, text)
}
