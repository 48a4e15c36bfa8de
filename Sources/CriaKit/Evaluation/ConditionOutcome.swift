/// What evaluating a condition found: whether it holds, the section it looked at, and the
/// passages it rests on.
struct ConditionOutcome {
    var holds: Bool
    var focus: Section?
    var evidence: [Evidence] = []

    static func of(_ holds: Bool, focus: Section? = nil, evidence: [Evidence] = []) -> ConditionOutcome {
        ConditionOutcome(holds: holds, focus: focus, evidence: evidence)
    }
}
