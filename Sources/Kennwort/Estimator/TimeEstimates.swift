import Glibc

/// The third stage: how long an attacker needs, in four scenarios.
public enum AttackScenario: String, Sendable, CaseIterable, Codable {
    /// Online, rate-limited: 100 guesses per hour.
    case onlineThrottled = "online-throttled"
    /// Online, no rate limit: 10 guesses per second.
    case onlineUnthrottled = "online-unthrottled"
    /// Offline against Kennwort's default Argon2id hash (rfc9106-low: 64 MiB, t=3, p=4).
    ///
    /// 10,000 guesses per second: one core computes about 7 of these hashes a
    /// second here, and 64 MiB per guess caps a GPU at a few hundred; the
    /// figure assumes an attacker with dozens of GPUs.
    case offlineArgon2 = "offline-argon2"
    /// Offline against a fast hash such as unsalted SHA-1: 10^10 guesses per second.
    case offlineFastHash = "offline-fast-hash"

    /// Guesses per second.
    public var guessesPerSecond: Double {
        switch self {
        case .onlineThrottled: 100.0 / 3600
        case .onlineUnthrottled: 10
        case .offlineArgon2: 1e4
        case .offlineFastHash: 1e10
        }
    }
}

/// How long one scenario takes.
public struct CrackTime: Sendable, Hashable {
    /// The scenario.
    public var scenario: AttackScenario
    /// Seconds, or `.infinity` when beyond any number.
    public var seconds: Double
}

enum TimeEstimates {
    /// The crack time in each scenario for `10^guessesLog10` guesses.
    static func crackTimes(guessesLog10: Double) -> [CrackTime] {
        AttackScenario.allCases.map { scenario in
            let log = guessesLog10 - log10(scenario.guessesPerSecond)
            return CrackTime(scenario: scenario, seconds: log > 300 ? .infinity : pow(10, log))
        }
    }
}
