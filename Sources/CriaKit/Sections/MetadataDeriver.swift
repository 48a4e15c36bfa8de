/// Fills document metadata the reader did not know from fields near the top of the tree:
/// `title`, `department`/`organisation`/`lead_department`, `date`/`published`,
/// `reference`/`ref`, as child elements, JSON members or attributes of the root.
public struct MetadataDeriver {
    public init() {}

    static let titleKeys = ["title", "proposaltitle", "documenttitle", "policytitle", "name", "heading", "h1", "doctitle", "longtitle", "shorttitle", "policy", "policyname"]
    static let departmentKeys = ["department", "dept", "leaddepartment", "owningdepartment", "responsibledepartment", "organisation", "organization", "ministry"]
    /// Weaker hints, used only when no key names a department: a directorate is part of one.
    static let departmentFallbackKeys = ["publisher", "owner", "agency", "body", "directorate"]
    static let dateKeys = ["date", "dateofassessment", "assessmentdate", "published", "publicationdate", "datepublished", "issued", "created", "modified", "updated", "publicupdatedat", "firstpublishedat", "completed", "datecompleted", "datesignedoff", "dateofsubmission"]
    static let referenceKeys = ["reference", "ref", "referencenumber", "documentreference", "proposalreference", "identifier", "policyreference", "id", "contentid"]

    public func derive(_ document: Document) -> DocumentMetadata {
        var metadata = document.metadata
        let candidates = fieldsNearTop(of: document.root, depth: 3)
        if metadata.title == nil { metadata.title = first(Self.titleKeys, in: candidates, maxWords: 40) }
        if metadata.department == nil {
            metadata.department = first(Self.departmentKeys, in: candidates, maxWords: 16)
                ?? candidates.first(where: { field in
                    ["department", "organisation", "organization", "ministry"].contains { field.key.hasSuffix($0) }
                        && !field.value.isEmpty && WordCounter.count(field.value, stoppingAbove: 16) <= 16
                })?.value
                ?? first(Self.departmentFallbackKeys, in: candidates, maxWords: 16)
        }
        if metadata.date == nil { metadata.date = first(Self.dateKeys, in: candidates, maxWords: 8) }
        if metadata.reference == nil { metadata.reference = first(Self.referenceKeys, in: candidates, maxWords: 6) }
        return metadata
    }

    /// (key, value) pairs in breadth-first order: attributes of each node, then its leaf
    /// children. Shallow fields win over deep ones. Below the root, only nodes that hold
    /// facts (a metadata container, or a group of short fields with no prose) are read: a
    /// section's own title or id (`<section title="Purpose">`, `<Chapter Heading=...>`,
    /// `<Field id="proposal.summary">`) is not the document's.
    private func fieldsNearTop(of root: DocumentNode, depth: Int) -> [(key: String, value: String)] {
        var fields: [(String, String)] = []
        var level: [DocumentNode] = [root]
        for _ in 0...depth {
            var next: [DocumentNode] = []
            for node in level {
                var texts = ChildTexts(of: node)
                let readsFields = isDocumentLevel(node, root: root) || holdsFacts(node, texts: &texts)
                if readsFields {
                    for attribute in node.attributes {
                        fields.append((StructureVocabulary.key(attribute.name), attribute.value))
                    }
                }
                for (index, child) in node.children.enumerated() {
                    if child.children.allSatisfy(\.isInline) && !child.holdsHTML {
                        guard readsFields else { continue }
                        let text = texts[index]
                        // `<name key="title">`, `<Line Label="Policy">`, `<Field label="Title">`
                        if let named = child.attributes.first(where: { Self.fieldNameAttributes.contains(StructureVocabulary.key($0.name)) }) {
                            fields.append((StructureVocabulary.key(named.value), text))
                        }
                        fields.append((StructureVocabulary.key(child.label), text))
                    } else {
                        next.append(child)
                        // `"organisations": [{"title": "..."}]`: a titled object under a key.
                        if readsFields, let titled = child.children.first(where: { StructureVocabulary.key($0.label) == "title" || StructureVocabulary.key($0.label) == "name" }),
                           titled.children.isEmpty {
                            fields.append((StructureVocabulary.key(child.label), titled.fullText))
                        }
                    }
                }
            }
            level = next
        }
        return fields
    }

    /// The full text of a node's children, each gathered at most once (and no room made
    /// for them until one is asked for: most nodes are never asked).
    private struct ChildTexts {
        let node: DocumentNode
        private var texts: [String?] = []

        init(of node: DocumentNode) {
            self.node = node
        }

        subscript(index: Int) -> String {
            mutating get {
                if texts.isEmpty { texts = Array(repeating: nil, count: node.children.count) }
                if let text = texts[index] { return text }
                let text = node.children[index].fullText
                texts[index] = text
                return text
            }
        }
    }

    static let fieldNameAttributes: Set<String> = ["key", "label", "name", "field", "property"]

    /// The root, or a lone wrapper of the root (`{"TaxInformationAndImpactNote": {...}}`).
    private func isDocumentLevel(_ node: DocumentNode, root: DocumentNode) -> Bool {
        var node = node
        while node !== root {
            guard let parent = node.parent, parent.children.count == 1, node.kind != .array, parent.kind != .array,
                  !node.children.contains(where: { StructureVocabulary.roles(ofLabel: $0.label).contains(.block) })
            else { return false }
            node = parent
        }
        return true
    }

    /// A metadata container, or a group of short fields: no prose blocks, no nested groups.
    private func holdsFacts(_ node: DocumentNode, texts: inout ChildTexts) -> Bool {
        if StructureVocabulary.roles(ofLabel: node.label).contains(.metadataContainer) { return true }
        guard node.kind != .array, !node.holdsHTML, !node.children.isEmpty else { return false }
        // Labels first: they are cheap, and one block rules out gathering any text.
        let shapedAsFields = node.children.allSatisfy { child in
            child.children.allSatisfy(\.isInline) && !StructureVocabulary.roles(ofLabel: child.label).contains(.block)
        }
        return shapedAsFields && node.children.indices.allSatisfy { WordCounter.count(texts[$0], stoppingAbove: 40) <= 40 }
    }

    private func first(_ keys: [String], in fields: [(key: String, value: String)], maxWords: Int) -> String? {
        for key in keys {
            if let field = fields.first(where: { $0.key == key && !$0.value.isEmpty && WordCounter.count($0.value, stoppingAbove: maxWords) <= maxWords }) {
                return field.value
            }
        }
        return nil
    }
}
