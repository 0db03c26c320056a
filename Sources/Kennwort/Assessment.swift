/// How much a finding weighs in the verdict.
public enum Severity: String, Sendable, Hashable, Codable, Comparable {
    /// Background information; never changes the verdict.
    case info
    /// Worth knowing; the password may still be accepted.
    case warning
    /// The password must not be used.
    case reject

    private var rank: Int {
        switch self {
        case .info: 0
        case .warning: 1
        case .reject: 2
        }
    }

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}

/// A stable code naming one finding, e.g. `cracklib.dictionary-word`.
///
/// Codes never change meaning. The code is also the key of the finding's
/// message and advice in the ``AdviceCatalog``.
public struct FindingCode: RawRepresentable, Sendable, Hashable, Codable, CustomStringConvertible {
    public var rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public var description: String { rawValue }

    public init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}

/// One thing a check found about a password.
public struct Finding: Sendable, Hashable {
    /// The stable code, also the key of the message and advice texts.
    public var code: FindingCode
    /// How much the finding weighs.
    public var severity: Severity
    /// The policy rule that found it, e.g. `length`, `cracklib`, `estimator`.
    public var rule: String?

    /// Makes a finding.
    ///
    /// - Parameters:
    ///   - code: The stable code.
    ///   - severity: How much it weighs; `.reject` by default.
    ///   - rule: The policy rule that found it.
    public init(_ code: FindingCode, severity: Severity = .reject, rule: String? = nil) {
        self.code = code
        self.severity = severity
        self.rule = rule
    }
}

/// What every check returns: the findings and the verdict they give.
///
/// Later stages (estimator, policy, breach list) add their findings here,
/// so every front end (CLI, batch, helper) reads one type.
public struct Assessment: Sendable {
    /// Everything the checks found, in the order they found it.
    public var findings: [Finding]
    /// The guess estimate, when the estimator ran.
    public var estimate: Estimate?
    /// The policy applied.
    public var policy: String?

    /// Makes an assessment.
    ///
    /// - Parameters:
    ///   - findings: The findings so far.
    ///   - estimate: The guess estimate, if any.
    public init(findings: [Finding] = [], estimate: Estimate? = nil) {
        self.findings = findings
        self.estimate = estimate
    }

    /// Whether the password may be used: no finding rejects it.
    public var accepted: Bool { !findings.contains { $0.severity == .reject } }

    /// The findings that reject the password.
    public var reasons: [Finding] { findings.filter { $0.severity == .reject } }

    /// The rule that decided a rejection: the first rule with a rejecting finding.
    public var decidedBy: String? { reasons.first.map { $0.rule ?? "input" } }
}
