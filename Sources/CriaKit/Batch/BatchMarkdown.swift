import Foundation

/// The Markdown report: summary, departments and baseline changes for pasting into an
/// issue, then every input (one table row each) so that none is lost.
enum BatchMarkdown {
    static func cell(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\")
            .replacingOccurrences(of: "|", with: "\\|")
            .replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: "`", with: "\\`")
            .split(whereSeparator: \.isNewline).joined(separator: " ")
    }

    static func row(_ cells: [String]) -> String { "| " + cells.joined(separator: " | ") + " |\n" }

    static func documentRow(_ assessment: Assessment, department: String) -> String {
        let fails = assessment.results.filter { $0.outcome == .fail }.count
        let reviews = assessment.results.filter { $0.outcome == .review }.count
        return row([
            cell(assessment.file), assessment.format.rawValue, assessment.kind.kind.rawValue, cell(department), cell(assessment.metadata.title ?? ""), assessment.relevance.rawValue, String(fails), String(reviews),
        ])
    }

    /// A document's provisions that affect children (legislation) or the rights it engages
    /// (guidance, news, statistics), under its own heading; empty for anything else.
    static func engagement(_ assessment: Assessment) -> String {
        var out = ""
        let heading = "\n### `\(cell(assessment.file))`" + (assessment.metadata.title.map { " — \(cell($0))" } ?? "") + "\n\n"
        if let engaged = assessment.rightsEngaged {
            out += heading + cell(engaged.message) + "\n\n"
            for evidence in engaged.evidence { out += "- \(cell(evidence.note ?? "")): “\(cell(evidence.text))”\n" }
        }
        if !assessment.provisions.isEmpty {
            out += heading + "| Provision | Line | Articles | How | Text |\n|---|---:|---|---|---|\n"
            for provision in assessment.provisions {
                out += row([
                    cell(provision.name.isEmpty ? provision.path : provision.name), provision.location.isKnown ? String(provision.location.line) : "",
                    provision.articles.map(String.init).joined(separator: ", "), cell(provision.engaged.map(\.topic).joined(separator: "; ")), cell(provision.text),
                ])
            }
        }
        return out
    }

    /// An article × kind (or × legislature) table: documents engaging each article per column.
    static func articleTable(_ table: ArticleTable, title: String) -> String {
        guard !table.articles.isEmpty else { return "" }
        let columns = table.columns
        var out = "\n### \(title)\n\nDocuments that engage each article (provisions, statements, or fails and reviews of rules citing it) / provisions of legislation engaging it.\n\n"
        out += row(["Article"] + columns.map { "\(cell($0)) (\(table.documents[$0] ?? 0))" }) + "|---|" + String(repeating: "---:|", count: columns.count) + "\n"
        for article in table.articles {
            out += row(
                [cell(UNCRCArticles.label(article))]
                    + columns.map { name in
                        let counts = table.cells[article]?[name] ?? ArticleTable.Counts()
                        return "\(counts.documents) / \(counts.provisions)"
                    })
        }
        return out
    }

    static func failedRow(_ error: InputError, department: String) -> String {
        row([cell(error.file), cell(department), "\(error.location.line):\(error.location.column)", cell(error.message)])
    }

    static func fr(_ counts: OutcomeCounts?) -> String {
        let counts = counts ?? OutcomeCounts()
        return "\(counts.fail) / \(counts.review)"
    }

    static func head(_ view: BatchView) -> String {
        let a = view.aggregate
        var out = "# Child rights impact: batch report\n\n"
        out += "Generated \(view.context.generated) by \(ToolInfo.name) \(ToolInfo.version) with the rules in `\(view.context.rulesDirectory)`.\n\n"
        out += "## Summary\n\n| Documents | Count |\n|---|---:|\n"
        out += row(["Given", String(a.given)]) + row(["Assessed", String(a.assessed)])
        out += row(["Child-relevant, directly", String(a.direct)]) + row(["Child-relevant, indirectly", String(a.indirect)])
        out += row(["Failed to read", String(a.failed)])
        out += "\n| Findings by outcome | Count |\n|---|---:|\n"
        out += row(["fail", String(a.outcomes.fail)]) + row(["review", String(a.outcomes.review)])
        out += row(["pass", String(a.outcomes.pass)]) + row(["notApplicable", String(a.outcomes.notApplicable)])
        out += row(["waived", String(a.outcomes.waived)])
        out += "\n| Severity | Fail | Review |\n|---|---:|---:|\n"
        for severity in Severity.allCases.reversed() {
            let counts = a.severities[severity] ?? OutcomeCounts()
            out += row([severity.rawValue, String(counts.fail), String(counts.review)])
        }
        out += "\n### Articles most often unaddressed\n\n"
        let top = a.mostUnaddressed()
        if top.isEmpty {
            out += "No fails or reviews.\n"
        } else {
            out += "| Article | Fail | Review | Total |\n|---|---:|---:|---:|\n"
            for item in top { out += row([cell(UNCRCArticles.label(item.article)), String(item.counts.fail), String(item.counts.review), String(item.counts.unaddressed)]) }
        }
        out += articleTable(a.byKind, title: "Articles by kind of document") + articleTable(a.byLegislature, title: "Articles by legislature")
        out += articleTable(a.byPublishingDepartment, title: "Articles by department, published documents")
        out += "\n## Departments\n\nGeneral principles: fails / reviews of the rules tagged with each article.\n\n"
        out += "| Department | Documents | Assessed | Child-relevant | Failed to read | Art 2 | Art 3 | Art 6 | Art 12 |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|\n"
        for name in a.departmentNames {
            let s = a.departments[name]!
            out += row(
                [cell(name), String(s.documents), String(s.assessed), "\(s.childRelevant) (\(BatchAggregate.percent(s.childRelevant, of: s.assessed))%)", String(s.failed)]
                    + BatchAggregate.generalPrinciples.map { fr(s.principles[$0]) })
        }
        if let comparison = view.comparison {
            let t = comparison.total
            out += "\n## Changes since the baseline\n\nBaseline: `\(comparison.baseline.path)`. "
            out +=
                "\(t.newFindings) new findings, \(t.resolvedFindings) resolved; \(t.documentsAdded) documents added, \(t.documentsRemoved) removed; \(comparison.matchedCount) of the baseline's \(comparison.baseline.documents.count) documents matched.\n\n"
            if let warning = comparison.warning { out += "**Warning:** \(warning).\n\n" }
            for document in comparison.documents {
                out += "### `\(cell(document.file))`" + (document.added ? " (added)" : document.previous.map { " (was `\(cell($0))`)" } ?? "") + "\n\n"
                for (word, items) in [("new", document.new), ("resolved", document.resolved)] {
                    for item in items {
                        out += "- \(word): \(item.outcome) `\(item.rule)`\(item.line.map { " (line \($0))" } ?? ""): \(cell(item.message))\n"
                    }
                }
                out += "\n"
            }
            if !comparison.departments.isEmpty {
                out += "| Department | New findings | Resolved findings | Documents added | Documents removed |\n|---|---:|---:|---:|---:|\n"
                for name in comparison.departmentNames {
                    let c = comparison.departments[name]!
                    out += row([cell(name), String(c.newFindings), String(c.resolvedFindings), String(c.documentsAdded), String(c.documentsRemoved)])
                }
                out += "\n"
            }
            if !comparison.articles.isEmpty {
                out += "| Article | New findings | Resolved findings |\n|---|---:|---:|\n"
                for article in comparison.articles.keys.sorted() {
                    let c = comparison.articles[article]!
                    out += row([cell(UNCRCArticles.label(article)), String(c.newFindings), String(c.resolvedFindings)])
                }
                out += "\n"
            }
            if !view.addedSample.isEmpty {
                out += "Documents added: " + view.addedSample.map { "`\(cell($0))`" }.joined(separator: ", ")
                if t.documentsAdded > view.addedSample.count { out += " and \(t.documentsAdded - view.addedSample.count) more" }
                out += ".\n\n"
            }
            if !view.removed.isEmpty {
                out += "Documents removed: " + view.removed.map { "`\(cell($0))`" }.joined(separator: ", ") + ".\n\n"
            }
        }
        return out
    }
}

extension BatchMarkdown: StreamedReportFormat {
    static let name = "markdown"
    static let title = "Markdown"
    static let fileExtension = "md"
    static let mediaType = "text/markdown; charset=utf-8"

    static func batchStream(to path: String, setup: BatchStreamSetup) throws -> any BatchReportStream {
        try BatchMarkdownFile(path: path)
    }
}
