/// The lowest severity of a fail that makes the exit code 1 (`never`: none does).
public enum FailLevel: String, Sendable, CaseIterable {
    case error, warning, info, never
    public var threshold: Severity? { Severity(rawValue: rawValue) }
}
