extension DocumentFormat {
    public static let akomaNtoso = DocumentFormat(rawValue: "akoma-ntoso")
}

/// Akoma Ntoso / LegalDocML (2.0 and 3.0): FRBR metadata, and the hierarchy (parts,
/// chapters, sections, articles, headed paragraphs...) as sections titled "num heading",
/// their numbered paragraphs and points as text ("(1) ..."). The `meta` block is not prose;
/// judgments and debates read as sections of prose.
enum AkomaNtosoDialect: InputDialect {
    static let format = DocumentFormat.akomaNtoso
    static let syntax = DocumentFormat.xml
    static let isLegislation = true

    static func matches(_ root: DocumentNode) -> Bool {
        root.label == "akomaNtoso" || root.namespace?.contains("akn") == true || root.namespace?.contains("akomantoso") == true
    }

    static let hierarchy: Set<String> = [
        "book", "tome", "part", "subpart", "title", "subtitle", "chapter", "subchapter", "section",
        "article", "division", "subdivision", "clause", "rule", "hcontainer",
        "preface", "preamble", "conclusions", "recitals", "citations", "attachment", "judgmentBody",
        "introduction", "background", "arguments", "remedies", "motivation", "decision",
        "debateSection", "administrationOfOath", "questions", "address", "communication",
    ]
    /// Numbered units that are sections only when they carry a heading.
    static let headedOnly: Set<String> = ["subsection", "paragraph", "subparagraph", "point", "level", "alinea", "list"]
    static let titles: [String: String] = [
        "preface": "Preface", "preamble": "Preamble", "conclusions": "Conclusions", "recitals": "Recitals",
        "citations": "Citations",
    ]
    static let skipped: Set<String> = ["meta", "num", "heading", "subheading", "authorialNote", "noteRef", "componentRef"]

    private enum Role {
        /// Left out, with everything inside it.
        case meta
        /// Prefixes the next block of text; left out of a section's body.
        case number
        /// A section.
        case hierarchy
        /// A section when headed or named (`hcontainer`).
        case container
        /// A section when headed.
        case headedUnit
        /// Text that is not read as a block of its own.
        case skippedText
        /// `heading` and `subheading`: skipped text, and left out of a section's body.
        case heading
        case subheading
    }

    private static let roles: LabelRoleTable<Role> = {
        var roles: [String: Role] = [:]
        for label in skipped { roles[label] = .skippedText }
        for label in headedOnly { roles[label] = .headedUnit }
        for label in hierarchy { roles[label] = .hierarchy }
        roles["hcontainer"] = .container
        roles["meta"] = .meta
        roles["num"] = .number
        roles["heading"] = .heading
        roles["subheading"] = .subheading
        return LabelRoleTable(roles)
    }()

