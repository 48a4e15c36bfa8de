import Foundation
import Mustache

/// The HTML report: templates in `BatchHTMLTemplates`, rendered with swift-mustache; each
/// document's fragment is rendered as it arrives and spooled.
enum BatchHTML {
    static let templates: (start: MustacheTemplate, failedStart: MustacheTemplate, failedRow: MustacheTemplate, middle: MustacheTemplate, document: MustacheTemplate, end: MustacheTemplate) = {
        do {
            return (
                try MustacheTemplate(string: BatchHTMLTemplates.start),
                try MustacheTemplate(string: BatchHTMLTemplates.failedStart),
                try MustacheTemplate(string: BatchHTMLTemplates.failedRow),
                try MustacheTemplate(string: BatchHTMLTemplates.middle),
                try MustacheTemplate(string: BatchHTMLTemplates.document),
                try MustacheTemplate(string: BatchHTMLTemplates.end)
            )
        } catch {
            fatalError("batch HTML templates do not parse: \(error)")
        }
    }()

    /// A document's part of the page; `anchor` is its id, which the index links to.
    static func document(_ assessment: Assessment, department: String, anchor: String) -> String {
        let findings = assessment.findings
        let source = assessment.source ?? assessment.file
        let word = assessment.format == .docx ? "paragraph" : "line"
        let context: [String: Any] = [
            "anchor": anchor,
            "heading": DocumentIndexEntry.heading(of: assessment),
            "source": source,
            "type": assessment.documentType ?? "not stated",
            "govukPath": assessment.govukPath ?? "",
            "hasGovuk": assessment.govukPath != nil,
            "format": assessment.format.rawValue,
            "kind": assessment.kind.kind.rawValue,
            "department": department,
            "relevance": assessment.relevance.rawValue,
            "fails": findings.filter { $0.outcome == .fail }.count,
            "reviews": findings.filter { $0.outcome == .review }.count,
            "hasFindings": !findings.isEmpty,
            // A list of none or one: the section shows only for a page whose rights were found.
            "rightsEngaged": (assessment.rightsEngaged.map { [$0] } ?? []).map { engaged -> [String: Any] in
                ["message": engaged.message, "statements": engaged.evidence.map { ["topic": $0.note ?? "", "text": $0.text] }]
            },
            "hasProvisions": !assessment.provisions.isEmpty,
            "provisionCount": assessment.provisions.count,
            "provisionsAffect": assessment.provisions.count == 1 ? "provision that affects" : "provisions that affect",
            "provisions": assessment.provisions.map { provision -> [String: Any] in
                [
                    "name": provision.name.isEmpty ? provision.path : provision.name,
                    "articles": provision.articles.map { "Art \($0)" }.joined(separator: ", "),
                    "topics": provision.engaged.map(\.topic).joined(separator: "; "),
                    "text": provision.text,
                    "href": link(to: provision, in: assessment),
                    "location": provision.location.isKnown ? "\(assessment.file):\(provision.location.line):\(provision.location.column)" : assessment.file,
                ]
            },
            "findings": findings.sorted { ($0.outcome == .fail ? 0 : 1, -$0.severity.rank) < ($1.outcome == .fail ? 0 : 1, -$1.severity.rank) }.map { result -> [String: Any] in
                var place = result.location.isKnown ? "\(word) \(result.location.line)" : ""
                switch result.place {
                case .section(let title, _)?: place += (place.isEmpty ? "" : ", ") + "section “\(title)”"
                case .belongsIn(let title, _)?: place = "belongs in section “\(title)”; not found there or anywhere else"
                case .noSection(let topic)?: place = "no section on \(topic)"
                case .nowhere?: place = "not found anywhere in the document"
                case nil: break
                }
                // What a gate's message calls "(listed)": the attachments and the documents the
                // page introduces, every one, as the text report lists them.
                let published = result.evidence.filter(RuleResult.isPublishedWith).map { evidence -> [String: Any] in
                    ["note": evidence.note.map { $0 + ": " } ?? "", "text": evidence.text]
                }
                return [
                    "published": published,
                    "hasPublished": !published.isEmpty,
                    "outcome": result.outcome.rawValue,
                    "severity": result.severity.rawValue,
                    "rule": result.ruleID,
                    "articles": result.articles.map { "Art \($0)" }.joined(separator: ", "),
                    "place": place,
                    "message": result.message,
                    "guidance": TextReport.collapsed(result.guidance),
                ]
            },
        ]
        return templates.document.render(context)
    }

