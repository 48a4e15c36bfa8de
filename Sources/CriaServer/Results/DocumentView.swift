import CriaKit

/// The document's own text, section by section, as the result page shows it: made on the
/// worker from the proposal, so the tree can be freed before the answer is sent.
struct DocumentView: Sendable {
    struct Paragraph: Sendable {
        let text: String
        let path: String
    }

    struct Part: Sendable {
        let title: String
        /// 0 for the text before the first section; 1 for a top-level section, and so on.
        let depth: Int
        let path: String
        let paragraphs: [Paragraph]
    }

    let parts: [Part]

    init(_ proposal: Proposal) {
        var parts: [Part] = []
        let opening = proposal.root.segments.map { Paragraph(text: $0.text, path: $0.node.path) }
        if !opening.isEmpty {
            parts.append(Part(title: "", depth: 0, path: proposal.root.path, paragraphs: opening))
        }
        for section in proposal.sections {
            var depth = 1
            var parent = section.parent
            while let above = parent, above !== proposal.root {
                depth += 1
                parent = above.parent
            }
            parts.append(
                Part(
                    title: section.title, depth: depth, path: section.path,
                    paragraphs: section.segments.map { Paragraph(text: $0.text, path: $0.node.path) }))
        }
        self.parts = parts
    }

    /// Where a finding at `path` rests: the section it names, else the paragraph at that
    /// path, else the first paragraph inside it. Nil for the document as a whole: a path
    /// that holds every section is a finding about what the whole document lacks, not
    /// about its first paragraph.
    func anchor(for path: String) -> Anchor? {
        guard !path.isEmpty, path != "/" else { return nil }
        if let partIndex = parts.firstIndex(where: { $0.path == path && $0.depth > 0 }) { return .part(partIndex) }
        for (partIndex, part) in parts.enumerated() {
            if let index = part.paragraphs.firstIndex(where: { $0.path == path }) {
                return .paragraph(part: partIndex, index: index)
            }
        }
        let sections = parts.filter { $0.depth > 0 }
        if !sections.isEmpty && sections.allSatisfy({ Self.path($0.path, isInside: path) }) { return nil }
        for (partIndex, part) in parts.enumerated() {
            if let index = part.paragraphs.firstIndex(where: { Self.path($0.path, isInside: path) }) {
                return .paragraph(part: partIndex, index: index)
            }
        }
        return nil
    }

    enum Anchor: Hashable {
        case part(Int)
        case paragraph(part: Int, index: Int)

        var id: String {
            switch self {
            case .part(let part): return "s\(part)"
            case .paragraph(let part, let index): return "s\(part)p\(index)"
            }
        }
    }

    /// `/a/b[2]/c` is inside `/a/b[2]`, but `/a/b[20]` is not.
    static func path(_ inner: String, isInside outer: String) -> Bool {
        inner.count > outer.count && inner.hasPrefix(outer) && inner.dropFirst(outer.count).first == "/"
    }
}
