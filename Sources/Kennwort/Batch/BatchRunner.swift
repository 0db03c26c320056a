import Dispatch

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
/// Records are read in windows of `jobs × 256`, checked in parallel, and
/// emitted in order before the next window is read, so memory stays
/// bounded whatever the input size. cracklib, which is not thread-safe,
/// is serialized by its own lock; everything else runs in parallel.
public struct BatchRunner: Sendable {
    public var checker: PasswordChecker
    public var jobs: Int
    static let chunk = 256

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
        let started = ContinuousClock.now
        var parser = parser
        var summary = BatchSummary()
        if parser.format == .csv {
            guard let header = try reader.next() else { return summary }
            guard case .bytes(let bytes) = header else {
                throw KennwortError(.inputMalformed, "the CSV header line is too long")
            }
            try parser.readHeader(bytes)
        }
        let window = jobs * Self.chunk
        while true {
            var items: [BatchItem] = []
            items.reserveCapacity(window)
            while items.count < window, let line = try reader.next() {
                items.append(parser.item(line, number: reader.lineNumber))
            }
            if items.isEmpty { break }
            for result in try check(items) {
                summary.add(result)
                emit(result)
            }
        }
        let elapsed = ContinuousClock.now - started
        summary.seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        return summary
    }

    /// Checks items in parallel; the results keep the items' order.
    func check(_ items: [BatchItem]) throws(KennwortError) -> [BatchResult] {
        let results = ResultSlots(count: items.count)
        let checker = self.checker
        let chunks = (items.count + Self.chunk - 1) / Self.chunk
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            for index in (chunk * Self.chunk)..<min(items.count, (chunk + 1) * Self.chunk) {
                results.set(index, Result { () throws(KennwortError) in try Self.check(items[index], checker) })
            }
        }
        return try results.values()
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

/// Results written by several threads, each to its own slot.
final class ResultSlots: @unchecked Sendable {
    private var slots: [Result<BatchResult, KennwortError>?]
    private let lock = DispatchQueue(label: "kennwort.batch.results")

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: Result<BatchResult, KennwortError>) {
        lock.sync { slots[index] = value }
    }

    func values() throws(KennwortError) -> [BatchResult] {
        try slots.map { (slot) throws(KennwortError) in try slot!.get() }
    }
}
