extension DocumentFormat {
    public static let clml = DocumentFormat(rawValue: "clml")
}

/// UK legislation in CLML (legislation.gov.uk): metadata from `ukm:Metadata`, and the body
/// reduced to what a reader navigates by: parts, chapters, cross-heading blocks, sections
/// (`P1group`: "1 Title"), schedules, explanatory notes and divisions, each holding its
/// paragraphs as text ("(1) ...", "(a) ..."). Contents lists, footnotes, commentaries and
/// resources are left out; amendments quoted inside a section stay text of that section.
enum CLMLDialect: InputDialect {
    static let format = DocumentFormat.clml
    static let syntax = DocumentFormat.xml
    static let isLegislation = true

    static func matches(_ root: DocumentNode) -> Bool {
        root.namespace?.hasPrefix("http://www.legislation.gov.uk/namespaces/legislation") == true
    }

    static let structural: Set<String> = [
        "Part", "Chapter", "Pblock", "PsubBlock", "Schedule", "P1group", "ExplanatoryNotes",
        "EarlierOrders", "Division", "EUPart", "EUTitle", "EUChapter", "EUSection", "EUSubsection",
        "Attachment", "Appendix",
    ]
    static let introductory: [String: String] = [
        "PrimaryPrelims": "Introductory text", "SecondaryPrelims": "Introductory text",
        "ENprelims": "Introductory text", "EUPrelims": "Introductory text", "EUPreamble": "Preamble",
        "SignedSection": "Signature",
    ]
    static let skipped: Set<String> = [
        "Metadata", "Contents", "Footnotes", "Resources", "Commentaries", "Versions", "Comment",
        "CommentaryRef", "FootnoteRef", "MarginNote", "MarginNotes",
    ]
    /// Elements whose presence means the file holds prose, not just a metadata record.
    static let proseContainers: Set<String> = ["Primary", "Secondary", "EURetained", "EN", "Body", "EUBody"]

    static func hasProse(_ root: DocumentNode) -> Bool {
        if proseContainers.contains(root.label) { return true }
        return root.children.contains { proseContainers.contains($0.label) }
    }

    private enum Role {
        /// Left out, with everything inside it.
        case skipped
        /// A section, titled by its heading or else by `fixedTitle`.
        case section(fixedTitle: String?)
        /// Prefixes the next block of text.
        case paragraphNumber
        /// Quoted legislation: its parts stay text of the section that quotes them.
        case amendment
    }

    private static let roles: LabelRoleTable<Role> = {
        var roles: [String: Role] = [:]
        for label in skipped { roles[label] = .skipped }
        for label in structural { roles[label] = .section(fixedTitle: nil) }
        for (label, title) in introductory { roles[label] = .section(fixedTitle: title) }
        roles["Pnumber"] = .paragraphNumber
        roles["BlockAmendment"] = .amendment
        roles["BlockExtract"] = .amendment
        return LabelRoleTable(roles)
    }()

    /// The reading tree for a CLML document. Its nodes take their paths from the nodes they
    /// stand for, and share those nodes' text where it needs no whitespace collapsed.
    static func simplify(_ root: DocumentNode) -> DocumentNode {
        var simplifier = Simplifier(roles: LabelRoleMemo(roles))
        return simplifier.simplify(root)
    }

    /// One document's walk. Each new node's children are gathered in a local array and given
    /// to it whole, rather than appended one by one to the node.
    private struct Simplifier {
        var roles: LabelRoleMemo<Role>

        mutating func simplify(_ root: DocumentNode) -> DocumentNode {
            let out = DocumentNode(kind: .element, label: "legislation", pathOf: root, location: root.location)
            var blocks: [DocumentNode] = []
            for child in root.children {
                var pending: String?
                addText(child, to: &blocks, pending: &pending, inAmendment: false)
            }
            out.adopt(children: blocks, textRuns: [])
            return out
        }

        private mutating func section(of node: DocumentNode, fixedTitle: String?) -> DocumentNode {
            let section = DocumentNode(kind: .element, label: "section", pathOf: node, location: node.location)
            let children = node.children
            let heading = CLMLDialect.heading(of: node, children: children)
            var blocks: [DocumentNode] = []
            let title = fixedTitle ?? (heading.text.isEmpty ? CLMLDialect.fallbackTitle(of: node) : heading.text)
            if !DialectText.isBlank(title) {
                let titleSource = heading.number ?? heading.title ?? node
                let titleNode = DocumentNode(kind: .element, label: "title", pathOf: titleSource, location: titleSource.location)
                titleNode.appendText(title)
                blocks.append(titleNode)
            }
            var pending: String?
            let isP1group = node.label == "P1group"
            for child in children where child !== heading.number && child !== heading.title {
                if isP1group, child.label == "P1" {
                    // The section number is already in the title.
                    for grandchild in child.children where grandchild.label != "Pnumber" {
                        addText(grandchild, to: &blocks, pending: &pending, inAmendment: false)
                    }
                } else {
                    addText(child, to: &blocks, pending: &pending, inAmendment: false)
                }
            }
            section.adopt(children: blocks, textRuns: [])
            return section
        }

