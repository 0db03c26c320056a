import Glibc

/// Builds breach lists from Have I Been Pwned SHA-1 files or plain password lists.
///
/// Streaming with an external sort: fingerprints are collected in runs of
/// at most ``runLimit`` entries (16 bytes each, 128 MB), each run is sorted
/// and written to a temporary file, and the runs are merged. Memory stays
/// bounded whatever the input size. The output is written to a temporary
/// file, synced and renamed, so a crash never leaves a partial list.
public struct BreachListBuilder {
    /// How a source is read.
    public enum SourceFormat: String, Sendable, CaseIterable {
        /// Decide per file from its first non-empty line.
        case auto
        /// `HEX40:COUNT` lines (upper or lower case, CRLF tolerated), as haveibeenpwned-downloader writes.
        case hibp
        /// One password per line, hashed with SHA-1 as given (case-exact).
        case plain
    }

    /// What an import did.
    public struct Report: Sendable {
        public var linesRead = 0
        public var entries = 0
        public var dropped = 0
        public var malformed = 0
        /// The first ten malformed lines: file and line number.
        public var malformedLines: [(file: String, line: Int)] = []
        public var bytesRead = 0
    }

    struct Entry: Comparable {
        var fingerprint: UInt64
        var countBits: UInt8
        static func < (a: Entry, b: Entry) -> Bool { a.fingerprint < b.fingerprint }
    }

    public var minimumCount: Int
    public var format: SourceFormat
    /// Entries per in-memory run.
    public var runLimit: Int
    /// Keep one byte per entry with the bit length of the HIBP count (about 6.1 instead of 5.1 bytes per entry).
    public var keepCounts: Bool

    public init(minimumCount: Int = 1, format: SourceFormat = .auto, runLimit: Int = 8_000_000, keepCounts: Bool = false) {
        self.minimumCount = minimumCount
        self.format = format
        self.runLimit = runLimit
        self.keepCounts = keepCounts
    }

    /// Imports sources into a new list at `output`.
    ///
    /// - Parameters:
    ///   - sources: Files to read.
    ///   - output: The list to write (replaced atomically).
    /// - Returns: What was read, kept, dropped and found malformed.
    /// - Throws: `KennwortError` when a source cannot be read or the output written.
    public func build(from sources: [String], to output: String) throws(KennwortError) -> Report {
        var report = Report()
        // Leftovers of an import killed mid-way; never mistaken for a list (they are not renamed).
        let (outputFolder, outputName) = StaleFiles.split(output)
        StaleFiles.removeLeftovers(in: outputFolder, prefixes: [outputName + ".tmp-", ".kennwort-import-"])
        let folder = Self.temporaryFolder(near: output)
        guard mkdir(folder, 0o700) == 0 else {
            throw KennwortError(.dataWriteFailed, "cannot create a temporary folder", path: folder)
        }
        defer { FileWrites.removeTree(folder) }
        var runs: [String] = []
        var current: [Entry] = []
        current.reserveCapacity(min(runLimit, 1 << 20))
        func flushRun() throws(KennwortError) {
            guard !current.isEmpty else { return }
            current.sort()
            let path = folder + "/run-\(runs.count)"
            try Self.writeRaw(current, to: path)
            runs.append(path)
            current.removeAll(keepingCapacity: true)
        }
        for source in sources {
            try read(source, report: &report) { (entry) throws(KennwortError) in
                current.append(entry)
                if current.count >= runLimit { try flushRun() }
            }
        }
        if runs.isEmpty {
            current.sort()
            let unique = Self.deduplicate(current)
            report.entries = try Self.write(unique, countBound: unique.count, keepCounts: keepCounts, to: output)
        } else {
            try flushRun()
            // The sum of the runs bounds the unique count; the list's parameters are chosen for it.
            let bound = runs.reduce(0) { $0 + Self.fileSize($1) / 9 }
            let merged = try RunMerger(runs: runs)
            report.entries = try Self.write(AnySequence { AnyIterator { merged.next() } }, countBound: bound, keepCounts: keepCounts, to: output)
        }
        return report
    }

    // MARK: Reading sources

