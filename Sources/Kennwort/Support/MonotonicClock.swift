import Glibc

/// Elapsed time from `CLOCK_MONOTONIC`.
///
/// Not `ContinuousClock`: it lives in the concurrency library, which would link Dispatch
/// into the static kennwort-helper and start it at every login.
enum MonotonicClock {
    /// Seconds since an arbitrary fixed point; only differences mean anything.
    static func seconds() -> Double {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        return Double(now.tv_sec) + Double(now.tv_nsec) / 1e9
    }
}
