/// `cria check` for people: findings grouped by document, each with the section it concerns,
/// what to do about it and what was found; then the next three things to do. Colour on a TTY.
public struct TextReport {
    public var colour: Bool
    public var showPassing: Bool
    /// Full guidance and every piece of evidence, in place of the guidance's first sentence
    /// and two pieces.
    public var verbose: Bool

    public init(colour: Bool, showPassing: Bool = false, verbose: Bool = false) {
        self.colour = colour
        self.showPassing = showPassing
        self.verbose = verbose
    }

    /// Every document, a summary line when there are several (or inputs that could not be
    /// read), the baseline's note, and the next steps.
    public func render(_ assessments: [Assessment], errors: Int = 0, knownNote: String? = nil) -> String {
        // One blank line between blocks: documents, then the summary and note, then the next steps
        // (which bring their own leading blank line).
        var out = assessments.map { render($0) }.joined(separator: "\n")
        var footer = assessments.count + errors > 1 ? summary(assessments, errors: errors) : ""
        if let knownNote { footer += knownNote + "\n" }
        if !footer.isEmpty { out += (out.isEmpty ? "" : "\n") + footer }
        out += nextSteps(assessments, naming: assessments.count > 1)
        return out
    }

    /// Why a document's relevance is not what its mentions of children alone would make it:
    /// legislation read by its provisions, or a proposal that reaches children through the
    /// people or services they depend on.
    public static func relevanceNote(_ judgement: RelevanceJudgement) -> String {
        if judgement.childrenInNoProvision { return " (children named only outside its provisions)" }
        // Which of `actsOnChildren`'s kinds of act a document holds is not kept, so the note names
        // none: listing them all said of an Act what it does not do (a reviewer's finding).
        if judgement.provisionsActOnChildren { return " (provisions act on children: see the provisions listed)" }
        if judgement.childrenOnlyAsDependants { return " (children only as dependants or survivors of an adult's entitlement)" }
        if judgement.offenceAgainstChildren { return " (its title or summary names an offence against children that it changes)" }
        if judgement.provisionsPayChildren { return " (provisions pay benefits or allowances to or for children, or fund services for them)" }
        if judgement.reachingStatements > 0 {
            return " (through \(judgement.reachingStatements) \(judgement.reachingThrough))"
        }
        // Words that would have counted but were the animals' say why a proposal full of
        // "pregnancy" and "welfare" is none.
        if judgement.relevance == .none, !judgement.termsOfAnimals.isEmpty {
            return " (said of animals, not people: " + judgement.termsOfAnimals.map { "\"\($0)\"" }.joined(separator: ", ") + ")"
        }
        return ""
    }