    private func read(_ source: String, report: inout Report, _ add: (Entry) throws(KennwortError) -> Void) throws(KennwortError) {
        let descriptor = open(source, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw KennwortError(.dataMissing, "cannot open the source", path: source) }
        defer { close(descriptor) }
        let kind = try format == .auto ? Self.detect(descriptor, source) : format
        if kind == .plain {
            let reader = LineReader(descriptor: descriptor)
            while let line = try reader.next() {
                report.linesRead += 1
                guard case .bytes(let bytes) = line, bytes.count > 0 else {
                    if case .tooLong = line { noteMalformed(&report, source, reader.lineNumber) }
                    continue
                }
                if minimumCount > 1 { report.dropped += 1; continue }
                try add(Entry(fingerprint: BreachList.fingerprint(bytes), countBits: 0))
            }
            report.bytesRead += reader.bytesRead
            return
        }
        var chunk = [UInt8](repeating: 0, count: 1 << 20)
        var carry: [UInt8] = []
        var lineNumber = 0
        while true {
            let got = chunk.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
            if got < 0 && errno == EINTR { continue }
            if got < 0 { throw KennwortError(.inputUnreadable, "cannot read the source (errno \(errno))", path: source) }
            report.bytesRead += got
            var start = 0
            let end = got
            try chunk.withUnsafeBufferPointer { (bytes) throws(KennwortError) in
                let base = bytes.baseAddress!
                while start < end {
                    // memchr finds each newline far faster than a byte loop.
                    guard let hit = memchr(base + start, 10, end - start) else { break }
                    let index = UnsafePointer<UInt8>(hit.assumingMemoryBound(to: UInt8.self)) - base
                    lineNumber += 1
                    if carry.isEmpty {
                        try parseHIBP(UnsafeBufferPointer(rebasing: bytes[start..<index]), &report, source, lineNumber, add)
                    } else {
                        carry.append(contentsOf: bytes[start..<index])
                        try carry.withUnsafeBufferPointer { (line) throws(KennwortError) in
                            try parseHIBP(line, &report, source, lineNumber, add)
                        }
                        carry.removeAll(keepingCapacity: true)
                    }
                    start = index + 1
                }
                if start < end && carry.count < 4096 { carry.append(contentsOf: bytes[start..<end]) }
            }
            if got == 0 {
                if !carry.isEmpty {
                    lineNumber += 1
                    try carry.withUnsafeBufferPointer { (line) throws(KennwortError) in
                        try parseHIBP(line, &report, source, lineNumber, add)
                    }
                }
                return
            }
        }
    }

    private func parseHIBP(
        _ line: UnsafeBufferPointer<UInt8>, _ report: inout Report, _ source: String, _ number: Int,
        _ add: (Entry) throws(KennwortError) -> Void
    ) throws(KennwortError) {
        report.linesRead += 1
        var end = line.endIndex
        if end > line.startIndex && line[end - 1] == 13 { end -= 1 }
        if end == line.startIndex { return }
        let start = line.startIndex
        guard end - start >= 40 else { return noteMalformed(&report, source, number) }
        var fingerprint: UInt64 = 0
        var invalid: UInt8 = 0
        for offset in 0..<40 {
            let nibble = Self.hexTable[Int(line[start + offset])]
            invalid |= nibble
            if offset < 16 { fingerprint = fingerprint << 4 | UInt64(nibble & 0x0F) }
        }
        guard invalid & 0x80 == 0 else { return noteMalformed(&report, source, number) }
        var count = 1
        if end - start > 40 {
            guard line[start + 40] == UInt8(ascii: ":"), end - start > 41, end - start <= 60 else { return noteMalformed(&report, source, number) }
            count = 0
            for index in (start + 41)..<end {
                let byte = line[index]
                guard byte >= 48 && byte <= 57 else { return noteMalformed(&report, source, number) }
                count = count &* 10 &+ Int(byte - 48)
            }
        }
        if count < minimumCount { report.dropped += 1; return }
        try add(Entry(fingerprint: fingerprint, countBits: UInt8(Int.bitWidth - max(count, 1).leadingZeroBitCount)))
    }

    private func noteMalformed(_ report: inout Report, _ source: String, _ line: Int) {
        report.malformed += 1
        if report.malformedLines.count < 10 { report.malformedLines.append((source, line)) }
    }

    /// Hex digit values; 0xFF marks a byte that is not a hex digit.
    static let hexTable: [UInt8] = (0...255).map { hexValue(UInt8($0)) ?? 0xFF }

