/// Decides a document's kind from what the format states (GOV.UK `document_type`, the
/// legislation dialects and schemas), else from its title and headings, else reads it as a
/// department's proposal: that is what cria is given when nothing says otherwise.
public enum KindDetector {
    /// GOV.UK `document_type` values (publishing-api's list) and the kind each is. A type not
    /// listed (an `html_publication`) whose parent publication is guidance (`guidanceParents`)
    /// is guidance: it is that guidance's text (a curriculum's programmes of study under
    /// statutory guidance). Other parents do not pass their kind on: an HTML House of Commons
    /// paper under a policy paper is a report of its own.
    static let govukDocumentTypes: [String: DocumentKind] = {
        var kinds: [String: DocumentKind] = [:]
        for type in ["impact_assessment"] { kinds[type] = .assessment }
        for type in [
            "policy_paper", "open_consultation", "closed_consultation", "consultation_outcome",
            "open_call_for_evidence", "closed_call_for_evidence", "call_for_evidence_outcome",
            "consultation", "call_for_evidence", "white_paper", "green_paper", "decision",
        ] { kinds[type] = .proposal }
        for type in [
            "guide", "guidance", "detailed_guide", "statutory_guidance", "manual", "manual_section",
            "hmrc_manual", "hmrc_manual_section", "answer", "transaction", "local_transaction", "form",
            "regulation", "notice", "promotional", "simple_smart_answer", "smart_answer", "calculator",
            "licence", "place", "drug_safety_update", "medical_safety_alert", "travel_advice",
            "step_by_step_nav", "help_page", "international_treaty", "foi_release", "map",
        ] { kinds[type] = .guidance }
        for type in [
            "news_story", "press_release", "speech", "oral_statement", "written_statement",
            "authored_article", "government_response", "case_study", "fatality_notice",
            "world_news_story", "news_article", "correspondence",
        ] { kinds[type] = .news }
        for type in [
            "official_statistics", "national_statistics", "statistical_data_set", "statistics",
            "statistics_announcement", "official_statistics_announcement", "research",
            "transparency", "accredited_official_statistics",
        ] { kinds[type] = .statistics }
        return kinds
    }()

    /// Publications whose HTML text (`html_publication`) is guidance: guidance proper, not an
    /// answer, a form or promotional material (an Arabic translation of a leaflet is other).
    static let guidanceParents: Set<String> = ["statutory_guidance", "guidance", "detailed_guide", "manual"]

    /// Root elements of legislation schemas that cria reads as plain XML.
    static let legislationRoots: [String: String] = [
        "Statute": "Canadian federal statute (Justice Laws XML)",
        "Regulation": "Canadian federal regulation (Justice Laws XML)",
        "Bill": "bill", "bill": "US bill (USLM)", "resolution": "US resolution (USLM)",
        "pLaw": "US public or private law (USLM)", "uscDoc": "US Code (USLM)", "amendment": "US amendment (USLM)",
        "billStatus": "US bill status (Congress.gov bulk data)",
        "ACT": "EU act (Formex)", "ANNEX": "annex to an EU act (Formex)", "CONS.ACT": "consolidated EU act (Formex)",
    ]

    /// Akoma Ntoso document elements (the root's first child) that are legislation.
    static let akomaNtosoLegislation: Set<String> = ["act", "bill", "amendment", "amendmentList", "documentCollection"]

    /// A title or heading naming an impact assessment marks the document as one.
    static let assessmentPhrases = [
        "impact assessment", "rights impact assessment", "wellbeing impact assessment",
        "crwia", "cria", "equality impact assessment", "eqia",
    ]

    public static func detect(_ proposal: Proposal) -> KindJudgement {
        var judgement = detect(
            format: proposal.format, isLegislation: proposal.document.isLegislation, elements: proposal.document.schemaElements, metadata: proposal.metadata,
            headings: proposal.sections.lazy.filter { $0.titleSource == .heading }.prefix(12).map(\.title))
        if judgement.kind == .legislation { judgement.legislationType = LegislationType.of(proposal) }
        return judgement
    }

