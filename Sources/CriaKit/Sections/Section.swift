/// A part of a proposal as a person would name it ("Children's views", "Best interests"),
/// found from headings, title fields or labels, whatever shape the department used.
public final class Section {
    public enum TitleSource: String, Sendable {
        case document  // the whole document
        case heading  // an HTML or Word heading
        case field  // a title/heading/name child or attribute
        case label  // the element name or JSON key, split into words
    }

    public let title: String
    public let titleSource: TitleSource
    public let node: DocumentNode
    /// Heading level for heading-made sections (1-6); 0 otherwise.
    public let level: Int
    /// Text blocks (paragraphs, list items, scalar values) that belong to this section and
    /// not to a subsection, in reading order.
    @exclusivity(unchecked) public internal(set) var segments: [TextSegment] = [] {
        didSet { ownWordCountSoFar = nil }
    }
    @exclusivity(unchecked) public internal(set) var children: [Section] = []
    /// The section whose `children` hold this one; nil once that section is gone.
    public var parent: Section? { parentReference?.takeUnretainedValue() }
    /// Not counted, so that a section costs no weak-reference side table. It is valid
    /// because the parent holds this section in `children` for its whole life and clears
    /// the reference in its `deinit`.
    @exclusivity(unchecked) private var parentReference: Unmanaged<Section>?
    /// Roles assigned by the rule pack's section roles (see `RoleAssigner`).
    @exclusivity(unchecked) public internal(set) var roles: Set<String> = []
    /// Index in the proposal's `root.subtree` (document order: the root is 0, the first of
    /// `Proposal.sections` is 1).
    @exclusivity(unchecked) public internal(set) var index = 0

    init(title: String, titleSource: TitleSource, node: DocumentNode, level: Int = 0) {
        self.title = title
        self.titleSource = titleSource
        self.node = node
        self.level = level
    }

    deinit {
        let dying = Unmanaged.passUnretained(self).toOpaque()
        for child in children where child.parentReference?.toOpaque() == dying {
            child.parentReference = nil
        }
    }

    public var location: SourceLocation { node.location }
    public var path: String { node.path }

    /// Words of this section's own segments.
    public var ownWordCount: Int {
        if let ownWordCountSoFar { return ownWordCountSoFar }
        let count = segments.reduce(0) { $0 + $1.wordCount }
        ownWordCountSoFar = count
        return count
    }
    /// Counted when first asked for: only the sections rules look at by size ever are.
    @exclusivity(unchecked) private var ownWordCountSoFar: Int?

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
        section.parentReference = Unmanaged.passUnretained(self)
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
