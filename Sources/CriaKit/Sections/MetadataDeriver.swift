/// Fills document metadata the reader did not know from fields near the top of the tree:
/// `title`, `department`/`organisation`/`lead_department`, `date`/`published`,
/// `reference`/`ref`, as child elements, JSON members or attributes of the root.
public struct MetadataDeriver {
    public init() {}

    static let titleKeys = ["title", "proposaltitle", "documenttitle", "policytitle", "name", "heading", "h1", "doctitle", "longtitle", "shorttitle", "policy", "policyname"]
    static let departmentKeys = ["department", "dept", "leaddepartment", "owningdepartment", "responsibledepartment", "organisation", "organization", "ministry"]
    /// Weaker hints, used only when no key names a department: a directorate is part of one.
    static let departmentFallbackKeys = ["publisher", "owner", "agency", "body", "directorate"]
    static let dateKeys = [
        "date", "dateofassessment", "assessmentdate", "published", "publicationdate", "datepublished", "issued", "created", "modified", "updated", "publicupdatedat", "firstpublishedat", "completed", "datecompleted",
        "datesignedoff", "dateofsubmission",
    ]
    static let referenceKeys = ["reference", "ref", "referencenumber", "documentreference", "proposalreference", "identifier", "policyreference", "id", "contentid"]

    public func derive(_ document: Document) -> DocumentMetadata {
        var labels = LabelMemo()
        return derive(document, labels: &labels)
    }

    /// `labels` may be shared with the section builder: its answers hold for any document.
    func derive(_ document: Document, labels: inout LabelMemo) -> DocumentMetadata {
        var metadata = document.metadata
        let candidates = fieldsNearTop(of: document.root, depth: 3, labels: &labels)
        // Each field's key looked up once, for every list at the same time.
        let ranks = candidates.map { Self.keyRanks[$0.key] ?? KeyRanks() }
        if metadata.title == nil { metadata.title = first(.title, ranks: ranks, in: candidates, maxWords: 40) }
        if metadata.department == nil {
            metadata.department =
                first(.department, ranks: ranks, in: candidates, maxWords: 16)
                ?? candidates.first(where: { field in
                    ["department", "organisation", "organization", "ministry"].contains { field.key.hasSuffix($0) }
                        && !field.value.isEmpty && WordCounter.count(field.value, stoppingAbove: 16) <= 16
                })?.value
                ?? first(.departmentFallback, ranks: ranks, in: candidates, maxWords: 16)
        }
        if metadata.date == nil { metadata.date = first(.date, ranks: ranks, in: candidates, maxWords: 8) }
        if metadata.reference == nil { metadata.reference = first(.reference, ranks: ranks, in: candidates, maxWords: 6) }
        return metadata
    }

    private enum KeyList: Int, CaseIterable {
        case title, department, departmentFallback, date, reference

        var keys: [String] {
            switch self {
            case .title: MetadataDeriver.titleKeys
            case .department: MetadataDeriver.departmentKeys
            case .departmentFallback: MetadataDeriver.departmentFallbackKeys
            case .date: MetadataDeriver.dateKeys
            case .reference: MetadataDeriver.referenceKeys
            }
        }
    }

    /// A key's place in each `KeyList`, a byte each; 255 where it is not in the list.
    private struct KeyRanks {
        private var lanes = UInt64.max

        func rank(in list: KeyList) -> Int {
            Int(truncatingIfNeeded: lanes >> UInt64(8 * list.rawValue) & 0xFF)
        }

        mutating func setRank(_ rank: Int, in list: KeyList) {
            let shift = UInt64(8 * list.rawValue)
            lanes = lanes & ~(0xFF << shift) | UInt64(rank) << shift
        }
    }

    private static let keyRanks: [String: KeyRanks] = {
        var ranks: [String: KeyRanks] = [:]
        for list in KeyList.allCases {
            for (rank, key) in list.keys.enumerated() where ranks[key, default: KeyRanks()].rank(in: list) == 255 {
                ranks[key, default: KeyRanks()].setRank(rank, in: list)
            }
        }
        return ranks
    }()

