import CriaKit
import Foundation

/// The result of one document: outcome counts, the filter, the findings grouped by the
/// four general principles and then by article (each with its message, guidance, citations
/// and evidence, and a link to where it rests), the document's own text section by section
/// with those places marked, and the downloads.
enum ResultPage {
    static let generalPrinciples = [2, 3, 6, 12]

    static func html(_ document: CheckedDocument, filter: ResultFilter, pack: CompiledPack) -> String {
        let assessment = document.assessment
        let shown = assessment.results.filter(filter.includes)
        // Numbered in the order listed, so markers in the text can name them.
        let grouped = groups(shown)
        var numbered: [(number: Int, result: RuleResult)] = []
        for group in grouped { for result in group.results { numbered.append((numbered.count + 1, result)) } }

        var anchors: [Int: DocumentView.Anchor] = [:]
        var markers: [DocumentView.Anchor: [(Int, RuleResult)]] = [:]
        for (number, result) in numbered {
            guard let anchor = document.view.anchor(for: result.path) else { continue }
            anchors[number] = anchor
            markers[anchor, default: []].append((number, result))
        }

        var index = 0
        let groupContexts: [[String: Any]] = grouped.map { group in
            let findings: [[String: Any]] = group.results.map { _ in
                let (number, result) = numbered[index]
                index += 1
                return finding(number: number, result, anchor: anchors[number], view: document.view, rule: pack.pack.rule(id: result.ruleID), format: assessment.format)
            }
            return ["heading": group.heading, "id": group.id, "count": group.results.count, "findings": findings]
        }

        let counts = Dictionary(grouping: assessment.results, by: \.outcome).mapValues(\.count)
        let context: [String: Any] = [
            "id": document.id,
            "title": assessment.metadata.title ?? document.name,
            "name": document.name,
            "format": assessment.format.rawValue,
            "department": assessment.metadata.department ?? "",
            "hasDepartment": assessment.metadata.department != nil,
            "relevance": relevanceSentence(assessment.relevance),
            "counts": [
                ["label": "Fail", "value": counts[.fail] ?? 0],
                ["label": "Review", "value": counts[.review] ?? 0],
                ["label": "Pass", "value": counts[.pass] ?? 0],
                ["label": "Not applicable", "value": counts[.notApplicable] ?? 0],
                ["label": "Waived", "value": counts[.waived] ?? 0],
            ] as [[String: Any]],
            "outcomes": ResultFilter.Shown.allCases.map { ["value": $0.rawValue, "label": $0.label, "selected": $0 == filter.shown] as [String: Any] },
            "severities": ([nil] + Severity.allCases.reversed().map { Optional($0) }).map { severity -> [String: Any] in
                ["value": severity?.rawValue ?? "", "label": severity.map { $0.rawValue.capitalized } ?? "Any severity", "selected": severity == filter.severity]
            },
            "shownCount": shown.count,
            "total": assessment.results.count,
            "groups": groupContexts,
            "hasGroups": !groupContexts.isEmpty,
            "parts": parts(document.view, markers: markers),
            // Text is what the page shows; the HTML report has a link of its own (`report.html`,
            // rendered on the check queue).
            "formats": ReportFormats.registered.filter { $0.name != "text" && $0.name != "html" }.map { format -> [String: Any] in
                ["name": format.name, "label": format.title]
            },
            "unusedWaivers": assessment.unusedWaivers.map { ["rule": $0.rule, "by": $0.by, "reason": $0.reason] },
            "hasUnusedWaivers": !assessment.unusedWaivers.isEmpty,
        ]
        return Page(title: "Result: \(document.name)", template: ResultPageTemplate.template, context: context).html
    }

    struct Group {
        let heading: String
        let id: String
        var results: [RuleResult]
    }

    /// A result goes under the first general principle among its rule's articles, else
    /// under its rule's first article; principles first, then articles in order.
    static func groups(_ results: [RuleResult]) -> [Group] {
        var byKey: [Int: [RuleResult]] = [:]
        for result in results {
            let key = result.articles.first(where: generalPrinciples.contains) ?? result.articles.first ?? 0
            byKey[key, default: []].append(result)
        }
        let order = generalPrinciples + byKey.keys.filter { !generalPrinciples.contains($0) && $0 != 0 }.sorted() + [0]
        return order.compactMap { key in
            guard let results = byKey[key] else { return nil }
            let heading: String
            if generalPrinciples.contains(key) { heading = "General principle: \(UNCRCArticles.label(key))" } else if key == 0 { heading = "Process and quality" } else { heading = UNCRCArticles.label(key) }
            return Group(heading: heading, id: "art\(key)", results: results.sorted { rank($0) < rank($1) })
        }
    }

