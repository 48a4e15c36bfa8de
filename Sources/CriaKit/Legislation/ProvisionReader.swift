/// Finds a legislation document's provisions, which of them affect children, and what each
/// engages, from the document's text index. Built once per legislation document.
final class ProvisionReader {
    /// A provision found, with the blocks of text it holds.
    struct Found {
        let section: Section
        let blocks: Range<Int>
        let number: String
        let heading: String
    }

    let facts: DocumentFacts
    let settings: LegislationSettings
    /// Provisions that affect children, in document order.
    private(set) lazy var affectingChildren: [Found] = findProvisions().filter(affectsChildren)
    private(set) lazy var provisions: [Provision] = affectingChildren.compactMap(read)

    static let numberLabels: Set<String> = ["num", "label", "pnumber", "number", "enum"]
    static let headingLabels: Set<String> = ["heading", "title", "marginalnote", "titletext", "shorttitle"]

    init(facts: DocumentFacts, settings: LegislationSettings) {
        self.facts = facts
        self.settings = settings
    }

    /// The innermost sections whose element is a provision; with none (a saved HTML page of an
    /// Act), the innermost headed sections.
    private func findProvisions() -> [Found] {
        let labels = Set(settings.provisionLabels.map { $0.lowercased() })
        func innermost(_ section: Section, where isProvision: (Section) -> Bool) -> [Section] {
            let inner = section.children.flatMap { innermost($0, where: isProvision) }
            return inner.isEmpty && isProvision(section) ? [section] : inner
        }
        var sections = proposalRoot.children.flatMap { innermost($0) { labels.contains($0.node.label.lowercased()) } }
        if sections.isEmpty {
            sections = proposalRoot.children.flatMap { innermost($0) { $0.titleSource == .heading } }
        }
        return sections.map { section in
            let (number, heading) = Self.numberAndHeading(section)
            return Found(section: section, blocks: facts.index.subtree(of: section), number: number, heading: heading)
        }
    }

    private var proposalRoot: Section { facts.proposal.root }

    private func affectsChildren(_ found: Found) -> Bool {
        settings.childLexicons.contains { facts.index.mentions(of: $0, in: [found.blocks], includeNegated: true).contains(where: namesChildren) }
    }

    /// Sentences in which a child is named.
    func childSentences(_ found: Found) -> Set<Int> {
        Set(settings.childLexicons.flatMap { facts.index.mentions(of: $0, in: [found.blocks], includeNegated: true) }.filter(namesChildren).map(sentence))
    }

    /// A mention that names children, not a proper name that holds the word: capitalised in
    /// mid-sentence, "Youth" is the Youth Criminal Justice Act or the Youth Justice Board.
    func namesChildren(_ mention: TextIndex.Mention) -> Bool {
        let block = facts.index.block(mention.block)
        let tokens = block.tokens
        let opensSentence = mention.start == 0 || tokens[mention.start - 1].sentence != tokens[mention.start].sentence
        guard !opensSentence, let first = block.text[tokens[mention.start].range(in: block.text)].first else { return true }
        return !first.isUppercase
    }

    func sentence(_ mention: TextIndex.Mention) -> Int {
        facts.index.block(mention.block).tokens[mention.start].sentence
    }

    /// The provision with what it engages; nil when it engages nothing the pack names.
    private func read(_ found: Found) -> Provision? {
        var engaged: [Provision.Engaged] = []
        for engagement in settings.engagements {
            guard let first = mentions(engagement.lexicon, in: found).first else { continue }
            engaged.append(Provision.Engaged(topic: engagement.topic, articles: engagement.articles, evidence: facts.evidence(for: first, note: engagement.topic)))
        }
        guard !engaged.isEmpty else { return nil }
        return Provision(number: found.number, heading: found.heading, location: found.section.location, path: found.section.path,
                         text: text(of: found), engaged: engaged)
    }

    func mentions(_ lexicon: String, in found: Found, includeNegated: Bool = true) -> [TextIndex.Mention] {
        facts.index.mentions(of: lexicon, in: [found.blocks], includeNegated: includeNegated)
    }

    /// The provision's prose (its heading left out), about 600 characters at most.
    func text(of found: Found) -> String {
        var text = ""
        for number in found.blocks {
            let block = facts.index.block(number)
            if block.isTitle || block.node.label.lowercased() == "marginalnote" { continue }
            if !text.isEmpty { text += " " }
            text += block.text
            if text.count > 600 { return String(text.prefix(597)) + "…" }
        }
        return text
    }

    /// A provision's number and heading: from its number and heading elements (`<num>`,
    /// `<Label>`, `<heading>`, `<MarginalNote>`), else split from its title ("64 Adult sentence").
    static func numberAndHeading(_ section: Section) -> (String, String) {
        var number = "", heading = ""
        var queue = Array(section.node.children.prefix(8))
        var looked = 0
        while !queue.isEmpty, looked < 16, number.isEmpty || heading.isEmpty {
            let node = queue.removeFirst()
            looked += 1
            let label = node.label.lowercased()
            if number.isEmpty, numberLabels.contains(label) { number = node.fullText.trimmingWhitespace }
            else if heading.isEmpty, headingLabels.contains(label) { heading = node.fullText.trimmingWhitespace }
            else if label == "subsection" || label == "provision" { queue += node.children.prefix(4) }
        }
        let title = section.title.trimmingWhitespace
        if number.isEmpty, let first = title.split(separator: " ").first, first.contains(where: \.isNumber), first.count <= 12 {
            number = String(first)
            if heading.isEmpty { heading = String(title.dropFirst(first.count)).trimmingWhitespace }
        }
        if heading.isEmpty, title != number { heading = title }
        return (number, heading)
    }
}
