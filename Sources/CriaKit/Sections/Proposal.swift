/// A document read and divided into sections: what rules are evaluated against.
public struct Proposal {
    public let document: Document
    public let metadata: DocumentMetadata
    /// The whole document as a section; its subtree holds every section.
    public let root: Section
    /// Every section below the root, in document order.
    public let sections: [Section]
    /// What sort of document it is, and why; `--kind` and `.cria.yml` may set it.
    public var kind: KindJudgement

    public init(document: Document) {
        var document = document
        // One memo of label answers for both: the same labels are asked about.
        var labels = LabelMemo()
        document.metadata = MetadataDeriver().derive(document, labels: &labels)
        self.root = SectionBuilder().build(document, labels: &labels)
        var all = root.subtree
        for (index, section) in all.enumerated() { section.index = index }
        all.removeFirst()
        self.sections = all
        // With no title field anywhere, the first heading is what a person would call it.
        if document.metadata.title == nil {
            document.metadata.title = all.first { $0.titleSource == .heading }?.title
        }
        self.metadata = document.metadata
        self.document = document
        self.kind = KindJudgement(kind: .proposal, source: .fallback, evidence: "")
        self.kind = KindDetector.detect(self)
    }

    /// Sets the kind the user gave (`--kind`, `.cria.yml`), keeping what was detected as evidence.
    public mutating func setKind(_ kind: DocumentKind, by setting: String) {
        self.kind = KindJudgement(kind: kind, source: .configuration, evidence: "set by \(setting) (detected: \(self.kind.kind.rawValue), from \(self.kind.evidence))")
        if kind == .legislation { self.kind.legislationType = LegislationType.of(self) }
    }

    public var file: String { document.file }
    public var format: DocumentFormat { document.format }
}