    /// (key, value) pairs in breadth-first order: attributes of each node, then its leaf
    /// children. Shallow fields win over deep ones. Below the root, only nodes that hold
    /// facts (a metadata container, or a group of short fields with no prose) are read: a
    /// section's own title or id (`<section title="Purpose">`, `<Chapter Heading=...>`,
    /// `<Field id="proposal.summary">`) is not the document's.
    private func fieldsNearTop(of root: DocumentNode, depth: Int, labels: inout LabelMemo) -> [(key: String, value: String)] {
        var fields: [(key: String, value: String)] = []
        var level: [DocumentNode] = [root]
        for _ in 0...depth {
            var next: [DocumentNode] = []
            for node in level {
                var texts = ChildTexts(of: node)
                let readsFields = isDocumentLevel(node, root: root, labels: &labels) || holdsFacts(node, texts: &texts, labels: &labels)
                if readsFields {
                    for attribute in node.attributes {
                        fields.append((labels.key(attribute.name), attribute.value))
                    }
                }
                for (index, child) in node.children.enumerated() {
                    if child.children.allSatisfy(\.isInline) && !child.holdsHTML {
                        guard readsFields else { continue }
                        let text = texts[index]
                        // `<name key="title">`, `<Line Label="Policy">`, `<Field label="Title">`
                        if let named = child.attributes.first(where: { Self.fieldNameAttributes.contains(labels.key($0.name)) }) {
                            fields.append((StructureVocabulary.key(named.value), text))
                        }
                        fields.append((labels.key(child.label), text))
                    } else {
                        next.append(child)
                        // `"organisations": [{"title": "..."}]`: a titled object under a key.
                        if readsFields, let titled = child.children.first(where: { labels.key($0.label) == "title" || labels.key($0.label) == "name" }),
                            titled.children.isEmpty
                        {
                            fields.append((labels.key(child.label), titled.fullText))
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
    private func isDocumentLevel(_ node: DocumentNode, root: DocumentNode, labels: inout LabelMemo) -> Bool {
        var node = node
        while node !== root {
            guard let parent = node.parent, parent.children.count == 1, node.kind != .array, parent.kind != .array,
                !node.children.contains(where: { labels.roles($0.label).contains(.block) })
            else { return false }
            node = parent
        }
        return true
    }

    /// A metadata container, or a group of short fields: no prose blocks, no nested groups.
    private func holdsFacts(_ node: DocumentNode, texts: inout ChildTexts, labels: inout LabelMemo) -> Bool {
        if labels.roles(node.label).contains(.metadataContainer) { return true }
        guard node.kind != .array, !node.holdsHTML, !node.children.isEmpty else { return false }
        // Labels first: they are cheap, and one block rules out gathering any text.
        let shapedAsFields = node.children.allSatisfy { child in
            child.children.allSatisfy(\.isInline) && !labels.roles(child.label).contains(.block)
        }
        return shapedAsFields && node.children.indices.allSatisfy { WordCounter.count(texts[$0], stoppingAbove: 40) <= 40 }
    }

    /// The first usable field of the first key in `list` that has one: one pass over the
    /// fields, keeping the best-ranked usable field so far.
    private func first(_ list: KeyList, ranks: [KeyRanks], in fields: [(key: String, value: String)], maxWords: Int) -> String? {
        var best: (rank: Int, value: String)?
        for (index, field) in fields.enumerated() {
            let rank = ranks[index].rank(in: list)
            guard rank < best?.rank ?? 255, !field.value.isEmpty,
                WordCounter.count(field.value, stoppingAbove: maxWords) <= maxWords
            else { continue }
            best = (rank, field.value)
            if rank == 0 { break }
        }
        return best?.value
    }
}
