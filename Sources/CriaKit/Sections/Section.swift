/// A part of a proposal as a person would name it ("Children's views", "Best interests"),
/// found from headings, title fields or labels, whatever shape the department used.
public final class Section {
    public enum TitleSource: String, Sendable {
        case document   // the whole document
        case heading    // an HTML or Word heading
        case field      // a title/heading/name child or attribute
        case label      // the element name or JSON key, split into words
    }

    public let title: String
    public let titleSource: TitleSource
    public let node: DocumentNode
    /// Heading level for heading-made sections (1-6); 0 otherwise.
    public let level: Int
    /// Text blocks (paragraphs, list items, scalar values) that belong to this section and
    /// not to a subsection, in reading order.
    public internal(set) var segments: [TextSegment] = []
    public internal(set) var children: [Section] = []
    public weak internal(set) var parent: Section?
    /// Roles assigned by the rule pack's section roles (see `SectionRoleMatcher`).
    public internal(set) var roles: Set<String> = []
    /// Index in `Proposal.allSections` (document order).
    public internal(set) var index = 0

    init(title: String, titleSource: TitleSource, node: DocumentNode, level: Int = 0) {
        self.title = title
        self.titleSource = titleSource
        self.node = node
        self.level = level
    }

    public var location: SourceLocation { node.location }
    public var path: String { node.path }

    /// Words of this section's own segments.
    public var ownWordCount: Int { segments.reduce(0) { $0 + $1.wordCount } }

    /// Words of this section and every subsection.
    public var wordCount: Int { children.reduce(ownWordCount) { $0 + $1.wordCount } }

    /// The section's own text followed by its subsections' text.
    public var text: String {
        var parts = segments.map(\.text)
        for child in children {
            let childText = child.text
            if !child.title.isEmpty && child.titleSource != .label { parts.append(child.title) }
            if !childText.isEmpty { parts.append(childText) }
        }
        return parts.joined(separator: " ")
    }

    public func appendChild(_ section: Section) {
        section.parent = self
        // A first child as an array literal: allocated at once, not through append's growth.
        if children.isEmpty {
            children = [section]
        } else {
            children.append(section)
        }
    }

    /// This section and all below it, in document order.
    public var subtree: [Section] {
        var out: [Section] = []
        var stack = [self]
        while let section = stack.popLast() {
            out.append(section)
            // Pushed last child first, with no reversed copy of the children.
            let children = section.children
            var index = children.count
            while index > 0 {
                index -= 1
                stack.append(children[index])
            }
        }
        return out
    }
}

/// One block of text: a paragraph, list item, table cell or scalar value.
public struct TextSegment {
    public let text: String
    public let node: DocumentNode
    public let wordCount: Int

    init(text: String, node: DocumentNode) {
        self.text = text
        self.node = node
        self.wordCount = WordCounter.count(text)
    }

    public var location: SourceLocation { node.location }
}
