/// A document's kind and what it rests on, so that a reader can see why (`cria inspect`).
public struct KindJudgement: Sendable, Equatable {
    public enum Source: String, Sendable {
        /// GOV.UK `document_type`, legislation metadata or the root element of a schema.
        case metadata
        /// The title or a heading.
        case heading
        /// Nothing said otherwise: a department's own document, read as a proposal.
        case fallback
        /// `--kind` or `.cria.yml`.
        case configuration
    }

    public let kind: DocumentKind
    public let source: Source
    /// What was read, e.g. `GOV.UK document_type "policy_paper"`.
    public let evidence: String
    /// For legislation, what kind of enactment it is ("Act", "regulation", "bill"), when its
    /// format tells (`LegislationType`).
    public var legislationType: String?

    public init(kind: DocumentKind, source: Source, evidence: String) {
        self.kind = kind
        self.source = source
        self.evidence = evidence
    }
}