    static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case 48...57: byte - 48
        case 65...70: byte - 55
        case 97...102: byte - 87
        default: nil
        }
    }

    /// HIBP when the first non-empty line is 40 hex digits (optionally `:COUNT`), else plain.
    static func detect(_ descriptor: Int32, _ source: String) throws(KennwortError) -> SourceFormat {
        var head = [UInt8](repeating: 0, count: 256)
        let got = head.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, $0.count, 0) }
        guard got >= 0 else { throw KennwortError(.inputUnreadable, "cannot read the source", path: source) }
        let line = head[0..<got].split(separator: 10).first ?? []
        let hex = line.prefix(40)
        let isHIBP = hex.count == 40 && hex.allSatisfy { hexValue($0) != nil } && (line.count == 40 || line[line.startIndex + 40] == 58 || line[line.startIndex + 40] == 13)
        return isHIBP ? .hibp : .plain
    }

    // MARK: Sorting and writing

    static func deduplicate(_ sorted: [Entry]) -> [Entry] {
        var result: [Entry] = []
        result.reserveCapacity(sorted.count)
        for entry in sorted {
            if let last = result.last, last.fingerprint == entry.fingerprint {
                result[result.count - 1].countBits = max(last.countBits, entry.countBits)
            } else {
                result.append(entry)
            }
        }
        return result
    }

    static func writeRaw(_ entries: [Entry], to path: String) throws(KennwortError) {
        let file = try OutputFile(path: path)
        var buffer: [UInt8] = []
        buffer.reserveCapacity(1 << 20)
        for entry in entries {
            withUnsafeBytes(of: entry.fingerprint.bigEndian) { buffer.append(contentsOf: $0) }
            buffer.append(entry.countBits)
            if buffer.count >= 1 << 20 { try file.write(buffer); buffer.removeAll(keepingCapacity: true) }
        }
        try file.write(buffer)
        try file.close()
    }

    static func fileSize(_ path: String) -> Int {
        var info = stat()
        return stat(path, &info) == 0 ? Int(info.st_size) : 0
    }

    /// Writes the list in one pass: entries straight to their place in a temporary
    /// file, then the bucket index and the header; then fsync and rename.
    ///
    /// - Parameters:
    ///   - entries: Sorted, unique entries.
    ///   - countBound: At least their number; the parameters are chosen for it.
    ///   - keepCounts: Whether to store each entry's count byte.
    ///   - output: The list to write.
    /// - Returns: The number of entries written.
    static func write<S: Sequence<Entry>>(
        _ entries: S, countBound: Int, keepCounts: Bool, to output: String
    ) throws(KennwortError) -> Int {
        let (prefixBits, fingerprintBytes) = BreachListFormat.parameters(count: countBound)
        var index = [UInt64](repeating: 0, count: (1 << prefixBits) + 1)
        let temporary = output + ".tmp-\(getpid())"
        let file = try OutputFile(path: temporary)
        var success = false
        defer { if !success { unlink(temporary) } }
        let entriesOffset = BreachListFormat.headerSize + index.count * 8
        var body: [UInt8] = []
        body.reserveCapacity(1 << 20)
        var checksum: UInt64 = 0xcbf2_9ce4_8422_2325
        var written = 0
        var position = entriesOffset
        for entry in entries {
            index[Int(entry.fingerprint >> UInt64(64 - prefixBits)) + 1] += 1
            let stored = BreachList.stored(entry.fingerprint, prefixBits: prefixBits, bytes: fingerprintBytes)
            for shift in stride(from: 8 * (fingerprintBytes - 1), through: 0, by: -8) { body.append(UInt8(truncatingIfNeeded: stored >> UInt64(shift))) }
            if keepCounts { body.append(entry.countBits) }
            written += 1
            if body.count >= 1 << 20 {
                checksum = body.withUnsafeBytes { BreachListFormat.fnv1a($0, seed: checksum) }
                try file.write(body, at: position)
                position += body.count
                body.removeAll(keepingCapacity: true)
            }
        }
        checksum = body.withUnsafeBytes { BreachListFormat.fnv1a($0, seed: checksum) }
        try file.write(body, at: position)
        for bucket in 1..<index.count { index[bucket] += index[bucket - 1] }
        var indexBytes: [UInt8] = []
        indexBytes.reserveCapacity(index.count * 8)
        for value in index { withUnsafeBytes(of: value.littleEndian) { indexBytes.append(contentsOf: $0) } }
        checksum = indexBytes.withUnsafeBytes { BreachListFormat.fnv1a($0, seed: checksum) }
        try file.write(indexBytes, at: BreachListFormat.headerSize)

        var header = BreachListFormat.magic
        func put32(_ value: Int) { withUnsafeBytes(of: UInt32(value).littleEndian) { header.append(contentsOf: $0) } }
        func put64(_ value: UInt64) { withUnsafeBytes(of: value.littleEndian) { header.append(contentsOf: $0) } }
        put32(Int(BreachListFormat.version))
        put32(prefixBits)
        put32(fingerprintBytes)
        put32(keepCounts ? 1 : 0)
        put64(UInt64(written))
        put64(checksum)
        header += [UInt8](repeating: 0, count: 16)
        put64(header.withUnsafeBytes { BreachListFormat.fnv1a($0) })
        try file.write(header, at: 0)
        try file.sync()
        try file.close()
        guard rename(temporary, output) == 0 else {
            throw KennwortError(.dataWriteFailed, "cannot move the new breach list into place (errno \(errno))", path: output)
        }
        success = true
        return written
    }

    static func temporaryFolder(near output: String) -> String {
        let folder = output.contains("/") ? String(output[..<output.lastIndex(of: "/")!]) : "."
        return (folder.isEmpty ? "/" : folder) + "/.kennwort-import-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
    }
}