    public func render(_ assessment: Assessment) -> String {
        var lines: [String] = []
        var heading = bold(assessment.file)
        if let title = assessment.metadata.title { heading += " — \(title)" }
        lines.append(heading)
        var facts = ["format \(assessment.format.rawValue)", "kind \(assessment.kind.kind.rawValue)", "relevance \(assessment.relevance.rawValue)\(Self.relevanceNote(assessment.relevanceJudgement))"]
        if let department = assessment.metadata.department { facts.insert(department, at: 0) }
        lines.append("  " + dim(facts.joined(separator: " · ")))
        if assessment.isBlank {
            lines.append("  " + bold("template not filled in:") + " no section holds any text yet, so nothing the checklist asks for is shown")
        }
        if let engaged = assessment.rightsEngaged {
            lines.append("  \(engaged.message)")
            for evidence in engaged.evidence {
                lines.append("    \(assessment.file):\(evidence.location.line): \(evidence.note ?? "") " + dim("“\(evidence.text)”"))
            }
        }
        if !assessment.provisions.isEmpty {
            let count = assessment.provisions.count
            lines.append("  \(count) \(count == 1 ? "provision affects" : "provisions affect") children:")
            for provision in assessment.provisions {
                let articles = provision.articles.map { "Art \($0)" }.joined(separator: ", ")
                let topics = provision.engaged.map(\.topic).joined(separator: "; ")
                lines.append("    \(assessment.file):\(provision.location.line):\(provision.location.column): \(provision.name.isEmpty ? provision.path : provision.name) — \(articles) " + dim("(\(topics))"))
            }
        }
        let shown = assessment.results.filter { showPassing || $0.outcome == .fail || $0.outcome == .review || $0.outcome == .waived }
            .sorted { Self.order($0) < Self.order($1) }
        let word = assessment.format == .docx ? "paragraph" : "line"
        for result in shown {
            let articles = result.articles.map { "Art \($0)" }.joined(separator: ", ")
            lines.append("  \(locationText(result, in: assessment)): \(label(result)) \(result.message) [\(result.ruleID)]\(articles.isEmpty ? "" : " " + dim("(\(articles))"))")
            switch result.place {
            case .section(let title, let location)?:
                lines.append("      section \"\(title)\"" + (location.isKnown ? ", \(word) \(location.line)" : ""))
            case .belongsIn(let title, let location)?:
                lines.append("      belongs in section \"\(title)\"" + (location.isKnown ? ", \(word) \(location.line)" : "") + ": not found there or anywhere else")
            case .noSection(let topic)?:
                lines.append("      no section on \(topic), and not found anywhere else")
            case .nowhere?:
                lines.append("      not found anywhere in the document")
            case nil:
                break
            }
            if let waiver = result.waiver {
                lines.append("      " + dim("waived by \(waiver.by) (\(word) \(waiver.location.line)): \(waiver.reason)"))
                continue
            }
            guard result.outcome == .fail || result.outcome == .review else { continue }
            if !result.guidance.isEmpty {
                lines.append("      what to do: " + (verbose ? Self.collapsed(result.guidance) : Self.firstSentence(of: result.guidance)))
            }
            let found = result.outcome == .fail ? "found, not enough:" : "found, for a person to judge:"
            // A document published with the item (a gate's attachments, a linked assessment) is
            // listed as what it is, every one, with no line of the item's text.
            let published = result.evidence.filter(RuleResult.isPublishedWith)
            for evidence in result.evidence.filter({ !RuleResult.isPublishedWith($0) }).prefix(verbose ? Int.max : 2) {
                // What a statement rule looked for and how many it found is no line of the
                // document: it is said as it is ("looked for ...: 1 found"), not as found text.
                if evidence.isSearch {
                    lines.append("      " + dim(evidence.text))
                    continue
                }
                lines.append("      " + dim("\(found) \(word) \(evidence.location.line): \(evidence.note.map { $0 + ": " } ?? "")\(evidence.text)"))
            }
            for evidence in published {
                lines.append("      " + dim("published with it: \(evidence.note.map { $0 + ": " } ?? "")\(evidence.text)"))
            }
        }
        for waiver in assessment.unusedWaivers {
            lines.append("  \(assessment.file):\(waiver.location.line):\(waiver.location.column): \(paint("warning:", code: "33")) unused waiver of '\(waiver.rule)': the rule has no fail or review here to waive")
        }
        // Counted in a loop: grouping the results to count each group made key paths at
        // run time and copied every result.
        var counts: [Outcome: Int] = [:]
        for result in assessment.results { counts[result.outcome, default: 0] += 1 }
        lines.append("  " + [Outcome.fail, .review, .waived, .pass, .notApplicable].map { "\(counts[$0] ?? 0) \(name($0))" }.joined(separator: ", "))
        return lines.joined(separator: "\n") + "\n"
    }

    /// `file:line:column`, or the file alone when the finding is about something the document
    /// lacks and its only place is the document as a whole (its title, `1:1`).
    private func locationText(_ result: RuleResult, in assessment: Assessment) -> String {
        switch result.place {
        case .noSection?, .nowhere?:
            return assessment.file
        case .belongsIn(_, let location)?:
            return location.isKnown ? "\(assessment.file):\(location.line):\(location.column)" : assessment.file
        default:
            return result.location.isKnown ? "\(assessment.file):\(result.location.line):\(result.location.column)" : assessment.file
        }
    }

