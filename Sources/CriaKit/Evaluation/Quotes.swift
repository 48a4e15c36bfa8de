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