    /// Its nodes take their paths from the nodes they stand for, and share those nodes'
    /// text where it needs no whitespace collapsed.
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
            var pending: String?
            for child in root.children { add(child, role: roles[child.label], to: &blocks, pending: &pending) }
            out.adopt(children: blocks, textRuns: [])
            return out
        }

        private mutating func add(_ node: DocumentNode, role: Role?, to blocks: inout [DocumentNode], pending: inout String?) {
            switch role {
            case .meta:
                return
            case .hierarchy:
                blocks.append(section(of: node))
                return
            case .container where AkomaNtosoDialect.hasHeading(node) || node.attribute("name") != nil:
                blocks.append(section(of: node))
                return
            case .headedUnit where AkomaNtosoDialect.hasHeading(node):
                blocks.append(section(of: node))
                return
            case .number:
                let number = node.fullText
                if !number.isEmpty { pending = number }
                return
            default:
                break
            }
            let children = node.children
            if children.allSatisfy(\.isInline) {
                switch role {
                case .skippedText, .heading, .subheading: return
                default: break
                }
                let text = node.fullText
                guard !text.isEmpty else { return }
                let p = DocumentNode(kind: .element, label: "p", pathOf: node, location: node.location)
                p.appendCollapsedText(pending.map { DialectText.spaced($0, text) } ?? text)
                pending = nil
                blocks.append(p)
                return
            }
            for child in children where !child.isInline {
                add(child, role: roles[child.label], to: &blocks, pending: &pending)
            }
        }

        /// The section's title ("num heading") from its first `num` and `heading`; its body
        /// from the other children, without any `num`, `heading` or `subheading`.
        private mutating func section(of node: DocumentNode) -> DocumentNode {
            let section = DocumentNode(kind: .element, label: "section", pathOf: node, location: node.location)
            let children = node.children
            var number: DocumentNode?
            var heading: DocumentNode?
            var body: [(node: DocumentNode, role: Role?)] = []
            body.reserveCapacity(children.count)
            for child in children {
                let role = roles[child.label]
                switch role {
                case .number: if number == nil { number = child }
                case .heading: if heading == nil { heading = child }
                case .subheading: break
                default: body.append((child, role))
                }
            }
            var blocks: [DocumentNode] = []
            let title = AkomaNtosoDialect.title(of: node, number: number?.fullText ?? "", heading: heading?.fullText ?? "")
            if !DialectText.isBlank(title) {
                let titleNode = DocumentNode(kind: .element, label: "title", pathOf: node, location: node.location)
                titleNode.appendText(title)
                blocks.append(titleNode)
            }
            var inner: String?
            for (child, role) in body { add(child, role: role, to: &blocks, pending: &inner) }
            section.adopt(children: blocks, textRuns: [])
            return section
        }
    }

    private static func hasHeading(_ node: DocumentNode) -> Bool {
        node.children.contains { $0.label == "heading" }
    }

    private static func title(of node: DocumentNode, number: String, heading: String) -> String {
        if number.isEmpty, heading.isEmpty, let fixed = titles[node.label] { return fixed }
        if heading.isEmpty && !number.isEmpty && !hasLetter(number) {
            return DialectText.spaced(LabelWords.words(node.label), number)
        }
        if heading.isEmpty && number.isEmpty {
            if let name = node.attribute("name") { return LabelWords.words(name) }
            if node.label == "attachment", let docTitle = firstText(node, ["docTitle", "shortTitle"]) { return docTitle }
            return LabelWords.words(node.label)
        }
        var text = number
        DialectText.append(heading, to: &text)
        return text
    }

    /// `text.contains(where: \.isLetter)`, read byte by byte when the text is ASCII (whose only
    /// letters are A-Z and a-z).
    private static func hasLetter(_ text: String) -> Bool {
        var isASCII = true
        for byte in text.utf8 {
            if byte >= 0x80 { isASCII = false; break }
            if (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A { return true }
        }
        return isASCII ? false : text.contains(where: \.isLetter)
    }

    private static func firstText(_ node: DocumentNode, _ labels: Set<String>) -> String? {
        var found: String?
        node.walk { if found == nil, labels.contains($0.label), !$0.fullText.isEmpty { found = $0.fullText } }
        return found
    }

    // MARK: Metadata

    static func metadata(root: DocumentNode) -> DocumentMetadata {
        var metadata = DocumentMetadata()
        var work: DocumentNode?
        var organisations: [String: String] = [:]
        var proprietaryTitle: String?
        root.walk { node in
            let label = node.label
            if isLabel(label, "FRBRWork"), work == nil { work = node }
            if isLabel(label, "TLCOrganization"), let id = node.attribute("eId") ?? node.attribute("id"), let name = node.attribute("showAs") {
                organisations[id] = name
            }
            if isLabel(label, "title"), node.parent?.parent?.label == "proprietary" || node.parent?.label == "proprietary", proprietaryTitle == nil {
                proprietaryTitle = node.fullText
            }
        }
        let body = root.children.first { $0.label != "meta" }.map { [$0] } ?? []
        var inText: String?
        for node in body { inText = inText ?? firstText(excludingMeta: node, ["docTitle", "shortTitle"]) }
        let alias = work?.children.first { $0.label == "FRBRalias" }?.attribute("value")
        let name = work?.children.first { $0.label == "FRBRname" }?.attribute("value")
        let longTitle = body.lazy.compactMap { firstText(excludingMeta: $0, ["longTitle"]) }.first.flatMap { WordCounter.count($0) <= 60 ? $0 : nil }
        metadata.title = [inText, proprietaryTitle, longTitle, alias, name].compactMap { $0 }.first { !$0.isEmpty }
        if let work {
            metadata.date = work.children.first { $0.label == "FRBRdate" }?.attribute("date")
            metadata.reference = [
                work.children.first { $0.label == "FRBRthis" }?.attribute("value"),
                work.children.first { $0.label == "FRBRuri" }?.attribute("value"),
            ].compactMap { $0 }.first { !$0.isEmpty }
            if let country = work.children.first(where: { $0.label == "FRBRcountry" })?.attribute("value") {
                metadata.extra.append(("country", country))
            }
            if let author = work.children.first(where: { $0.label == "FRBRauthor" })?.attribute("href") {
                metadata.department = author.hasPrefix("#") ? organisations[String(author.dropFirst())] : authorName(author)
            }
        }
        if let type = root.children.first(where: { $0.label != "meta" }) {
            metadata.extra.append(("document type", type.attribute("name") ?? type.label))
        }
        return metadata
    }

    /// A list, not a `Set`: with one or two labels, comparing costs less than hashing.
    private static func firstText(excludingMeta node: DocumentNode, _ labels: [String]) -> String? {
        var stack = [node]
        while let current = stack.popLast() {
            let label = current.label
            if isLabel(label, "meta") { continue }
            if labels.contains(where: { isLabel(label, $0) }) {
                let text = current.fullText
                if !text.isEmpty { return text }
            }
            pushChildren(of: current, onto: &stack)
        }
        return nil
    }

    /// `label == name`, nearly every other label ruled out by its length before the
    /// comparison (a whole-tree walk compares every label).
    @inline(__always)
    private static func isLabel(_ label: String, _ name: String) -> Bool {
        label.utf8.count == name.utf8.count && label == name
    }

    /// Pushes the children of `node` so that they pop in document order (a walk in
    /// document order, without `walk`'s closure and reversed-collection append).
    private static func pushChildren(of node: DocumentNode, onto stack: inout [DocumentNode]) {
        let children = node.children
        var i = children.count
        while i > 0 {
            i -= 1
            stack.append(children[i])
        }
    }

    /// `.../id/legislature/UnitedKingdomParliament` → "United Kingdom Parliament";
    /// `.../id/government/scotland` → "Scottish Government".
    static func authorName(_ href: String) -> String? {
        let parts = href.split(separator: "/").map(String.init)
        guard let last = parts.last, !last.isEmpty else { return nil }
        if parts.count >= 2, parts[parts.count - 2] == "government" {
            let governments = ["scotland": "Scottish Government", "wales": "Welsh Government", "northern-ireland": "Northern Ireland Executive", "uk": "UK Government"]
            return governments[last.lowercased()] ?? "Government (\(last))"
        }
        if last.contains(".") { return nil }
        return LabelWords.words(last).split(separator: " ").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")
    }
}
