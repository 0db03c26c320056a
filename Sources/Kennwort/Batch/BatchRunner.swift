/// The verdict on one batch record; it never holds the password.
public struct BatchResult: Sendable {
    public var line: Int
    public var user: String?
    public var accepted: Bool
    public var score: Int?
    public var decidedBy: String?
    public var codes: [FindingCode]
}

/// Counts over a whole batch.
public struct BatchSummary: Sendable, Encodable {
    public var records = 0
    public var accepted = 0
    public var rejected = 0
    /// Rejecting findings per code.
    public var reasons: [String: Int] = [:]
    /// Records per estimator score, and `none` for records without one.
    public var scores: [String: Int] = [:]
    public var seconds = 0.0

    public init() {}

    /// Adds another batch's counts, e.g. of the next input file.
    public mutating func merge(_ other: BatchSummary) {
        records += other.records
        accepted += other.accepted
        rejected += other.rejected
        for (code, count) in other.reasons { reasons[code, default: 0] += count }
        for (score, count) in other.scores { scores[score, default: 0] += count }
        seconds += other.seconds
    }

    mutating func add(_ result: BatchResult) {
        records += 1
        if result.accepted { accepted += 1 } else { rejected += 1 }
        for code in result.codes { reasons[code.rawValue, default: 0] += 1 }
        scores[result.score.map(String.init) ?? "none", default: 0] += 1
    }
}

/// Checks a stream of records on several threads and hands back results in input order.
///
/// Records are read in windows of `jobs × 512` and checked by `jobs` workers
/// (``CheckedWindow``). The calling thread reads the next window and emits
/// the previous one meanwhile, so at most three windows are held at once and
/// memory stays bounded whatever the input size.
public struct BatchRunner: Sendable {
    public var checker: PasswordChecker
    public var jobs: Int
    static let window = 512
    static let grain = 16

    public init(checker: PasswordChecker, jobs: Int) {
        self.checker = checker
        self.jobs = max(1, jobs)
    }

    /// Checks every record.
    ///
    /// - Parameters:
    ///   - reader: The input.
    ///   - parser: The input format; for CSV, its header is read first.
    ///   - emit: Called with each result, in input order.
    /// - Returns: The summary.
    /// - Throws: `KennwortError` when the input cannot be read or a check cannot run.
    public func run(
        _ reader: LineReader, parser: BatchParser, emit: (BatchResult) -> Void
    ) throws(KennwortError) -> BatchSummary {
        let started = MonotonicClock.seconds()
        var parser = parser
        var summary = BatchSummary()
        if parser.format == .csv {
            guard let header = try reader.next() else { return summary }
            guard case .bytes(let bytes) = header else {
                throw KennwortError(.inputMalformed, "the CSV header line is too long")
            }
            try parser.readHeader(bytes)
        }
        let window = jobs * Self.window
        func read() throws(KennwortError) -> [BatchItem] {
            var items: [BatchItem] = []
            items.reserveCapacity(window)
            while items.count < window, let line = try reader.next() {
                items.append(parser.item(line, number: reader.lineNumber))
            }
            return items
        }
        // Pipelined: while the workers check one window, this thread reads the next and
        // writes the one before, so reading and writing cost no checking time.
        var running = CheckedWindow(try read(), jobs: jobs, checker: checker)
        defer { running?.wait() }
        while let current = running {
            let next = try read()
            let results = try current.results()
            running = next.isEmpty ? nil : CheckedWindow(next, jobs: jobs, checker: checker)
            for result in results {
                summary.add(result)
                emit(result)
            }
        }
        summary.seconds = MonotonicClock.seconds() - started
        return summary
    }

    static func check(_ item: BatchItem, _ checker: PasswordChecker) throws(KennwortError) -> BatchResult {
        if let problem = item.problem {
            return BatchResult(line: item.line, user: item.user, accepted: false, score: nil, decidedBy: "input", codes: [problem])
        }
        let assessment = try checker.assess(item.password, context: item.context)
        return BatchResult(
            line: item.line, user: item.user, accepted: assessment.accepted, score: assessment.estimate?.score,
            decidedBy: assessment.decidedBy, codes: assessment.reasons.map(\.code))
    }
}

/// One window of records being checked by `jobs` workers in the background.
///
/// The workers take grains of ``BatchRunner/grain`` records in turn, so a slow
/// stretch (long random passwords) does not leave the others idle.
final class CheckedWindow: Sendable {
    private let slots: ResultSlots
    private let workers: WorkerThreads

    /// Starts checking `items`; `nil` when there are none.
    init?(_ items: [BatchItem], jobs: Int, checker: PasswordChecker) {
        guard !items.isEmpty else { return nil }
        let slots = ResultSlots(count: items.count)
        self.slots = slots
        let grains = (items.count + BatchRunner.grain - 1) / BatchRunner.grain
        let next = Locked(0)
        workers = WorkerThreads(count: min(jobs, grains)) {
            while true {
                let grain = next.withLock { (taken: inout Int) -> Int in
                    defer { taken += 1 }
                    return taken
                }
                guard grain < grains else { return }
                let range = (grain * BatchRunner.grain)..<min(items.count, (grain + 1) * BatchRunner.grain)
                slots.set(range.lowerBound, range.map { index in
                    Result { () throws(KennwortError) in try BatchRunner.check(items[index], checker) }
                })
            }
        }
    }

    /// Waits for the workers.
    func wait() { workers.join() }

    /// Waits, then returns the results in the items' order.
    ///
    /// - Throws: The first record's `KennwortError`, if a check could not run.
    func results() throws(KennwortError) -> [BatchResult] {
        workers.join()
        return try slots.values()
    }
}

/// Results written by several threads, each grain to its own slots.
final class ResultSlots: Sendable {
    private let slots: Locked<[Result<BatchResult, KennwortError>?]>

    init(count: Int) { slots = Locked(Array(repeating: nil, count: count)) }

    /// Stores the results of the records from `start` on.
    func set(_ start: Int, _ values: [Result<BatchResult, KennwortError>]) {
        slots.withLock { slots in
            for (offset, value) in values.enumerated() { slots[start + offset] = value }
        }
    }

    func values() throws(KennwortError) -> [BatchResult] {
        try slots.withLock { $0 }.map { (slot) throws(KennwortError) in try slot!.get() }
    }
}