    /// Where a reader finds the provision: its page on legislation.gov.uk when the document
    /// is from there and the provision is a numbered section, else the file itself.
    static func link(to provision: Provision, in assessment: Assessment) -> String {
        let number = provision.number.trimmingCharacters(in: CharacterSet(charactersIn: "(). "))
        if let reference = assessment.metadata.reference, reference.hasPrefix("http://www.legislation.gov.uk/") || reference.hasPrefix("https://www.legislation.gov.uk/"),
            let first = number.first, first.isNumber, number.allSatisfy({ $0.isLetter || $0.isNumber })
        {
            let work = reference.replacingOccurrences(of: "/id/", with: "/").replacingOccurrences(of: "http://", with: "https://")
            let base = work.hasSuffix("/made") || work.hasSuffix("/enacted") ? String(work[..<work.lastIndex(of: "/")!]) : work
            let unit = ["United Kingdom Statutory Instrument", "Scottish Statutory Instrument", "Welsh Statutory Instrument"].contains(KindDetector.extra(assessment.metadata, "type") ?? "") ? "regulation" : "section"
            return "\(base)/\(unit)/\(number)"
        }
        let path = assessment.file.hasPrefix("/") ? assessment.file : FileManager.default.currentDirectoryPath + "/" + assessment.file
        return URL(fileURLWithPath: path).absoluteString
    }

    static func failedRow(_ error: InputError, department: String) -> String {
        templates.failedRow.render(
            [
                "file": error.file, "department": department, "line": error.location.line,
                "column": error.location.column, "message": error.message,
            ] as [String: Any])
    }

    /// The colour band of a coverage cell; the share is always printed as well.
    static func band(_ counts: OutcomeCounts) -> (band: String, share: String) {
        guard counts.applicable > 0 else { return ("h-na", "—") }
        let percent = BatchAggregate.percent(counts.unaddressed, of: counts.applicable)
        let band = counts.unaddressed == 0 ? "h0" : percent <= 25 ? "h1" : percent <= 50 ? "h2" : percent <= 75 ? "h3" : "h4"
        return (band, "\(percent)% unaddressed")
    }

