import Glibc

/// Finds the strongest Argon2id parameters that fit a time budget on this machine.
///
/// Debian ships libargon2's portable reference build (measured here about
/// 1.9× slower than an optimized one), and on 2 cores p>1 helped little or
/// even hurt (p=4 was 3.7× slower than p=1 for small memory and many passes).
/// So nothing is assumed: lanes and threads are measured, then memory up to
/// the ceiling, then as many passes as the budget allows.
public enum Argon2Calibration {
    /// One measured configuration.
    public struct Trial: Sendable, Hashable, Codable {
        public var memoryKiB: UInt32
        public var iterations: UInt32
        public var parallelism: UInt32
        public var threads: UInt32
        /// The median wall time of the runs, in milliseconds.
        public var medianMilliseconds: Double
    }

    /// What calibration chose, and everything it measured on the way.
    public struct Result: Sendable, Codable {
        /// The chosen parameters.
        public var parameters: Argon2Parameters
        /// The thread count that was fastest for them.
        public var threads: UInt32
        /// Their measured median time, in milliseconds.
        public var medianMilliseconds: Double
        /// The budget asked for.
        public var targetMilliseconds: Double
        /// The memory ceiling, in KiB.
        public var maximumMemoryKiB: UInt32
        /// Every configuration measured, in order.
        public var trials: [Trial]
    }

    /// Calibrates.
    ///
    /// - Parameters:
    ///   - targetMilliseconds: The time one hash may take.
    ///   - maximumMemoryKiB: The memory ceiling per hash.
    ///   - runs: Runs per configuration; the median counts.
    /// - Returns: The chosen parameters and all measurements.
    /// - Throws: `KennwortError` when libargon2 fails (e.g. out of memory).
    public static func calibrate(
        targetMilliseconds: Double, maximumMemoryKiB: UInt32, runs: Int = 3
    ) throws(KennwortError) -> Result {
        var trials: [Trial] = []
        func measure(_ m: UInt32, _ t: UInt32, _ p: UInt32, _ threads: UInt32) throws(KennwortError) -> Trial {
            let trial = try Self.measure(memoryKiB: m, iterations: t, parallelism: p, threads: threads, runs: runs)
            trials.append(trial)
            return trial
        }

        // 1. Lanes and threads: the fastest shape for one pass over a probe-sized memory.
        let cores = UInt32(max(1, sysconf(Int32(_SC_NPROCESSORS_ONLN))))
        let probeMemory = max(min(maximumMemoryKiB, 16 * 1024), 32)
        var best: Trial?
        for lanes: UInt32 in [1, 2, 4] where probeMemory >= 8 * lanes {
            for threads in Set([1, min(lanes, cores)]).sorted() {
                let trial = try measure(probeMemory, 1, lanes, threads)
                if best == nil || trial.medianMilliseconds < best!.medianMilliseconds { best = trial }
            }
        }
        let lanes = best!.parallelism, threads = best!.threads

        // 2. Memory: the ceiling, halved until one pass fits the budget.
        var memory = max(maximumMemoryKiB, 8 * lanes)
        var onePass = try measure(memory, 1, lanes, threads)
        while onePass.medianMilliseconds > targetMilliseconds && memory / 2 >= 8 * lanes {
            memory /= 2
            onePass = try measure(memory, 1, lanes, threads)
        }

        // 3. Passes: as many as the budget allows, checked by measurement.
        var chosen = onePass
        var passes = UInt32(min(64, max(1, (targetMilliseconds / max(onePass.medianMilliseconds, 0.001)).rounded(.down))))
        while passes > 1 {
            let trial = try measure(memory, passes, lanes, threads)
            if trial.medianMilliseconds <= targetMilliseconds {
                chosen = trial
                break
            }
            passes = max(1, UInt32(Double(passes) * targetMilliseconds / trial.medianMilliseconds))
            if passes >= trial.iterations { passes = trial.iterations - 1 }
        }
        let parameters = Argon2Parameters(memoryKiB: chosen.memoryKiB, iterations: chosen.iterations, parallelism: lanes)
        return Result(
            parameters: parameters, threads: threads, medianMilliseconds: chosen.medianMilliseconds,
            targetMilliseconds: targetMilliseconds, maximumMemoryKiB: maximumMemoryKiB, trials: trials)
    }

    /// Times one configuration: the median of `runs` hashes.
    ///
    /// - Returns: The trial.
    /// - Throws: `KennwortError` when libargon2 fails.
    public static func measure(
        memoryKiB: UInt32, iterations: UInt32, parallelism: UInt32, threads: UInt32, runs: Int
    ) throws(KennwortError) -> Trial {
        let hasher = Argon2Hasher(
            parameters: Argon2Parameters(memoryKiB: memoryKiB, iterations: iterations, parallelism: parallelism),
            threads: threads)
        let password = SecretBytes(copying: Array("kennwort-calibration".utf8))
        var times: [Double] = []
        for _ in 0..<max(1, runs) {
            let start = MonotonicClock.seconds()
            _ = try hasher.hash(password)
            times.append((MonotonicClock.seconds() - start) * 1000)
        }
        times.sort()
        return Trial(
            memoryKiB: memoryKiB, iterations: iterations, parallelism: parallelism, threads: threads,
            medianMilliseconds: times[times.count / 2])
    }
}
