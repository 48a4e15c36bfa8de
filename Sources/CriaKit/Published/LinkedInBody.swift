/// A page that lists documents in its body: entries of a link and a line describing it
/// ("Budget report: the Chancellor's statement and the forecasts behind it"), each in a list
/// item, a heading or a short paragraph. Such a page is an index of those documents, as a
/// page with attachments is a summary of them, whether or not GOV.UK lists them as attachments.
struct LinkedInBody {
    /// One entry: the link's text (the document's title) and the block that holds it.
    struct Entry {
        let title: String
        let node: DocumentNode
        let words: Int
    }

    let entries: [Entry]

    /// How a gate's result names such a document among those published with the page.
    static let note = "linked in the body"

    /// The longest block that reads as a link with its one-line description: a paragraph
    /// longer than this that holds a link is prose citing a document, not an entry in a list.
    static let defaultEntryWords = 40

    init(_ facts: DocumentFacts, entryWords: Int = LinkedInBody.defaultEntryWords) {
        var entries: [Entry] = []
        // A heading that is a link ("<h3><a>Budget report</a></h3>") is described by the short
        // paragraph under it, which holds no link of its own.
        var describing: Int?
        for block in facts.index.allBlocks() {
            let words = block.tokens.count
            // An attachment box's link is GOV.UK's rendering of an attachment, counted as one.
            guard words <= entryWords, !DocumentFacts.insideAttachmentBox(block.node) else {
                describing = nil
                continue
            }
            guard let link = Self.documentLink(in: block.node) else {
                if let entry = describing, !block.isTitle {
                    entries[entry] = Entry(title: entries[entry].title, node: entries[entry].node, words: entries[entry].words + words)
                }
                describing = nil
                continue
            }
            let title = link.fullText.trimmingWhitespace
            guard !title.isEmpty else { continue }
            // A heading's words are not prose of the page's own (`ownWordCount`), so not counted.
            entries.append(Entry(title: title, node: block.node, words: block.isTitle ? 0 : words))
            describing = block.isTitle ? entries.count - 1 : nil
        }
        self.entries = entries
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

    /// The share of the page's own words that are link entries (0 for a page without prose).
    func share(of ownWords: Int) -> Double {
        guard ownWords > 0 else { return 0 }
        return Double(entries.reduce(0) { $0 + $1.words }) / Double(ownWords)
    }
}
