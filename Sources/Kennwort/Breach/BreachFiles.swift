import Glibc

/// A file being written, with errors that name it (a full disk included).
final class OutputFile {
    let path: String
    private var descriptor: Int32

    init(path: String) throws(KennwortError) {
        self.path = path
        descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw KennwortError(.dataWriteFailed, "cannot create file: \(describeErrno())", path: path) }
    }

    deinit { if descriptor >= 0 { Glibc.close(descriptor) } }

    func write(_ bytes: [UInt8]) throws(KennwortError) {
        var offset = 0
        while offset < bytes.count {
            let wrote = bytes.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress! + offset, $0.count - offset) }
            if wrote < 0 && errno == EINTR { continue }
            guard wrote > 0 else { throw KennwortError(.dataWriteFailed, "cannot write: \(describeErrno())", path: path) }
            offset += wrote
        }
    }

    /// Writes at a file offset, leaving the position of sequential writes alone.
    func write(_ bytes: [UInt8], at offset: Int) throws(KennwortError) {
        var done = 0
        while done < bytes.count {
            let wrote = bytes.withUnsafeBytes { pwrite(descriptor, $0.baseAddress! + done, $0.count - done, off_t(offset + done)) }
            if wrote < 0 && errno == EINTR { continue }
            guard wrote > 0 else { throw KennwortError(.dataWriteFailed, "cannot write: \(describeErrno())", path: path) }
            done += wrote
        }
    }

    func sync() throws(KennwortError) {
        guard fsync(descriptor) == 0 else { throw KennwortError(.dataWriteFailed, "cannot sync: \(describeErrno())", path: path) }
    }

    func close() throws(KennwortError) {
        let result = Glibc.close(descriptor)
        descriptor = -1
        guard result == 0 else { throw KennwortError(.dataWriteFailed, "cannot close: \(describeErrno())", path: path) }
    }
}

/// Reads 9-byte raw entries (big-endian fingerprint, count bits) in blocks.
final class RawReader {
    private let copy: RawCopy
    private var block: [UInt8] = []
    private var position = 0

    init(path: String) throws(KennwortError) { copy = try RawCopy(path: path) }

    func next() -> BreachListBuilder.Entry? {
        if position + 9 > block.count {
            let rest = Array(block[position...])
            guard let more = try? copy.nextBlock() else { return nil }
            block = rest + more
            position = 0
            if block.count < 9 { return nil }
        }
        var fingerprint: UInt64 = 0
        for offset in 0..<8 { fingerprint = fingerprint << 8 | UInt64(block[position + offset]) }
        let entry = BreachListBuilder.Entry(fingerprint: fingerprint, countBits: block[position + 8])
        position += 9
        return entry
    }
}

/// Reads a file in 1 MiB blocks.
final class RawCopy {
    let path: String
    private let descriptor: Int32

    init(path: String) throws(KennwortError) {
        self.path = path
        descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw KennwortError(.dataMissing, "cannot open (errno \(errno))", path: path) }
    }

    deinit { close(descriptor) }

    /// The next block, or `nil` at the end.
    func nextBlock() throws(KennwortError) -> [UInt8]? {
        var block = [UInt8](repeating: 0, count: 1 << 20)
        while true {
            let got = block.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if got < 0 && errno == EINTR { continue }
            guard got >= 0 else { throw KennwortError(.inputUnreadable, "cannot read (errno \(errno))", path: path) }
            if got == 0 { return nil }
            block.removeLast(block.count - got)
            return block
        }
    }
}

/// Merges sorted runs into one sorted stream without duplicates (the highest count wins).
final class RunMerger {
    private let readers: [RawReader]
    private var heads: [BreachListBuilder.Entry?]
    private var pending: BreachListBuilder.Entry?

    init(runs: [String]) throws(KennwortError) {
        readers = try runs.map { (run) throws(KennwortError) in try RawReader(path: run) }
        heads = readers.map { $0.next() }
        pending = takeSmallest()
    }

    private func takeSmallest() -> BreachListBuilder.Entry? {
        var best = -1
        for (index, head) in heads.enumerated() where head != nil {
            if best < 0 || head!.fingerprint < heads[best]!.fingerprint { best = index }
        }
        guard best >= 0 else { return nil }
        let entry = heads[best]
        heads[best] = readers[best].next()
        return entry
    }

    /// The next unique entry, or `nil` at the end.
    func next() -> BreachListBuilder.Entry? {
        guard var entry = pending else { return nil }
        while let following = takeSmallest() {
            if following.fingerprint == entry.fingerprint {
                entry.countBits = max(entry.countBits, following.countBits)
            } else {
                pending = following
                return entry
            }
        }
        pending = nil
        return entry
    }
}
