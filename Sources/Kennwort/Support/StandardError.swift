import Glibc

/// Writes `text` to standard error, unbuffered.
///
/// Swift 6 mode rejects the C `stderr` global, so this goes through `write(2)`.
///
/// - Parameter text: The text to write; add your own newline.
public func writeStandardError(_ text: String) {
    var text = text
    text.withUTF8 { bytes in
        var offset = 0
        while offset < bytes.count {
            let wrote = write(STDERR_FILENO, bytes.baseAddress! + offset, bytes.count - offset)
            if wrote < 0 && errno == EINTR { continue }
            if wrote <= 0 { return }
            offset += wrote
        }
    }
}