    /// Fails first, then reviews, waivers, passes and the rest; errors before warnings.
    private static func rank(_ result: RuleResult) -> Int {
        let outcomes: [Outcome] = [.fail, .review, .waived, .pass, .notApplicable]
        let severities: [Severity] = [.error, .warning, .info]
        return (outcomes.firstIndex(of: result.outcome) ?? outcomes.count) * 10 + (severities.firstIndex(of: result.severity) ?? 0)
    }

    static func outcomeLabel(_ outcome: Outcome) -> String {
        switch outcome {
        case .fail: return "Fail"
        case .review: return "Review"
        case .pass: return "Pass"
        case .notApplicable: return "Not applicable"
        case .waived: return "Waived"
        }
    }

    private static func relevanceSentence(_ relevance: Relevance) -> String {
        switch relevance {
        case .direct: return "This proposal directly concerns children."
        case .indirect: return "This proposal concerns children indirectly (through their families, homes or services)."
        case .none: return "cria found nothing in this document about children; most checks do not apply."
        }
    }

    /// Where a location is, as the reader of this format counts: Word documents have no
    /// lines, and cria's "line" in one is the paragraph number.
    private static func describe(_ location: SourceLocation, format: DocumentFormat) -> String {
        guard location.isKnown else { return "" }
        return format == .docx ? "paragraph \(location.line)" : "line \(location.line), column \(location.column)"
    }

    private static func finding(number: Int, _ result: RuleResult, anchor: DocumentView.Anchor?, view: DocumentView, rule: Rule?, format: DocumentFormat) -> [String: Any] {
        let wholeDocument = "The whole document"
        var place = wholeDocument
        if let anchor {
            let part: Int
            switch anchor {
            case .part(let index): part = index
            case .paragraph(let index, _): part = index
            }
            let title = view.parts[part].title
            place = title.isEmpty ? "The opening text" : "The section “\(title)”"
        } else if let section = result.sectionTitle {
            place = "The section “\(section)”"
        }
        var context: [String: Any] = [
            "number": number,
            "outcome": result.outcome.rawValue,
            "outcomeLabel": outcomeLabel(result.outcome),
            "severity": result.severity.rawValue,
            "rule": result.ruleID,
            "ruleURL": "/rules/\(result.ruleID.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? result.ruleID)",
            "title": result.title,
            "message": result.message,
            "guidance": rule?.guidance.trimmingCharacters(in: .whitespacesAndNewlines) ?? "",
            "hasGuidance": !(rule?.guidance.isEmpty ?? true) && result.outcome != .pass && result.outcome != .notApplicable,
            "references": rule?.references.joined(separator: "; ") ?? "",
            "articles": result.articles.map { UNCRCArticles.label($0) }.joined(separator: ", "),
            "place": place,
            "location": describe(result.location, format: format),
            // A finding about what the whole document lacks has no place worth a number.
            "hasLocation": result.location.isKnown && place != wholeDocument,
            "anchor": anchor?.id ?? "",
            "hasAnchor": anchor != nil,
            "evidence": result.evidence.map { item -> [String: Any] in
                [
                    "text": item.text, "note": item.note ?? "", "hasNote": item.note != nil,
                    "location": describe(item.location, format: format),
                ]
            },
            "hasEvidence": !result.evidence.isEmpty,
        ]
        if let waiver = result.waiver {
            context["waiver"] = ["by": waiver.by, "reason": waiver.reason, "was": result.waivedOutcome.map(outcomeLabel) ?? ""]
        }
        return context
    }

    private static func parts(_ view: DocumentView, markers: [DocumentView.Anchor: [(Int, RuleResult)]]) -> [[String: Any]] {
        view.parts.enumerated().map { partIndex, part -> [String: Any] in
            let partAnchor = DocumentView.Anchor.part(partIndex)
            return [
                "id": partAnchor.id,
                "title": part.title,
                "hasTitle": !part.title.isEmpty && part.depth > 0,
                // The text's headings sit below the page's h2 "Your document".
                "level": min(6, 2 + part.depth),
                "markers": markerContexts(markers[partAnchor]),
                "paragraphs": part.paragraphs.enumerated().map { index, paragraph -> [String: Any] in
                    let anchor = DocumentView.Anchor.paragraph(part: partIndex, index: index)
                    let here = markerContexts(markers[anchor])
                    return ["id": anchor.id, "text": paragraph.text, "marked": !here.isEmpty, "markers": here]
                },
            ]
        }
    }

    private static func markerContexts(_ list: [(Int, RuleResult)]?) -> [[String: Any]] {
        (list ?? []).map { number, result in
            ["number": number, "outcome": result.outcome.rawValue, "outcomeLabel": outcomeLabel(result.outcome), "rule": result.ruleID]
        }
    }
}
