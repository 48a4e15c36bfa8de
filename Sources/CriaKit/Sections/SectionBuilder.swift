/// Derives a proposal's sections from its document tree.
///
/// A node becomes a section when it is titled (a heading, a title/heading/question child,
/// a title attribute) or is a named container or a prose leaf (its label split into words
/// becomes its title). Text blocks (`p`, `li`, `body`...) feed the section around them;
/// generic wrappers (`sections`, `div`, JSON arrays) are looked through. Headings `h1`-`h6`
/// open sections that run until the next heading of the same or a higher level.
public struct SectionBuilder {
    public init() {}

    public func build(_ document: Document) -> Section {
        var labels = LabelMemo()
        return build(document, labels: &labels)
    }

    /// `labels` may be shared with `MetadataDeriver`: its answers hold for any document.
    func build(_ document: Document, labels: inout LabelMemo) -> Section {
        let start = contentRoot(of: document)
        let root = Section(title: document.metadata.title ?? "", titleSource: .document, node: start)
        let parts = titleParts(of: start, labels: &labels)
        collect(contentsOf: start, into: root, consumed: parts, labels: &labels)
        return root
    }

    /// Where prose starts for formats that wrap it in metadata.
    private func contentRoot(of document: Document) -> DocumentNode {
        if document.format == .govukContentItem,
            let details = document.root.children.first(where: { $0.label == "details" })
        {
            return details
        }
        return document.root
    }

    // MARK: - Walking

    /// `labels` remembers what is known of the labels of the document being built: they repeat.
    private func collect(contentsOf node: DocumentNode, into section: Section, consumed: TitleParts, labels: inout LabelMemo) {
        // Text of the node itself (its text runs and inline children) is one segment.
        if node.kind == .value && !node.holdsHTML {
            addSegment(node.ownText, node: node, to: section)
            return
        }
        let ownText = node.ownText
        if !ownText.isEmpty { addSegment(ownText, node: node, to: section) }

        let children = node.children
        if children.contains(where: { !$0.isInline && Self.mayBeHeading($0) && StructureVocabulary.headingLevel(of: $0) != nil }) {
            collectHeadingRuns(children, into: section, consumed: consumed, labels: &labels)
            return
        }
        for index in children.indices where !consumed.contains(index) {
            let child = children[index]
            if child.isInline { continue }
            place(child, roles: labels.roles(child.label), in: section, labels: &labels)
        }
    }

    /// Decides what one child node is: a section, a text block, or a wrapper to look through.
    /// `roles` are those of the node's label (`StructureVocabulary.roles`).
    private func place(_ node: DocumentNode, roles: StructureVocabulary.Roles, in section: Section, labels: inout LabelMemo) {
        if StructureVocabulary.isAnnotation(node) { return }
        if roles.contains(.waiver) && WaiverReader.isWaiver(node) { return }
        if roles.contains(.htmlSkipped) && node.kind == .element && isHTMLish(node) { return }
        let allInline = node.children.allSatisfy(\.isInline)
        if roles.contains(.metadataContainer) && !allInline { return }
        let titles = titleParts(of: node, labels: &labels)
        if let title = title(of: node, roles: roles, parts: titles, labels: &labels) {
            let child = Section(title: title.text, titleSource: title.source, node: node)
            section.appendChild(child)
            collect(contentsOf: node, into: child, consumed: titles, labels: &labels)
            return
        }
        // A JSON array under a key that names something ("What young people told us":
        // [paragraphs]) is a section as a named object is: its key is the only heading its
        // paragraphs have. Arrays under generic keys ("sections", "paragraphs") or in arrays
        // are looked through.
        if node.kind == .array, node.parent?.kind == .object, !node.children.isEmpty,
            roles.isDisjoint(with: [.block, .transparent, .metadata])
        {
            let child = Section(title: labels.words(node.label), titleSource: .label, node: node)
            section.appendChild(child)
            collect(contentsOf: node, into: child, consumed: titles, labels: &labels)
            return
        }
        let isLeaf = allInline && !node.holdsHTML
        if isLeaf {
            if roles.contains(.block) || node.kind == .array || (node.parent?.kind == .array) {
                addSegment(node.fullText, node: node, to: section)
                return
            }
            if roles.contains(.metadata) { return }
            let text = node.fullText
            guard WordCounter.hasLetterWords(text, atLeast: 3) else { return }
            let child = Section(title: labels.words(node.label), titleSource: .label, node: node)
            section.appendChild(child)
            addSegment(text, node: node, to: child)
            return
        }
        if !roles.isDisjoint(with: [.block, .transparent])
            || node.kind == .array || node.parent?.kind == .array || node.holdsHTML
        {
            collect(contentsOf: node, into: section, consumed: titles, labels: &labels)
            return
        }
        let child = Section(title: labels.words(node.label), titleSource: .label, node: node)
        section.appendChild(child)
        collect(contentsOf: node, into: child, consumed: titles, labels: &labels)
    }

