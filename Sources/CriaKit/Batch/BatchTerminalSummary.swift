/// What `cria batch` prints on stderr when it is done: how many documents, how many concern
/// children, the fails and reviews by severity, what changed since the baseline, and the
/// reports written, so that a run says where its results are.
public enum BatchTerminalSummary {
    public static func text(_ aggregate: BatchAggregate, comparison: BaselineComparison?, outputs: BatchOutputs) -> String {
        var lines: [String] = []
        var documents =
            "\(aggregate.given) document\(aggregate.given == 1 ? "" : "s"): \(aggregate.assessed) assessed, \(aggregate.direct + aggregate.indirect) about children (\(aggregate.direct) directly, \(aggregate.indirect) indirectly)"
        if aggregate.failed > 0 { documents += ", \(aggregate.failed) could not be read" }
        lines.append(documents)
        let bySeverity = Severity.allCases.reversed().map { severity -> String in
            let counts = aggregate.severities[severity] ?? OutcomeCounts()
            return "\(severity.rawValue) \(counts.fail) fail, \(counts.review) review"
        }
        lines.append("fails and reviews by severity: " + bySeverity.joined(separator: "; "))
        if let comparison {
            let t = comparison.total
            lines.append(
                "since \(comparison.baseline.path): \(t.newFindings) new, \(t.resolvedFindings) resolved; \(t.documentsAdded) documents added, \(t.documentsRemoved) removed (\(comparison.matchedCount) of \(comparison.baseline.documents.count) matched)"
            )
        }
        let written = outputs.files.map { "\($0.format.title) \($0.path)" }
        lines.append(written.isEmpty ? "report: Markdown on standard output" : "reports written: " + written.joined(separator: ", "))
        return lines.map { "cria: " + $0 }.joined(separator: "\n") + "\n"
    }
}
