/// Serializes every use of libcrack2 in the process.
///
/// libcrack 2.9.6 is not thread-safe and allows one open dictionary per
/// process. Measured here: two threads gave wrong verdicts, and parallel
/// tests crashed. So one lock guards the one open dictionary; asking for
/// another dictionary closes the current one first.
final class CracklibEngine: Sendable {
    /// The one engine of the process.
    static let shared = CracklibEngine()

    private struct State {
        var dictionary: CracklibDictionary?
        var handle: CracklibBinding.Handle?
    }

    private let state = Locked(State())

    /// Runs `body` with `dictionary` open, under the process-wide lock.
    ///
    /// A dictionary is decoded in safe Swift before libcrack reads it (see
    /// ``CracklibPackedFiles``) and checked with canary words each time it is
    /// opened: a damaged one accepts "password", so it is refused instead.
    ///
    /// - Parameters:
    ///   - dictionary: The dictionary to use.
    ///   - body: Runs with the open handle; it must not keep it.
    /// - Returns: What `body` returns.
    /// - Throws: `KennwortError` `.dataMissing` or `.dataCorrupt` naming the path.
    func withDictionary<R>(
        _ dictionary: CracklibDictionary,
        _ body: (CracklibBinding.Handle) -> R
    ) throws(KennwortError) -> R {
        try state.withLock { (state) throws(KennwortError) -> R in
            // Canaries are part of the identity: the same files with other canaries are checked again.
            if state.dictionary != dictionary || state.handle == nil {
                if let handle = state.handle { CracklibBinding.close(handle) }
                state.handle = nil
                state.dictionary = nil
                let handle = try Self.open(dictionary)
                state.handle = handle
                state.dictionary = dictionary
            }
            return body(state.handle!)
        }
    }

    /// Every word of `dictionary` in its order, with its high-water marks, as libcrack decodes them.
    ///
    /// - Parameter dictionary: The dictionary; it is opened and checked first.
    /// - Returns: The words and the marks (`nil` without a `.hwm` file).
    /// - Throws: `KennwortError` `.dataMissing` or `.dataCorrupt` naming the path.
    func contents(of dictionary: CracklibDictionary) throws(KennwortError) -> (words: [[UInt8]], highWaterMarks: [UInt32]?) {
        guard let contents = try withDictionary(dictionary, CracklibBinding.words) else {
            throw KennwortError(.dataCorrupt, "cracklib dictionary has an unreadable block", path: dictionary.prefix)
        }
        return contents
    }

    /// Runs `body` with no dictionary open, under the lock; for writing one.
    ///
    /// - Parameter body: The work that needs libcrack's one dictionary slot.
    /// - Returns: What `body` returns.
    func withNoDictionaryOpen<R>(_ body: () -> R) -> R {
        state.withLock { state in
            if let handle = state.handle { CracklibBinding.close(handle) }
            state.handle = nil
            state.dictionary = nil
            return body()
        }
    }

    private static func open(_ dictionary: CracklibDictionary) throws(KennwortError) -> CracklibBinding.Handle {
        for file in dictionary.requiredFiles where !FileChecks.isReadableFile(file) {
            throw KennwortError(.dataMissing, "cracklib dictionary not found or not readable", path: file)
        }
        // libcrack trusts its files; a damaged block overflows its buffers. Decode it safely first.
        _ = try CracklibPackedFiles.decode(dictionary)
        guard let handle = CracklibBinding.open(prefix: dictionary.prefix) else {
            throw KennwortError(.dataCorrupt, "cracklib dictionary cannot be opened (damaged?)", path: dictionary.prefix)
        }
        for canary in dictionary.canaries {
            let secret = SecretBytes(copying: Array(canary.utf8))
            let message = CracklibBinding.look(handle, password: secret, user: "kennwort", gecos: "")
            if message == nil {
                CracklibBinding.close(handle)
                throw KennwortError(
                    .dataCorrupt,
                    "cracklib dictionary accepts the known-bad word \"\(canary)\"; it is damaged or incomplete",
                    path: dictionary.prefix)
            }
        }
        return handle
    }
}