    static func detect<Headings: Sequence<String>>(format: DocumentFormat, isLegislation: Bool, elements: [String], metadata: DocumentMetadata, headings: Headings) -> KindJudgement {
        let title = metadata.title ?? ""
        switch format {
        case _ where isLegislation && format != .clml && format != .akomaNtoso:
            let type = extra(metadata, "type").map { " \"\($0)\"" } ?? ""
            return KindJudgement(kind: .legislation, source: .metadata, evidence: "\(format.rawValue) legislation\(type)")
        case .clml:
            if elements.first == "EN" {
                return KindJudgement(kind: .other, source: .metadata, evidence: "CLML explanatory notes (they explain legislation, they are not it)")
            }
            let type = extra(metadata, "type") ?? "CLML legislation"
            return KindJudgement(kind: .legislation, source: .metadata, evidence: "legislation.gov.uk document type \"\(type)\"")
        case .akomaNtoso:
            let element = elements.dropFirst().first ?? ""
            if akomaNtosoLegislation.contains(element) {
                let type = extra(metadata, "document type").map { ", type \"\($0)\"" } ?? ""
                return KindJudgement(kind: .legislation, source: .metadata, evidence: "Akoma Ntoso <\(element)>\(type)")
            }
        case .govukContentItem:
            if let assessment = assessmentPhrase(in: title) {
                return KindJudgement(kind: .assessment, source: .heading, evidence: "title names \"\(assessment)\"")
            }
            if let type = extra(metadata, "document type") {
                if let kind = govukDocumentTypes[type] {
                    return KindJudgement(kind: kind, source: .metadata, evidence: "GOV.UK document_type \"\(type)\"")
                }
                if let parent = extra(metadata, "parent document type"), guidanceParents.contains(parent) {
                    return KindJudgement(kind: .guidance, source: .metadata, evidence: "GOV.UK document_type \"\(type)\", the text of a \"\(parent)\" publication (its links.parent)")
                }
                return KindJudgement(kind: .other, source: .metadata, evidence: "GOV.UK document_type \"\(type)\" (a page of its own kind: navigation, report or publication)")
            }
        case .html:
            // A GOV.UK page saved from the browser names its document type in
            // `<meta name="govuk:format">`: a news story or a guide saved as HTML is read as one,
            // not as a department's proposal.
            if let type = extra(metadata, "document type"), assessmentPhrase(in: title) == nil {
                if let kind = govukDocumentTypes[type] {
                    return KindJudgement(kind: kind, source: .metadata, evidence: "GOV.UK page's govuk:format \"\(type)\"")
                }
                return KindJudgement(kind: .other, source: .metadata, evidence: "GOV.UK page's govuk:format \"\(type)\" (a page of its own kind: navigation, report or publication)")
            }
        case .xml:
            if let root = elements.first, let schema = legislationRoots[root] {
                return KindJudgement(kind: .legislation, source: .metadata, evidence: "root element <\(root)>: \(schema)")
            }
        default:
            break
        }
        if let assessment = assessmentPhrase(in: title) {
            return KindJudgement(kind: .assessment, source: .heading, evidence: "title names \"\(assessment)\"")
        }
        for heading in headings {
            if let assessment = assessmentPhrase(in: heading), heading.count < 120 {
                return KindJudgement(kind: .assessment, source: .heading, evidence: "heading \"\(heading)\" names \"\(assessment)\"")
            }
        }
        // An impact assessment of regulations carries the regulations' title: its root
        // element (<impactAssessment>, <equality_impact_assessment>) says what it is.
        if format == .xml, let root = elements.first, let assessment = assessmentPhrase(in: labelWords(root)) {
            return KindJudgement(kind: .assessment, source: .metadata, evidence: "root element <\(root)> names \"\(assessment)\"")
        }
        if let enactment = legislationTitle(title) {
            return KindJudgement(kind: .legislation, source: .heading, evidence: "title is that of an enactment (\"\(enactment)\")")
        }
        return KindJudgement(kind: .proposal, source: .fallback, evidence: "no publication metadata says otherwise: read as a department's proposal")
    }

    static func extra(_ metadata: DocumentMetadata, _ key: String) -> String? {
        metadata.extra.first { $0.key == key }?.value
    }

    /// The first assessment phrase the text holds as whole words, any case.
    static func assessmentPhrase(in text: String) -> String? {
        // The lowercased words between single spaces, one space before and after, written
        // character by character: splitting and joining was a tenth of a small check.
        var words = " "
        for character in text.lowercased() {
            if character.isLetter || character.isNumber {
                words.append(character)
            } else if words.utf8.last != UInt8(ascii: " ") {
                words.append(" ")
            }
        }
        if words.utf8.last != UInt8(ascii: " ") { words.append(" ") }
        return assessmentPhrases.first { words.contains(" \($0) ") }
    }

    /// An element name's words: "impactAssessment" and "impact_assessment" → "impact assessment".
    static func labelWords(_ label: String) -> String {
        var words = ""
        var previous: Character = " "
        for character in label {
            if character == "_" || character == "-" {
                words.append(" ")
            } else {
                if character.isUppercase && previous.isLowercase { words.append(" ") }
                words.append(character)
            }
            previous = character
        }
        return words
    }

    /// "... Act 2021", "... Regulations 2006", "... (Scotland) Order 2018", "... Bill": the
    /// closing words of an enactment's title.
    static func legislationTitle(_ title: String) -> String? {
        var words = title.split(whereSeparator: { $0 == " " || $0 == "\u{a0}" }).map(String.init)
        guard words.count >= 2, words.count <= 30 else { return nil }
        if let last = words.last, last.count == 4, last.allSatisfy(\.isNumber) { words.removeLast() }
        while let last = words.last, last.hasPrefix("(") || last.hasSuffix(")") { words.removeLast() }
        guard let noun = words.last, ["Act", "Regulations", "Order", "Bill", "Measure", "Rules"].contains(noun) else { return nil }
        // An enactment's title capitalises every word but the small ones ("Children and
        // Families Act 2014"); a report's title about one is written as a sentence ("Weir
        // Pool: proposed Public Spaces Protection Order", "Review of the Licensing Act").
        return words.contains(where: isSentenceWord) ? nil : title
    }

    /// Small words an enactment's title leaves in lower case.
    static let titleSmallWords: Set<String> = ["and", "of", "the", "for", "to", "in", "on", "with", "by", "a", "an", "or", "at", "from", "no.", "etc."]

    /// A word of letters starting in lower case that a title-case name would capitalise.
    static func isSentenceWord(_ word: String) -> Bool {
        guard let first = word.first, first.isLetter, first.isLowercase else { return false }
        return !titleSmallWords.contains(word.lowercased())
    }
}