    static func pageContext(_ view: BatchView) -> [String: Any] {
        let a = view.aggregate
        let top = a.mostUnaddressed()
        let maximum = max(1, top.map(\.counts.unaddressed).max() ?? 1)
        let labelWidth = 250, barWidth = 300, rowHeight = 26
        let chartTop: [[String: Any]] = top.enumerated().map { number, item in
            let failWidth = item.counts.fail * barWidth / maximum
            let reviewWidth = item.counts.review * barWidth / maximum
            return [
                "label": UNCRCArticles.label(item.article), "fail": item.counts.fail, "review": item.counts.review,
                "total": item.counts.unaddressed, "y": number * rowHeight, "barX": labelWidth,
                "failWidth": failWidth, "reviewX": labelWidth + failWidth, "reviewWidth": reviewWidth,
                "textX": labelWidth + failWidth + reviewWidth + 6,
            ]
        }
        let names = a.departmentNames
        var context: [String: Any] = [
            "tool": ToolInfo.name, "version": ToolInfo.version, "rules": view.context.rulesDirectory,
            "generated": view.context.generated,
            "given": a.given, "assessed": a.assessed, "direct": a.direct, "indirect": a.indirect, "failed": a.failed,
            "hasFailed": a.failed > 0,
            "fail": a.outcomes.fail, "review": a.outcomes.review, "pass": a.outcomes.pass, "notApplicable": a.outcomes.notApplicable, "waived": a.outcomes.waived,
            "severities": Severity.allCases.reversed().map { severity -> [String: Any] in
                let counts = a.severities[severity] ?? OutcomeCounts()
                return ["name": severity.rawValue, "fail": counts.fail, "review": counts.review]
            },
            "hasTop": !top.isEmpty, "top": chartTop, "topCount": top.count,
            "chartWidth": labelWidth + barWidth + 140, "chartHeight": max(rowHeight, top.count * rowHeight),
            "principles": BatchAggregate.generalPrinciples.map { "Art \($0) \(UNCRCArticles.topics[$0] ?? "")" },
            "departments": names.map { name -> [String: Any] in
                let s = a.departments[name]!
                return [
                    "name": name, "documents": s.documents, "assessed": s.assessed, "failed": s.failed,
                    "relevant": s.childRelevant, "relevantPercent": BatchAggregate.percent(s.childRelevant, of: s.assessed),
                    "principles": BatchAggregate.generalPrinciples.map { article -> [String: Any] in
                        let counts = s.principles[article] ?? OutcomeCounts()
                        return ["fail": counts.fail, "review": counts.review]
                    },
                ]
            },
            "departmentNames": names,
            "index": view.index.enumerated().map { rank, entry -> [String: Any] in
                [
                    "rank": rank + 1, "anchor": entry.anchor, "heading": entry.heading, "department": entry.department,
                    "type": entry.type, "errors": entry.errorFails, "warnings": entry.warningFails, "infos": entry.infoFails,
                    "reviews": entry.reviews, "relevance": entry.relevance,
                ]
            },
            "hasIndex": !view.index.isEmpty,
            "articleTables": [
                articleTable(a.byKind, id: "by-kind", title: "Articles by kind of document", caption: "UNCRC article × kind of document", column: "kind"),
                articleTable(a.byLegislature, id: "by-legislature", title: "Articles by legislature", caption: "UNCRC article × legislature (legislation only)", column: "legislature"),
                articleTable(
                    a.byPublishingDepartment, id: "by-publishing-department", title: "Articles by department, published documents",
                    caption: "UNCRC article × department, over GOV.UK items, web pages and legislation only", column: "department"),
            ].filter { !$0.isEmpty },
            "coverage": a.coverageArticles.map { article -> [String: Any] in
                let row = a.coverage[article] ?? [:]
                return [
                    "label": UNCRCArticles.label(article),
                    "cells": names.map { name -> [String: Any] in
                        let counts = row[name] ?? OutcomeCounts()
                        let (band, share) = band(counts)
                        return ["band": band, "share": share, "fail": counts.fail, "review": counts.review, "pass": counts.pass, "notApplicable": counts.notApplicable]
                    },
                ]
            },
        ]
        if let comparison = view.comparison {
            let t = comparison.total
            context["baseline"] =
                [
                    "report": comparison.baseline.path,
                    "newFindings": t.newFindings, "resolvedFindings": t.resolvedFindings,
                    "documentsAdded": t.documentsAdded, "documentsRemoved": t.documentsRemoved,
                    "hasDepartments": !comparison.departments.isEmpty,
                    "departments": comparison.departmentNames.map { name -> [String: Any] in
                        let c = comparison.departments[name]!
                        return ["name": name, "newFindings": c.newFindings, "resolvedFindings": c.resolvedFindings, "documentsAdded": c.documentsAdded, "documentsRemoved": c.documentsRemoved]
                    },
                    "hasArticles": !comparison.articles.isEmpty,
                    "articles": comparison.articles.keys.sorted().map { article -> [String: Any] in
                        let c = comparison.articles[article]!
                        return ["label": UNCRCArticles.label(article), "newFindings": c.newFindings, "resolvedFindings": c.resolvedFindings]
                    },
                    "hasAdded": !view.addedSample.isEmpty, "added": view.addedSample,
                    "moreAdded": max(0, t.documentsAdded - view.addedSample.count),
                    "hasRemoved": !view.removed.isEmpty, "removed": view.removed,
                    "matched": comparison.matchedCount, "baselineDocuments": comparison.baseline.documents.count,
                    "warning": comparison.warning ?? "", "hasWarning": comparison.warning != nil, "hasChangedDocuments": !comparison.documents.isEmpty,
                    "changedDocuments": comparison.documents.map { document -> [String: Any] in
                        let items = { (word: String, items: [BaselineComparison.Item]) in
                            items.map { ["word": word, "outcome": $0.outcome, "rule": $0.rule, "message": $0.message, "line": $0.line.map { " (line \($0))" } ?? ""] }
                        }
                        return [
                            "file": document.file, "note": document.added ? " (added)" : document.previous.map { " (was \($0))" } ?? "",
                            "items": items("new", document.new) + items("resolved", document.resolved),
                        ] as [String: Any]
                    },
                ] as [String: Any]
        }
        return context
    }

    /// An article table for the template: its columns with their documents, and a row per
    /// article; empty when no document engages any article.
    private static func articleTable(_ table: ArticleTable, id: String, title: String, caption: String, column: String) -> [String: Any] {
        guard !table.articles.isEmpty else { return [:] }
        let columns = table.columns
        return [
            "id": id, "title": title, "caption": caption, "column": column,
            "names": columns.map { "\($0) (\(table.documents[$0] ?? 0))" },
            "rows": table.articles.map { article -> [String: Any] in
                [
                    "label": UNCRCArticles.label(article),
                    "cells": columns.map { name -> [String: Any] in
                        let counts = table.cells[article]?[name] ?? ArticleTable.Counts()
                        return ["documents": counts.documents, "provisions": counts.provisions, "fail": counts.fail, "review": counts.review]
                    },
                ]
            },
        ]
    }
}

extension BatchHTML: StreamedReportFormat {
    static let name = "html"
    static let title = "HTML"
    static let fileExtension = "html"
    static let mediaType = "text/html; charset=utf-8"

    static func batchStream(to path: String, setup: BatchStreamSetup) throws -> any BatchReportStream {
        try BatchHTMLFile(path: path)
    }
}
