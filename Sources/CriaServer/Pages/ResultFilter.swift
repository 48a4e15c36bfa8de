import CriaKit

/// Which results the result page lists: `?outcome=` and `?severity=` of its filter form.
/// By default, what needs attention: fails, reviews and waived results.
struct ResultFilter: Equatable {
    enum Shown: String, CaseIterable {
        case attention, fail, review, waived, pass, notApplicable, all

        var label: String {
            switch self {
            case .attention: return "Fails, reviews and waivers"
            case .fail: return "Fails"
            case .review: return "Reviews"
            case .waived: return "Waived"
            case .pass: return "Passes"
            case .notApplicable: return "Not applicable"
            case .all: return "Everything"
            }
        }

        func includes(_ outcome: Outcome) -> Bool {
            switch self {
            case .attention: return outcome == .fail || outcome == .review || outcome == .waived
            case .all: return true
            default: return outcome.rawValue == rawValue
            }
        }
    }

    var shown: Shown = .attention
    /// nil: every severity.
    var severity: Severity?

    init(outcome: String? = nil, severity: String? = nil) {
        shown = outcome.flatMap(Shown.init(rawValue:)) ?? .attention
        self.severity = severity.flatMap(Severity.init(rawValue:))
    }

    func includes(_ result: RuleResult) -> Bool {
        shown.includes(result.outcome) && (severity == nil || result.severity == severity)
    }
}
