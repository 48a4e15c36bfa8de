/// The documents a page introduces in its body, one entry each, in the shapes GOV.UK uses:
/// - a link with a line describing it ("Budget report: the Chancellor's statement and the
///   forecasts behind it"), in a list item, a heading or a short paragraph;
/// - a heading that names a document, linked or not, with the short paragraph under it saying
///   what the document holds ("Policy costings" / "The policy costings document sets out the
///   assumptions ..."): unlinked, the paragraph must open by naming a document (`introducedBy`);
/// - an unlinked item of a list whose other items are links ("Also published: ...").
/// Such a page is an index of those documents, as a page with attachments is a summary of them,
/// whether or not GOV.UK lists them as attachments.
struct DocumentsInBody {
    /// One entry: the document's title (the link's or the heading's text) and the block that
    /// names it, with the words of the page's own prose it takes up.
    struct Entry {
        let title: String
        let node: DocumentNode
        let words: Int
        let isLinked: Bool

        func adding(words more: Int) -> Entry {
            Entry(title: title, node: node, words: words + more, isLinked: isLinked)
        }
    }

    /// How large an entry may be, and the lexicon of openings that say a paragraph describes a
    /// document (`linkedShare`'s options, with these defaults).
    struct Bounds: Sendable {
        /// The longest block that reads as a link with its one-line description: a paragraph
        /// longer than this that holds a link is prose citing a document, not an entry in a list.
        var entryWords = 40
        /// The most words of description under a heading naming a document ("This document sets
        /// out ... It also presents ..."): more is the page's own account of the subject.
        var describedWords = 80
        /// Openings of a paragraph that describes a document ("This document sets out").
        var introducedBy: String? = "document-introductions"
    }

    let entries: [Entry]

    /// How a gate's result names such a document among those published with the page.
    static let linkedNote = "linked in the body"
    static let namedNote = "named in the body"

    /// A heading longer than this is a statement, not a document's title.
    static let titleWords = 14

    init(_ facts: DocumentFacts, bounds: Bounds = Bounds()) {
        let blocks = facts.index.allBlocks()
        let introduced = Self.blocksIntroducingADocument(facts.index, lexicon: bounds.introducedBy)
        var entries: [Entry] = []
        // The entry whose description the next paragraphs under its heading continue.
        var describing: Int?
        // A short heading without a link: an entry if the paragraph under it describes a document.
        var heading: TextIndex.Block?
        for (number, block) in blocks.enumerated() {
            let words = block.tokens.count
            // An attachment box's link is GOV.UK's rendering of an attachment, counted as one.
            if DocumentFacts.insideAttachmentBox(block.node) {
                (describing, heading) = (nil, nil)
                continue
            }
            let link = words <= bounds.describedWords ? Self.documentLink(in: block.node) : nil
            if block.isTitle {
                (describing, heading) = (nil, nil)
                if let link, words <= bounds.entryWords {
                    let title = link.fullText.trimmingWhitespace
                    // A heading's words are not prose of the page's own (`ownWordCount`), so not counted.
                    if !title.isEmpty {
                        entries.append(Entry(title: title, node: block.node, words: 0, isLinked: true))
                        describing = entries.count - 1
                    }
                } else if words > 0, words <= Self.titleWords {
                    heading = block
                }
                continue
            }
            if let link, words <= bounds.entryWords {
                let title = link.fullText.trimmingWhitespace
                if !title.isEmpty { entries.append(Entry(title: title, node: block.node, words: words, isLinked: true)) }
                (describing, heading) = (nil, nil)
            } else if let entry = describing, entries[entry].words + words <= bounds.describedWords {
                entries[entry] = entries[entry].adding(words: words)
            } else if let named = heading, words <= bounds.describedWords, introduced.contains(number) {
                entries.append(Entry(title: named.text.trimmingWhitespace, node: named.node, words: words, isLinked: false))
                (describing, heading) = (entries.count - 1, nil)
            } else if words <= bounds.entryWords, Self.isUnlinkedItemAmongLinks(block.node) {
                entries.append(Entry(title: block.text.trimmingWhitespace, node: block.node, words: words, isLinked: false))
                (describing, heading) = (nil, nil)
            } else {
                (describing, heading) = (nil, nil)
            }
        }
        self.entries = entries
    }

    /// The blocks whose first sentence opens by naming a document ("This index contains",
    /// "The policy costings document sets out"): a mention of the lexicon in its first words.
    static func blocksIntroducingADocument(_ index: TextIndex, lexicon: String?) -> Set<Int> {
        guard let lexicon, let number = index.matcher.index(of: lexicon) else { return [] }
        var found = Set<Int>()
        for mention in index.mentions[number] where mention.start <= 5 && !mention.negated {
            let block = index.block(mention.block)
            if block.tokens[mention.start].sentence == block.tokens[0].sentence { found.insert(mention.block) }
        }
        return found
    }

    /// A list item without a link in a list most of whose items are links: a document the list
    /// names among the linked ones ("Postgraduate loans: consultation analysis", not yet online).
    static func isUnlinkedItemAmongLinks(_ node: DocumentNode) -> Bool {
        guard node.label == "li", let list = node.parent else { return false }
        let items = list.children.filter { $0.label == "li" }
        let linked = items.filter { documentLink(in: $0) != nil }.count
        return items.count >= 3 && linked * 2 >= items.count
    }

    /// The first link in the node to another page or file: not a jump within the page
    /// (`#contents`), an e-mail address or a telephone number.
    static func documentLink(in node: DocumentNode) -> DocumentNode? {
        var found: DocumentNode?
        node.walk { inner in
            guard found == nil, inner.label == "a", let href = inner.attribute("href")?.trimmingCharacters(in: .whitespaces) else { return }
            if href.isEmpty || href.hasPrefix("#") || href.hasPrefix("mailto:") || href.hasPrefix("tel:") { return }
            found = inner
        }
        return found
    }

    /// The share of the page's own words that are entries (0 for a page without prose).
    func share(of ownWords: Int) -> Double {
        guard ownWords > 0 else { return 0 }
        return Double(entries.reduce(0) { $0 + $1.words }) / Double(ownWords)
    }

    /// The entries as evidence: the documents a gate lists where the body names them.
    var evidence: [Evidence] {
        entries.map { Evidence(text: $0.title, location: $0.node.location, path: $0.node.path, note: $0.isLinked ? Self.linkedNote : Self.namedNote) }
    }
}
