/// Everything cria concluded about one document.
public struct Assessment: Sendable {
    public let file: String
    public let format: DocumentFormat
    /// What sort of document it is (assessment, proposal, legislation...) and why.
    public let kind: KindJudgement
    /// Mutable so that a batch can supply a department the document does not state.
    public var metadata: DocumentMetadata
    public let relevance: Relevance
    public let relevanceJudgement: RelevanceJudgement
    public let sectionCount: Int
    public let wordCount: Int
    public internal(set) var results: [RuleResult]
    /// For legislation: the provisions that affect children, with the articles each engages.
    public internal(set) var provisions: [Provision] = []
    /// For guidance, news and statistics: the result naming the rights the page engages
    /// (a `rightsEngaged:` rule that passed), with the statements it rests on.
    public internal(set) var rightsEngaged: RuleResult?
    /// Waivers in the document that matched no fail or review.
    public internal(set) var unusedWaivers: [Waiver] = []
    /// The path relative to the folder it was found in (the path as given for a file named
    /// on its own): what a baseline matches documents by, whatever the folder is called.
    public var source: String?
    /// See `Document.contentHash`.
    public var contentHash: UInt64?

    /// What kind of document this is, as the reader found it (a GOV.UK item's document type,
    /// a CLML document's type, an HTML page's `govuk:format`; for legislation that states none,
    /// the kind of enactment its schema is for); nil when it does not say.
    /// One accessor, so that a fuller judgement of kinds can take its place.
    public var documentType: String? {
        metadata.extra.first { $0.key == "document type" || $0.key == "type" }?.value ?? kind.legislationType
    }

    /// Where the document is published on GOV.UK (`/government/publications/...`), if known.
    public var govukPath: String? {
        metadata.extra.first { $0.key == "base path" }?.value
    }

    /// No text at all: a template not filled in (whose rules then pass none).
    public internal(set) var isBlank = false

    public var findings: [RuleResult] { results.filter { $0.outcome == .fail || $0.outcome == .review } }
}