    /// Splits siblings at headings: each heading opens a section holding what follows it
    /// until a heading of the same or a higher level. Inline siblings are passed over.
    private func collectHeadingRuns(_ nodes: [DocumentNode], into section: Section, consumed: TitleParts, labels: inout LabelMemo) {
        var stack: [Section] = [section]
        for index in nodes.indices where !consumed.contains(index) {
            let node = nodes[index]
            if node.isInline { continue }
            if let level = StructureVocabulary.headingLevel(of: node) {
                while stack.count > 1, let top = stack.last, top.level >= level { stack.removeLast() }
                let heading = Section(title: StructureVocabulary.headingText(of: node), titleSource: .heading, node: node, level: level)
                stack.last!.appendChild(heading)
                stack.append(heading)
            } else {
                place(node, roles: labels.roles(node.label), in: stack.last!, labels: &labels)
            }
        }
    }

    /// Whether `StructureVocabulary.headingLevel(of:)` may find a level: only for a JSON
    /// object or a label whose first byte is `h` or `H` (which `headingLevel(_:)` itself
    /// requires), so most nodes are ruled out by one byte.
    private static func mayBeHeading(_ node: DocumentNode) -> Bool {
        node.kind == .object || node.label.utf8.first.map { $0 | 0x20 == 0x68 } ?? false
    }

    private func addSegment(_ text: String, node: DocumentNode, to section: Section) {
        guard !text.isEmpty else { return }
        let segment = TextSegment(text: text, node: node)
        // A first segment as an array literal: allocated at once, not through append's growth.
        if section.segments.isEmpty {
            section.segments = [segment]
        } else {
            section.segments.append(segment)
        }
    }

    private func isHTMLish(_ node: DocumentNode) -> Bool {
        node.namespace == nil || node.namespace == "http://www.w3.org/1999/xhtml"
    }

    // MARK: - Titles

    /// Which children title a node (a title field, and a number before it), with their text,
    /// gathered once.
    /// The children are held by their index among the node's children, not by reference:
    /// a part costs no retain, and no release when it is let go of at every node placed.
    private struct TitleParts {
        /// -1 when there is no title field.
        var titleIndex = -1
        /// Empty when there is no title field.
        var titleText = ""
        /// -1 when there is no number field.
        var numberIndex = -1
        /// Empty when there is no number field.
        var numberText = ""

        var hasTitle: Bool { titleIndex >= 0 }
        var hasNumber: Bool { numberIndex >= 0 }

        /// Whether the child at `index` among the node's children is a title part.
        func contains(_ index: Int) -> Bool {
            index == titleIndex || index == numberIndex
        }
    }

    private func titleParts(of node: DocumentNode, labels: inout LabelMemo) -> TitleParts {
        var parts = TitleParts()
        let children = node.children
        for index in children.indices {
            let child = children[index]
            let roles = labels.roles(child.label)
            if !parts.hasTitle, roles.contains(.title), let text = titleFieldText(child) {
                parts.titleIndex = index
                parts.titleText = text
                if parts.hasNumber { break }
            } else if !parts.hasNumber, roles.contains(.number), let text = numberFieldText(child) {
                parts.numberIndex = index
                parts.numberText = text
                if parts.hasTitle { break }
            }
        }
        return parts
    }

