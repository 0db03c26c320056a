import Glibc
import Testing
@testable import Kennwort

/// Threads without Dispatch.
@Suite("WorkerThreads")
struct WorkerThreadsTests {
    @Test("Every thread runs the job; join waits for all of them and may be called again", arguments: [1, 2, 8])
    func runsAll(count: Int) {
        let counter = Locked(0)
        let workers = WorkerThreads(count: count) {
            for _ in 0..<1000 { counter.withLock { $0 += 1 } }
        }
        workers.join()
        #expect(counter.withLock { $0 } == count * 1000)
        workers.join()
    }
}

/// Elapsed time without the concurrency library.
@Suite("MonotonicClock")
struct MonotonicClockTests {
    @Test("It never runs backwards and measures a sleep")
    func clock() {
        let start = MonotonicClock.seconds()
        usleep(20_000)
        let elapsed = MonotonicClock.seconds() - start
        #expect(elapsed >= 0.019 && elapsed < 5)
    }
}
