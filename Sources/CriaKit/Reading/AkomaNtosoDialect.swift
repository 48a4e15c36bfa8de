/// Akoma Ntoso / LegalDocML (2.0 and 3.0): FRBR metadata, and the hierarchy (parts,
/// chapters, sections, articles, headed paragraphs...) as sections titled "num heading",
/// their numbered paragraphs and points as text ("(1) ..."). The `meta` block is not prose;
/// judgments and debates read as sections of prose.
enum AkomaNtosoDialect {
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
        /// Prefixes the next block of text.
        case number
        /// A section.
        case hierarchy
        /// A section when headed or named (`hcontainer`).
        case container
        /// A section when headed.
        case headedUnit
        /// Text that is not read as a block of its own.
        case skippedText
    }

    private static let roles: LabelRoleTable<Role> = {
        var roles: [String: Role] = [:]
        for label in skipped { roles[label] = .skippedText }
        for label in headedOnly { roles[label] = .headedUnit }
        for label in hierarchy { roles[label] = .hierarchy }
        roles["hcontainer"] = .container
        roles["meta"] = .meta
        roles["num"] = .number
        return LabelRoleTable(roles)
    }()

    /// Its nodes take their paths from the nodes they stand for, and share those nodes'
    /// text where it needs no whitespace collapsed.
    static func simplify(_ root: DocumentNode) -> DocumentNode {
        let out = DocumentNode(kind: .element, label: "legislation", pathOf: root, location: root.location)
        var pending: String?
        for child in root.children { add(child, to: out, pending: &pending) }
        return out
    }

    private static func isSection(_ node: DocumentNode, role: Role?) -> Bool {
        switch role {
        case .hierarchy: return true
        case .container: return hasHeading(node) || node.attribute("name") != nil
        case .headedUnit: return hasHeading(node)
        default: return false
        }
    }

    private static func hasHeading(_ node: DocumentNode) -> Bool {
        node.children.contains { $0.label == "heading" }
    }

    private static func add(_ node: DocumentNode, to parent: DocumentNode, pending: inout String?) {
        let role = roles[node.label]
        if case .meta = role { return }
        if isSection(node, role: role) {
            parent.appendChild(section(of: node))
            return
        }
        if case .number = role {
            let number = node.fullText
            if !number.isEmpty { pending = number }
            return
        }
        if node.children.allSatisfy(\.isInline) {
            if case .skippedText = role { return }
            let text = node.fullText
            guard !text.isEmpty else { return }
            let p = DocumentNode(kind: .element, label: "p", pathOf: node, location: node.location)
            p.appendText(pending.map { "\($0) \(text)" } ?? text)
            pending = nil
            parent.appendChild(p)
            return
        }
        for child in node.children where !child.isInline {
            add(child, to: parent, pending: &pending)
        }
    }

    private static func section(of node: DocumentNode) -> DocumentNode {
        let section = DocumentNode(kind: .element, label: "section", pathOf: node, location: node.location)
        let title = DocumentNode(kind: .element, label: "title", pathOf: node, location: node.location)
        title.appendText(heading(of: node))
        if !title.fullText.isEmpty { section.appendChild(title) }
        var inner: String?
        for child in node.children where child.label != "num" && child.label != "heading" && child.label != "subheading" {
            add(child, to: section, pending: &inner)
        }
        return section
    }

    private static func heading(of node: DocumentNode) -> String {
        let number = node.children.first { $0.label == "num" }.map { $0.fullText } ?? ""
        let heading = node.children.first { $0.label == "heading" }.map { $0.fullText } ?? ""
        if let fixed = titles[node.label], number.isEmpty, heading.isEmpty { return fixed }
        if heading.isEmpty && !number.isEmpty && !number.contains(where: \.isLetter) {
            return "\(LabelWords.words(node.label)) \(number)"
        }
        if heading.isEmpty && number.isEmpty {
            if let name = node.attribute("name") { return LabelWords.words(name) }
            if node.label == "attachment", let docTitle = firstText(node, ["docTitle", "shortTitle"]) { return docTitle }
            return LabelWords.words(node.label)
        }
        return [number, heading].filter { !$0.isEmpty }.joined(separator: " ")
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
        var stack = [root]
        while let node = stack.popLast() {
            if node.label == "FRBRWork", work == nil { work = node }
            if node.label == "TLCOrganization", let id = node.attribute("eId") ?? node.attribute("id"), let name = node.attribute("showAs") {
                organisations[id] = name
            }
            if node.label == "title", node.parent?.parent?.label == "proprietary" || node.parent?.label == "proprietary", proprietaryTitle == nil {
                proprietaryTitle = node.fullText
            }
            pushChildren(of: node, onto: &stack)
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
            metadata.reference = [work.children.first { $0.label == "FRBRthis" }?.attribute("value"),
                                  work.children.first { $0.label == "FRBRuri" }?.attribute("value")].compactMap { $0 }.first { !$0.isEmpty }
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
            if current.label == "meta" { continue }
            if labels.contains(current.label) {
                let text = current.fullText
                if !text.isEmpty { return text }
            }
            pushChildren(of: current, onto: &stack)
        }
        return nil
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
