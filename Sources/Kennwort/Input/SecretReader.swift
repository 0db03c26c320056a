import Glibc

/// Reads passwords from a terminal with echo off, or from a pipe or file.
///
/// On a terminal it prompts on stderr, turns echo off and restores the
/// terminal on every exit path, Ctrl-C and SIGTERM included. Otherwise it
/// reads the whole of stdin up to ``limit`` bytes and accepts a last line
/// with or without a newline, as `pam_exec` sends it. It never uses
/// `readLine`, which drops `\r` and replaces invalid UTF-8.
public struct SecretReader: Sendable {
    /// The most bytes one password may have; longer input is reported, not kept.
    public var limit: Int
    /// The file descriptor to read from.
    public var descriptor: Int32

    /// Makes a reader.
    ///
    /// - Parameters:
    ///   - descriptor: The file descriptor to read; standard input by default.
    ///   - limit: The most bytes one password may have.
    public init(descriptor: Int32 = STDIN_FILENO, limit: Int = 4096) {
        self.descriptor = descriptor
        self.limit = limit
    }

    /// Whether the input is an interactive terminal.
    public var isTerminal: Bool { isatty(descriptor) == 1 }

    /// Reads exactly `count` passwords, one per line.
    ///
    /// - Parameters:
    ///   - count: How many lines to read: 1 for a password, 2 with an old one.
    ///   - prompts: On a terminal, the prompt shown before each line.
    /// - Returns: One entry per line: the secret, or why it could not be kept.
    /// - Throws: `KennwortError` when the input cannot be read or has the
    ///   wrong number of lines.
    public func read(count: Int = 1, prompts: [String] = []) throws(KennwortError) -> [SecretInput] {
        if isTerminal {
            var result: [SecretInput] = []
            for index in 0..<count {
                let prompt = index < prompts.count ? prompts[index] : "Password: "
                result.append(try TerminalEcho.withEchoOff(descriptor) { () throws(KennwortError) in
                    writeStandardError(prompt)
                    return try readTerminalLine()
                })
            }
            return result
        }
        return try readStream(count: count)
    }

    /// Reads one line from a terminal whose echo is off.
    ///
    /// - Returns: The line, `.endOfInput` on Ctrl-D, or `.tooLong`.
    /// - Throws: `KennwortError` with code `.inputUnreadable` on a read error.
    public func readTerminalLine() throws(KennwortError) -> SecretInput {
        var sawAny = false
        var tooLong = false
        let secret = try SecretBytes(capacity: limit) { (buffer) throws(KennwortError) -> Int in
            var used = 0
            var byte: UInt8 = 0
            while true {
                let got = Glibc.read(descriptor, &byte, 1)
                if got < 0 {
                    if errno == EINTR { continue }
                    throw KennwortError(.inputUnreadable, "cannot read the terminal (errno \(errno))")
                }
                if got == 0 { break }
                sawAny = true
                if byte == UInt8(ascii: "\n") { break }
                if used < buffer.count { buffer[used] = byte; used += 1 } else { tooLong = true }
            }
            byte = 0
            return used
        }
        if tooLong { return .tooLong }
        if !sawAny { return .endOfInput }
        return .secret(secret)
    }

    private func readStream(count: Int) throws(KennwortError) -> [SecretInput] {
        // One buffer for all lines: `count` passwords, their newlines and one spare byte.
        let capacity = count * (limit + 2) + 1
        var overflow = false
        let all = try SecretBytes(capacity: capacity) { (buffer) throws(KennwortError) -> Int in
            var used = 0
            var scratch = [UInt8](repeating: 0, count: 4096)
            defer { scratch.withUnsafeMutableBytes { SecretBytes.wipe($0) } }
            while true {
                let got = scratch.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
                if got < 0 {
                    if errno == EINTR { continue }
                    throw KennwortError(.inputUnreadable, "cannot read standard input (errno \(errno))")
                }
                if got == 0 { break }
                let room = min(got, buffer.count - used)
                if room < got { overflow = true }
                for index in 0..<room { buffer[used + index] = scratch[index] }
                used += room
                // Keep draining past the limit, so the writer never sees a broken pipe.
            }
            return used
        }
        return try all.withUnsafeBytes { (bytes) throws(KennwortError) -> [SecretInput] in
            try LineSplitter.split(bytes, count: count, limit: limit, truncated: overflow)
        }
    }
}

/// One password as read, or the reason it was not kept.
public enum SecretInput: Sendable {
    /// The bytes of one line, without its line ending.
    case secret(SecretBytes)
    /// The line was longer than the reader's limit; nothing of it is kept.
    case tooLong
    /// The input ended before the line started (Ctrl-D on a terminal).
    case endOfInput
}

/// Splits piped input into lines: `\n` or `\r\n` ends a line, the last may lack one.
enum LineSplitter {
    static func split(
        _ bytes: UnsafeRawBufferPointer, count: Int, limit: Int, truncated: Bool
    ) throws(KennwortError) -> [SecretInput] {
        // Each line with whether a newline ended it; only then is a `\r` before it a CRLF.
        var lines: [(range: Range<Int>, ended: Bool)] = []
        var start = 0
        for index in bytes.indices where bytes[index] == UInt8(ascii: "\n") {
            lines.append((start..<index, true))
            start = index + 1
        }
        if start < bytes.count || lines.isEmpty { lines.append((start..<bytes.count, false)) }
        if truncated {
            // The tail was dropped: everything from the first overlong line on is too long.
            if lines.count > count { lines.removeLast(lines.count - count) }
        }
        guard lines.count == count || (truncated && lines.count < count) else {
            let what = count == 1 ? "one line" : "\(count) lines"
            throw KennwortError(
                .inputMalformed,
                "standard input must hold \(what), it holds \(lines.count); use `kennwort batch` for lists")
        }
        var result: [SecretInput] = []
        for (index, (range, ended)) in lines.enumerated() {
            var end = range.upperBound
            if ended && end > range.lowerBound && bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
            let isLast = index == lines.count - 1
            if (truncated && isLast) || end - range.lowerBound > limit {
                result.append(.tooLong)
            } else {
                result.append(.secret(SecretBytes(copying: bytes[range.lowerBound..<end])))
            }
        }
        while result.count < count { result.append(.tooLong) }
        return result
    }
}
