import Glibc

/// Threads that each run one job, then are joined.
///
/// POSIX threads directly: Dispatch (and Foundation) would otherwise be linked into the
/// static kennwort-helper, whose every start then paid their set-up.
final class WorkerThreads: Sendable {
    private let threads: Locked<[pthread_t]>

    /// Starts `count` threads, each running `body`.
    ///
    /// A thread that cannot be created (e.g. `EAGAIN`) is replaced by running `body` at once
    /// on the calling thread, so the work is done either way.
    ///
    /// - Parameters:
    ///   - count: How many threads.
    ///   - body: The work; it returns when there is nothing left to take.
    init(count: Int, _ body: @escaping @Sendable () -> Void) {
        var started: [pthread_t] = []
        for _ in 0..<count {
            let context = Unmanaged.passRetained(Job(body)).toOpaque()
            var thread = pthread_t()
            let result = pthread_create(&thread, nil, { context in
                Unmanaged<Job>.fromOpaque(context!).takeRetainedValue().body()
                return nil
            }, context)
            if result == 0 {
                started.append(thread)
            } else {
                Unmanaged<Job>.fromOpaque(context).release()
                body()
            }
        }
        threads = Locked(started)
    }

    /// Waits until every thread has finished; later calls return at once.
    func join() {
        let running = threads.withLock { (threads: inout [pthread_t]) -> [pthread_t] in
            defer { threads = [] }
            return threads
        }
        for thread in running { pthread_join(thread, nil) }
    }

    private final class Job {
        let body: @Sendable () -> Void
        init(_ body: @escaping @Sendable () -> Void) { self.body = body }
    }
}