        /// Text blocks of `node` as `p` leaves; a `Pnumber` prefixes the next block.
        private mutating func addText(_ node: DocumentNode, to blocks: inout [DocumentNode], pending: inout String?, inAmendment: Bool) {
            let role = roles[node.label]
            var amendment = inAmendment
            switch role {
            case .skipped:
                return
            case .section(let fixedTitle) where !inAmendment:
                blocks.append(section(of: node, fixedTitle: fixedTitle))
                return
            case .paragraphNumber:
                let number = node.fullText
                if !number.isEmpty { pending = node.parent?.label == "P1" ? number : DialectText.parenthesised(number) }
                return
            case .amendment:
                amendment = true
            default:
                break
            }
            let children = node.children
            if children.allSatisfy(\.isInline) {
                let text = node.fullText
                guard !text.isEmpty else { return }
                let p = DocumentNode(kind: .element, label: "p", pathOf: node, location: node.location)
                p.appendCollapsedText(pending.map { DialectText.spaced($0, text) } ?? text)
                pending = nil
                blocks.append(p)
                return
            }
            for child in children where !child.isInline {
                addText(child, to: &blocks, pending: &pending, inAmendment: amendment)
            }
        }
    }

    private static func fallbackTitle(of node: DocumentNode) -> String {
        node.label == "ExplanatoryNotes" ? "Explanatory notes" : LabelWords.words(node.label)
    }

    /// "PART 2 Title", "3 Title" (a P1group with its section number), "SCHEDULE 1 Title",
    /// with the `Number` and the `Title` (or `TitleBlock`) child it was read from.
    private static func heading(of node: DocumentNode, children: [DocumentNode]) -> (text: String, number: DocumentNode?, title: DocumentNode?) {
        var number: DocumentNode?
        var title: DocumentNode?
        var titleBlock: DocumentNode?
        var p1: DocumentNode?
        let isP1group = node.label == "P1group"
        for child in children {
            switch child.label {
            case "Number": if number == nil { number = child }
            case "Title": if title == nil { title = child }
            case "TitleBlock": if titleBlock == nil { titleBlock = child }
            case "P1": if isP1group, p1 == nil { p1 = child }
            default: break
            }
        }
        var text = ""
        if let number { DialectText.append(number.fullText, to: &text) }
        if let sectionNumber = p1?.children.first(where: { $0.label == "Pnumber" }) {
            DialectText.append(sectionNumber.fullText, to: &text)
        }
        let titleNode = title ?? titleBlock
        if let titleNode { DialectText.append(titleNode.fullText, to: &text) }
        return (text, number, titleNode)
    }

    // MARK: Metadata

    static func metadata(root: DocumentNode) -> DocumentMetadata {
        var metadata = DocumentMetadata()
        let meta = child(root, "Metadata")
        metadata.title = meta.flatMap { child($0, "title") }?.fullText
        metadata.date = meta.flatMap { child($0, "modified") ?? child($0, "date") }?.fullText
        if metadata.date?.isEmpty == true { metadata.date = nil }
        metadata.reference =
            root.attribute("DocumentURI") ?? root.attribute("IdURI")
            ?? meta.flatMap { child($0, "identifier") }?.fullText
        let classification = meta?.children.first { $0.label.hasSuffix("Metadata") }
        func value(_ label: String) -> String? {
            let found =
                classification.flatMap { child($0, label)?.attribute("Value") }
                ?? classification?.children.first { $0.label == "DocumentClassification" }.flatMap { child($0, label)?.attribute("Value") }
            return found?.isEmpty == false ? found : nil
        }
        let type = value("DocumentMainType")
        let creator = meta.flatMap { child($0, "creator") }?.fullText
        metadata.department = legislature(type: type) ?? creator.flatMap { $0.isEmpty ? nil : $0 } ?? government(type: type) ?? "legislation.gov.uk"
        if let type { metadata.extra.append(("type", typeName(type))) }
        if let year = value("Year") { metadata.extra.append(("year", year)) }
        if let number = value("Number") { metadata.extra.append(("number", number)) }
        if let status = value("DocumentStatus") { metadata.extra.append(("status", status)) }
        if root.label == "EN" { metadata.extra.append(("part", "explanatory notes")) }
        if !hasProse(root) { metadata.metadataOnly = true }
        return metadata
    }

    /// `UnitedKingdomPublicGeneralAct` → "United Kingdom Public General Act".
    static func typeName(_ value: String) -> String {
        LabelWords.words(value).split(separator: " ").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")
    }

    /// The government whose ministers make a devolved statutory instrument, when the record
    /// names no maker: a Scottish SSI is the Scottish Ministers', not legislation.gov.uk's (the
    /// publisher). A UK instrument's department is not told by its type.
    static func government(type: String?) -> String? {
        guard let type, type.contains("StatutoryInstrument") || type.contains("StatutoryRule") else { return nil }
        if type.hasPrefix("Scottish") { return "Scottish Government" }
        if type.hasPrefix("Welsh") { return "Welsh Government" }
        if type.hasPrefix("NorthernIreland") { return "Northern Ireland Executive" }
        return nil
    }

    /// The body that made the legislation, for primary legislation and measures.
    static func legislature(type: String?) -> String? {
        guard let type, !type.contains("StatutoryInstrument"), !type.contains("Order") else { return nil }
        if type.hasPrefix("UnitedKingdom") || type.hasPrefix("EnglandAct") || type.hasPrefix("GreatBritainAct") { return "UK Parliament" }
        if type.hasPrefix("Scottish") { return "Scottish Parliament" }
        if type.hasPrefix("WelshParliament") { return "Senedd Cymru (Welsh Parliament)" }
        if type.hasPrefix("WelshNationalAssembly") || type.hasPrefix("WelshAssembly") { return "National Assembly for Wales" }
        if type.hasPrefix("NorthernIreland") { return "Northern Ireland Assembly" }
        return nil
    }
}
