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

/// Passages a condition rests on: quoted already, or quoted when first read (and kept for
/// every outcome that shares them).
enum Quotes {
    case quoted([Evidence])
    case deferred(DeferredQuotes)

    var evidence: [Evidence] {
        switch self {
        case .quoted(let evidence): return evidence
        case .deferred(let deferred): return deferred.evidence
        }
    }
}

final class DeferredQuotes {
    private var quote: (() -> [Evidence])?
    private var quoted: [Evidence] = []

    init(_ quote: @escaping () -> [Evidence]) {
        self.quote = quote
    }

    var evidence: [Evidence] {
        if let quote {
            quoted = quote()
            self.quote = nil
        }
        return quoted
    }
}