    /// The three most pressing fails and reviews of the run, fails first, most severe first,
    /// each as what to do; and where the full guidance is.
    func nextSteps(_ assessments: [Assessment], naming files: Bool) -> String {
        let pressing = assessments.flatMap { assessment in
            assessment.results.filter { $0.outcome == .fail || $0.outcome == .review }.map { (assessment, $0) }
        }
        .enumerated()
        .sorted { a, b in
            let (x, y) = (Self.order(a.element.1), Self.order(b.element.1))
            return (x.0, x.1, a.offset) < (y.0, y.1, b.offset)
        }
        .prefix(3)
        guard let first = pressing.first else { return "" }
        var lines = ["", bold("Next steps, most severe first:")]
        for (number, item) in pressing.enumerated() {
            let (assessment, result) = item.element
            var place = ""
            switch result.place {
            case .section(let title, _)?, .belongsIn(let title, _)?: place = "section \"\(title)\""
            case .noSection(let topic)?: place = "add a section on \(topic)"
            case .nowhere?, nil: break
            }
            if files { place = place.isEmpty ? assessment.file : "\(assessment.file), \(place)" }
            let what = result.guidance.isEmpty ? result.message : Self.firstSentence(of: result.guidance)
            lines.append("  \(number + 1). \(result.outcome.rawValue) (\(result.severity.rawValue)) \(what)" + (place.isEmpty ? "" : " [\(place)]"))
        }
        lines.append("Full guidance for a rule: `cria explain \(first.element.1.ruleID)` (any rule id in brackets), or `cria check --verbose`.")
        return lines.joined(separator: "\n") + "\n"
    }

    private func summary(_ assessments: [Assessment], errors: Int) -> String {
        let results = assessments.flatMap(\.results)
        let fails = results.filter { $0.outcome == .fail }.count
        let reviews = results.filter { $0.outcome == .review }.count
        let waived = results.filter { $0.outcome == .waived }.count
        let unused = assessments.map(\.unusedWaivers.count).reduce(0, +)
        var line = "\(assessments.count) document\(assessments.count == 1 ? "" : "s") checked: \(fails) fail, \(reviews) review, \(waived) waived"
        if unused > 0 { line += "; \(unused) unused waiver\(unused == 1 ? "" : "s")" }
        if errors > 0 { line += "; \(errors) could not be read" }
        return line + "\n"
    }

    /// Fails before reviews before the rest, most severe first, then in document order.
    private static func order(_ result: RuleResult) -> (Int, Int, Int) {
        let outcome = result.outcome == .fail ? 0 : result.outcome == .review ? 1 : 2
        return (outcome, -result.severity.rank, result.location.line)
    }

    /// The guidance's first sentence, on one line: a full stop followed by a space and a
    /// capital letter, unless it closes an abbreviation ("e.g.", "para.", "No.").
    static func firstSentence(of guidance: String) -> String {
        let text = collapsed(guidance)
        var index = text.startIndex
        while let stop = text[index...].firstIndex(of: ".") {
            let next = text.index(after: stop)
            if next == text.endIndex { return text }
            let word = text[..<stop].split(whereSeparator: { $0 == " " || $0 == "(" }).last.map(String.init) ?? ""
            if text[next] == " ", text.index(after: next) < text.endIndex, text[text.index(after: next)].isUppercase,
                !["e.g", "i.e", "para", "paras", "No", "Art", "cf", "etc"].contains(word)
            {
                return String(text[...stop])
            }
            index = next
        }
        return text
    }

    static func collapsed(_ text: String) -> String {
        text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).joined(separator: " ")
    }

    /// One vocabulary: a fail or review, and its severity.
    private func label(_ result: RuleResult) -> String {
        switch result.outcome {
        case .fail: return paint("fail (\(result.severity.rawValue)):", code: result.severity == .error ? "31" : result.severity == .warning ? "33" : "36")
        case .review: return paint("review (\(result.severity.rawValue)):", code: "35")
        case .pass: return paint("pass:", code: "32")
        case .notApplicable: return dim("n/a:")
        case .waived: return paint("waived (\((result.waivedOutcome ?? .fail).rawValue), \(result.severity.rawValue)):", code: "34")
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

extension TextReport: WholeReportFormat {
    public static let name = "text"
    public static let title = "Text"
    public static let fileExtension = "txt"
    public static let mediaType = "text/plain; charset=utf-8"
    public static let includesKnownNote = true

    /// Each document's findings, a summary line for more than one input, the baseline's
    /// note and the next steps.
    public static func render(_ report: CheckReport) -> String {
        TextReport(colour: report.colour, showPassing: report.showPassing, verbose: report.verbose)
            .render(report.assessments, errors: report.errors.count, knownNote: report.knownNote)
    }
}
