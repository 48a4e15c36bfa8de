/// The plain-text answers of `cria history points|show|diff|document`: aligned columns a
/// person reads in a terminal (the metrics and the trend report have their own formats).
public enum HistoryText {
    public static func table(_ header: [String], _ rows: [[String]], rightAligned: Set<Int> = []) -> String {
        let widths = header.indices.map { column in ([header] + rows).map { $0[column].count }.max() ?? 0 }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { column, cell in
                let padding = String(repeating: " ", count: widths[column] - cell.count)
                return rightAligned.contains(column) ? padding + cell : (column == cells.count - 1 ? cell : cell + padding)
            }.joined(separator: "  ")
        }
        return ([line(header)] + rows.map(line)).joined(separator: "\n") + "\n"
    }

    public static func points(_ points: [PointInfo]) -> String {
        if points.isEmpty { return "No points recorded.\n" }
        return table(
            ["point", "date", "documents", "child-relevant", "fails", "reviews", "unreadable"],
            points.map { [$0.label, $0.takenAt, String($0.documents), String($0.childRelevant), String($0.fails), String($0.reviews), String($0.failedInputs)] },
            rightAligned: [2, 3, 4, 5, 6])
    }

    public static func show(_ detail: PointDetail) -> String {
        let point = detail.point
        var out = "Point \(point.label) (\(point.takenAt)), recorded \(point.recordedAt) from \(point.source)\n"
        out += "\(point.documents) documents, \(point.childRelevant) child-relevant, \(point.fails) fails, \(point.reviews) reviews, \(point.failedInputs) unreadable\n\n"
        out += table(
            ["department", "documents", "child-relevant", "fails", "reviews"],
            detail.departments.map { [$0.name, String($0.documents), String($0.childRelevant), String($0.fails), String($0.reviews)] },
            rightAligned: [1, 2, 3, 4])
        if !detail.findings.isEmpty {
            out += "\nOpen findings\n"
            out += table(["document", "path", "outcome", "rule"], detail.findings.map { [String($0.document), $0.path, $0.outcome, $0.rule] }, rightAligned: [0])
        }
        return out
    }

    public static func diff(_ diff: PointDiff) -> String {
        var out = "From \(diff.from) to \(diff.to): \(diff.newFindings.count) new findings, \(diff.resolvedFindings.count) resolved, "
        out += "\(diff.added.count) documents added, \(diff.removed.count) removed\n"
        func findings(_ title: String, _ list: [PointDiff.Finding]) {
            guard !list.isEmpty else { return }
            out +=
                "\n\(title)\n"
                + table(
                    ["document", "path", "department", "outcome", "rule", "articles"],
                    list.map { [String($0.document), $0.path, $0.department, $0.outcome, $0.rule, $0.articles.map(String.init).joined(separator: " ")] },
                    rightAligned: [0])
        }
        func documents(_ title: String, _ list: [PointDiff.Document]) {
            guard !list.isEmpty else { return }
            out += "\n\(title)\n" + table(["document", "path", "department"], list.map { [String($0.document), $0.path, $0.department] }, rightAligned: [0])
        }
        findings("New findings", diff.newFindings)
        findings("Resolved findings", diff.resolvedFindings)
        documents("Documents added", diff.added)
        documents("Documents removed", diff.removed)
        return out
    }

    public static func document(_ timeline: DocumentTimeline) -> String {
        var out = "Document \(timeline.document)"
        if let reference = timeline.reference { out += " (reference \(reference))" }
        if let title = timeline.title { out += ": \(title)" }
        out +=
            "\n\n"
            + table(
                ["point", "path", "version", "department", "relevance", "open findings"],
                timeline.observations.map { [$0.point, $0.path, String($0.version), $0.department, $0.relevance, String($0.open)] },
                rightAligned: [2, 5])
        if !timeline.findings.isEmpty {
            out +=
                "\n"
                + table(
                    ["rule", "outcome", "appeared", "resolved"],
                    timeline.findings.map { [$0.rule, $0.outcome, $0.appeared, $0.resolved ?? "open"] })
        }
        return out
    }
}
