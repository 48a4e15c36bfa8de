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
        let start = contentRoot(of: document)
        let root = Section(title: document.metadata.title ?? "", titleSource: .document, node: start)
        collect(contentsOf: start, into: root, consumed: titleNodes(of: start))
        return root
    }

    /// Where prose starts for formats that wrap it in metadata.
    private func contentRoot(of document: Document) -> DocumentNode {
        if document.format == .govukContentItem,
           let details = document.root.children.first(where: { $0.label == "details" }) {
            return details
        }
        return document.root
    }

    // MARK: - Walking

    private func collect(contentsOf node: DocumentNode, into section: Section, consumed: Set<ObjectIdentifier>) {
        // Text of the node itself (its text runs and inline children) is one segment.
        if node.kind == .value && !node.holdsHTML {
            addSegment(node.ownText, node: node, to: section)
            return
        }
        let ownText = node.ownText
        if !ownText.isEmpty { addSegment(ownText, node: node, to: section) }

        if node.children.contains(where: { StructureVocabulary.headingLevel(of: $0) != nil && !$0.isInline }) {
            collectHeadingRuns(node.children.filter { !$0.isInline }, into: section, consumed: consumed)
            return
        }
        for child in node.children where !child.isInline && !consumed.contains(ObjectIdentifier(child)) {
            place(child, in: section)
        }
    }

    /// Decides what one child node is: a section, a text block, or a wrapper to look through.
    private func place(_ node: DocumentNode, in section: Section) {
        if StructureVocabulary.isAnnotation(node) { return }
        let key = StructureVocabulary.key(node.label)
        if WaiverReader.isWaiver(node) { return }
        if StructureVocabulary.htmlSkipped.contains(key) && node.kind == .element && isHTMLish(node) { return }
        if StructureVocabulary.metadataContainers.contains(key) && !node.children.allSatisfy(\.isInline) { return }
        let titles = titleNodes(of: node)
        if let title = title(of: node, titleNodes: titles) {
            let child = Section(title: title.text, titleSource: title.source, node: node)
            section.appendChild(child)
            collect(contentsOf: node, into: child, consumed: titles)
            return
        }
        let isLeaf = node.children.allSatisfy(\.isInline) && !node.holdsHTML
        if isLeaf {
            let text = node.fullText
            if StructureVocabulary.blockLabels.contains(key) || node.kind == .array
                || (node.parent?.kind == .array) {
                addSegment(text, node: node, to: section)
            } else if StructureVocabulary.metadataLabels.contains(key) || WordCounter.countLetterWords(text) < 3 {
                return
            } else {
                let child = Section(title: LabelWords.words(node.label), titleSource: .label, node: node)
                section.appendChild(child)
                addSegment(text, node: node, to: child)
            }
            return
        }
        if StructureVocabulary.blockLabels.contains(key) || StructureVocabulary.transparentLabels.contains(key)
            || node.kind == .array || node.parent?.kind == .array || node.holdsHTML {
            collect(contentsOf: node, into: section, consumed: titles)
            return
        }
        let child = Section(title: LabelWords.words(node.label), titleSource: .label, node: node)
        section.appendChild(child)
        collect(contentsOf: node, into: child, consumed: titles)
    }

    /// Splits siblings at headings: each heading opens a section holding what follows it
    /// until a heading of the same or a higher level.
    private func collectHeadingRuns(_ nodes: [DocumentNode], into section: Section, consumed: Set<ObjectIdentifier>) {
        var stack: [Section] = [section]
        for node in nodes where !consumed.contains(ObjectIdentifier(node)) {
            if let level = StructureVocabulary.headingLevel(of: node) {
                while stack.count > 1, let top = stack.last, top.level >= level { stack.removeLast() }
                let heading = Section(title: StructureVocabulary.headingText(of: node), titleSource: .heading, node: node, level: level)
                stack.last!.appendChild(heading)
                stack.append(heading)
            } else {
                place(node, in: stack.last!)
            }
        }
    }

    private func addSegment(_ text: String, node: DocumentNode, to section: Section) {
        guard !text.isEmpty else { return }
        section.segments.append(TextSegment(text: text, node: node))
    }

    private func isHTMLish(_ node: DocumentNode) -> Bool {
        node.namespace == nil || node.namespace == "http://www.w3.org/1999/xhtml"
    }

    // MARK: - Titles

    /// The child nodes that title `node` (a title field, and a number before it).
    private func titleNodes(of node: DocumentNode) -> Set<ObjectIdentifier> {
        var found = Set<ObjectIdentifier>()
        if let title = node.children.first(where: { isTitleField($0) }) { found.insert(ObjectIdentifier(title)) }
        if let number = node.children.first(where: { isNumberField($0) }) { found.insert(ObjectIdentifier(number)) }
        return found
    }

    private func isTitleField(_ node: DocumentNode) -> Bool {
        guard StructureVocabulary.titleLabels.contains(StructureVocabulary.key(node.label))
            && node.children.allSatisfy(\.isInline) && !node.holdsHTML else { return false }
        let text = node.fullText
        return !text.isEmpty && WordCounter.count(text) <= 40
    }

    private func isNumberField(_ node: DocumentNode) -> Bool {
        StructureVocabulary.numberLabels.contains(StructureVocabulary.key(node.label))
            && node.children.allSatisfy(\.isInline) && node.fullText.count <= 20
    }

    private func title(of node: DocumentNode, titleNodes: Set<ObjectIdentifier>) -> (text: String, source: Section.TitleSource)? {
        let number = node.children.first { titleNodes.contains(ObjectIdentifier($0)) && isNumberField($0) }?.fullText
        var text: String?
        if let field = node.children.first(where: { titleNodes.contains(ObjectIdentifier($0)) && isTitleField($0) }) {
            text = field.fullText
        } else if let attribute = StructureVocabulary.titleAttributes.lazy.compactMap({ name in
            node.attributes.first { StructureVocabulary.key($0.name) == name && !$0.value.isEmpty }?.value
        }).first {
            // Any case style: `title=`, `Heading=`, `CAPTION=`.
            text = attribute
            if number == nil, let attribute = node.attributes.first(where: { StructureVocabulary.numberLabels.contains(StructureVocabulary.key($0.name)) && !$0.value.isEmpty && $0.value.count <= 20 }) {
                return ("\(attribute.value) \(text!)", .field)
            }
        }
        switch (number, text) {
        case let (number?, text?): return ("\(number) \(text)", .field)
        case let (nil, text?): return (text, .field)
        case let (number?, nil): return ("\(LabelWords.words(node.label)) \(number)", .field)
        default:
            // `<impact article="28" direction="positive">` → "impact: article 28, direction positive"
            let key = StructureVocabulary.key(node.label)
            let facts = node.attributes.filter { !$0.name.hasPrefix("xmlns") && !StructureVocabulary.presentationAttributes.contains($0.name.lowercased()) && !$0.value.isEmpty && $0.value.count <= 30 }
            guard !facts.isEmpty, node.kind == .element, !StructureVocabulary.transparentLabels.contains(key),
                  !StructureVocabulary.blockLabels.contains(key) else { return nil }
            return ("\(LabelWords.words(node.label)): " + facts.prefix(3).map { "\(LabelWords.words($0.name)) \($0.value)" }.joined(separator: ", "), .label)
        }
    }
}

