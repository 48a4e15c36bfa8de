/// `cria check` for people: findings grouped by document, article tags, colour on a TTY.
public struct TextReport {
    public var colour: Bool
    public var showPassing: Bool

    public init(colour: Bool, showPassing: Bool = false) {
        self.colour = colour
        self.showPassing = showPassing
    }

    public func render(_ assessment: Assessment) -> String {
        var lines: [String] = []
        var heading = bold(assessment.file)
        if let title = assessment.metadata.title { heading += " — \(title)" }
        lines.append(heading)
        var facts = ["format \(assessment.format.rawValue)", "kind \(assessment.kind.kind.rawValue)", "relevance \(assessment.relevance.rawValue)"]
        if let department = assessment.metadata.department { facts.insert(department, at: 0) }
        lines.append("  " + dim(facts.joined(separator: " · ")))
        if !assessment.provisions.isEmpty {
            lines.append("  \(assessment.provisions.count) provision\(assessment.provisions.count == 1 ? "" : "s") affect children:")
            for provision in assessment.provisions {
                let articles = provision.articles.map { "Art \($0)" }.joined(separator: ", ")
                let topics = provision.engaged.map(\.topic).joined(separator: "; ")
                lines.append("    \(assessment.file):\(provision.location.line):\(provision.location.column): \(provision.name.isEmpty ? provision.path : provision.name) — \(articles) " + dim("(\(topics))"))
            }
        }
        let shown = assessment.results.filter { showPassing || $0.outcome == .fail || $0.outcome == .review || $0.outcome == .waived }
            .sorted { ($0.outcome == .fail ? 0 : 1, -$0.severity.rank, $0.location.line) < ($1.outcome == .fail ? 0 : 1, -$1.severity.rank, $1.location.line) }
        for result in shown {
            let articles = result.articles.map { "Art \($0)" }.joined(separator: ", ")
            lines.append("  \(assessment.file):\(result.location.line):\(result.location.column): \(label(result)) \(result.message) [\(result.ruleID)]\(articles.isEmpty ? "" : " " + dim("(\(articles))"))")
            if let waiver = result.waiver {
                lines.append("      " + dim("waived by \(waiver.by) (\(waiver.location.line):\(waiver.location.column)): \(waiver.reason)"))
                continue
            }
            for evidence in result.evidence.prefix(2) where result.outcome != .pass {
                lines.append("      " + dim("\(evidence.location.line):\(evidence.location.column) \(evidence.note.map { $0 + ": " } ?? "")\(evidence.text)"))
            }
        }
        for waiver in assessment.unusedWaivers {
            lines.append("  \(assessment.file):\(waiver.location.line):\(waiver.location.column): \(paint("warning:", code: "33")) unused waiver of '\(waiver.rule)': the rule has no fail or review here to waive")
        }
        let counts = Dictionary(grouping: assessment.results, by: \.outcome).mapValues(\.count)
        lines.append("  " + [Outcome.fail, .review, .waived, .pass, .notApplicable].map { "\(counts[$0] ?? 0) \(name($0))" }.joined(separator: ", "))
        return lines.joined(separator: "\n") + "\n"
    }

    private func label(_ result: RuleResult) -> String {
        switch result.outcome {
        case .fail: return paint(result.severity.rawValue + ":", code: result.severity == .error ? "31" : result.severity == .warning ? "33" : "36")
        case .review: return paint("review:", code: "35")
        case .pass: return paint("pass:", code: "32")
        case .notApplicable: return dim("n/a:")
        case .waived: return paint("waived:", code: "34")
        }
    }

    private func name(_ outcome: Outcome) -> String {
        switch outcome {
        case .fail: "fail"
        case .review: "review"
        case .pass: "pass"
        case .notApplicable: "not applicable"
        case .waived: "waived"
        }
    }

    private func paint(_ text: String, code: String) -> String { colour ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text }
    private func bold(_ text: String) -> String { paint(text, code: "1") }
    private func dim(_ text: String) -> String { paint(text, code: "2") }
}

extension TextReport: ReportFormat {
    public static let name = "text"
    public static let includesKnownNote = true

    /// Each document's findings, then (for more than one input) a summary line.
    public static func render(_ report: CheckReport) -> String {
        let text = TextReport(colour: report.colour, showPassing: report.showPassing)
        var out = report.assessments.map { text.render($0) + "\n" }.joined()
        if report.assessments.count + report.errors.count > 1 { out += summary(report.assessments, errors: report.errors) }
        if let knownNote = report.knownNote { out += knownNote + "\n" }
        return out
    }

    private static func summary(_ assessments: [Assessment], errors: [InputError]) -> String {
        let results = assessments.flatMap(\.results)
        let fails = results.filter { $0.outcome == .fail }.count
        let reviews = results.filter { $0.outcome == .review }.count
        let waived = results.filter { $0.outcome == .waived }.count
        let unused = assessments.map(\.unusedWaivers.count).reduce(0, +)
        var line = "\(assessments.count) document\(assessments.count == 1 ? "" : "s") checked: \(fails) fail, \(reviews) review, \(waived) waived"
        if unused > 0 { line += "; \(unused) unused waiver\(unused == 1 ? "" : "s")" }
        if !errors.isEmpty { line += "; \(errors.count) could not be read" }
        return line + "\n"
    }
}
