/// One block of text: a paragraph, list item, table cell or scalar value.
public struct TextSegment {
    public let text: String
    public let node: DocumentNode

    init(text: String, node: DocumentNode) {
        self.text = text
        self.node = node
    }

    /// Counted when asked for, not when the segment is made: most never are
    /// (`Section.ownWordCount` keeps its segments' total).
    public var wordCount: Int { WordCounter.count(text) }

    public var location: SourceLocation { node.location }
}