    /// The text of a title field (a child labelled as one), if it reads as a title.
    private func titleFieldText(_ node: DocumentNode) -> String? {
        guard node.children.allSatisfy(\.isInline) && !node.holdsHTML else { return nil }
        let text = node.fullText
        return !text.isEmpty && WordCounter.count(text, stoppingAbove: 40) <= 40 ? text : nil
    }

    /// The text of a number field (a child labelled as one), if it is short enough.
    private func numberFieldText(_ node: DocumentNode) -> String? {
        guard node.children.allSatisfy(\.isInline) else { return nil }
        let text = node.fullText
        return Self.hasAtMost(20, text) ? text : nil
    }

    /// `text.count <= limit`, without counting characters when the bytes already say so.
    private static func hasAtMost(_ limit: Int, _ text: String) -> Bool {
        text.utf8.count <= limit || text.count <= limit
    }

    private func title(of node: DocumentNode, roles: StructureVocabulary.Roles, parts: TitleParts, labels: inout LabelMemo) -> (text: String, source: Section.TitleSource)? {
        let number = parts.hasNumber ? parts.numberText : nil
        var text: String?
        // Fetched once for every pass below: each fetch copies out the node's table.
        let attributes = node.attributes
        if parts.hasTitle {
            text = parts.titleText
        } else if let attribute = titleAttribute(in: attributes, labels: &labels) {
            // Any case style: `title=`, `Heading=`, `CAPTION=`.
            text = attribute
            if number == nil, let value = numberAttribute(in: attributes, labels: &labels) {
                return ("\(value) \(attribute)", .field)
            }
        }
        switch (number, text) {
        case (let number?, let text?): return ("\(number) \(text)", .field)
        case (nil, let text?): return (text, .field)
        case (let number?, nil): return ("\(labels.words(node.label)) \(number)", .field)
        default:
            // `<impact article="28" direction="positive">` → "impact: article 28, direction positive"
            guard !attributes.isEmpty, node.kind == .element, roles.isDisjoint(with: [.transparent, .block]) else { return nil }
            // Gathered as bytes: appending to a String reallocates at nearly every step.
            var text: [UInt8] = []
            var factCount = 0
            for attribute in attributes where factCount < 3 {
                guard labels.isFactAttribute(attribute.name) else { continue }
                let value = attribute.value
                guard !value.isEmpty, Self.hasAtMost(30, value) else { continue }
                if factCount == 0 {
                    text.reserveCapacity(96)
                    Self.append(labels.words(node.label), to: &text)
                    text.append(0x3A)  // ":"
                } else {
                    text.append(0x2C)  // ","
                }
                text.append(0x20)
                Self.append(labels.words(attribute.name), to: &text)
                text.append(0x20)
                Self.append(value, to: &text)
                factCount += 1
            }
            guard factCount > 0 else { return nil }
            return (String(decoding: text, as: UTF8.self), .label)
        }
    }

    /// Appends the UTF-8 of `string` as one copy, not byte by byte through its UTF-8 view.
    private static func append(_ string: String, to bytes: inout [UInt8]) {
        var string = string
        string.withUTF8 { bytes.append(contentsOf: $0) }
    }

    /// The value of the first attribute named as a number, if it is non-empty and short.
    private func numberAttribute(in attributes: DocumentNode.Attributes, labels: inout LabelMemo) -> String? {
        for attribute in attributes where labels.roles(attribute.name).contains(.number) {
            let value = attribute.value
            if !value.isEmpty && Self.hasAtMost(20, value) { return value }
        }
        return nil
    }

    /// The value of the first non-empty attribute named in `titleAttributes` order.
    private func titleAttribute(in attributes: DocumentNode.Attributes, labels: inout LabelMemo) -> String? {
        var best: (rank: Int, value: String)?
        // The name is looked at first: a value is only made into a String when asked for.
        for attribute in attributes {
            guard let rank = labels.titleAttributeRank(attribute.name), rank < best?.rank ?? .max else { continue }
            let value = attribute.value
            if !value.isEmpty { best = (rank, value) }
        }
        return best?.value
    }
}
