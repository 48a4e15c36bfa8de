/// What evaluating a condition found: whether it holds, the section it looked at, and the
/// passages it rests on. Passages found by searching are quoted only when read: most
/// outcomes only decide whether a rule applies, or give way to another, and are never shown.
struct ConditionOutcome {
    var holds: Bool
    var focus: Section?
    /// The passages in order, in parts quoted already or still to be quoted.
    var quotes: [Quotes] = []

    /// The passages, quoted.
    var evidence: [Evidence] {
        if quotes.count == 1 { return quotes[0].evidence }
        return quotes.flatMap(\.evidence)
    }

    static func of(_ holds: Bool, focus: Section? = nil, evidence: [Evidence] = []) -> ConditionOutcome {
        ConditionOutcome(holds: holds, focus: focus, quotes: evidence.isEmpty ? [] : [.quoted(evidence)])
    }

    static func of(_ holds: Bool, focus: Section? = nil, quotes: Quotes) -> ConditionOutcome {
        ConditionOutcome(holds: holds, focus: focus, quotes: [quotes])
    }
}
