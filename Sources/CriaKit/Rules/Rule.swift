/// One check from a checklist, loaded from YAML.
public struct Rule: Sendable {
    public let id: String
    public let title: String
    public let articles: [Int]
    public let references: [String]
    /// `.cria.yml` and `--severity` may change it.
    public internal(set) var severity: Severity
    public let applies: Condition?
    /// The kinds of document the rule is for (`applies: {kinds: [...]}`); nil: every kind.
    /// For any other kind it is notApplicable, saying so.
    public var kinds: [DocumentKind]? = nil
    /// For a rule held to provisions one by one (`provisions:`): what it asks of each.
    public var provisions: ProvisionCheck? = nil
    /// Only for published documents (`applies: {published: true}`): GOV.UK items, saved web
    /// pages and legislation, not a department's own draft.
    public var publishedOnly = false
    /// When this rule fails or is review (`gate: true`), every other rule that is not held to
    /// provisions is notApplicable on the document, with this rule's message as the reason:
    /// a page too thin to judge says so once instead of a list of fails.
    public var gate = false
    /// The rules a gate leaves running (`keeps: [ids]`): what can still be judged of a page
    /// that summarises its attachments (children asked, their interests weighed, an assessment published).
    public var keeps: [String] = []
    /// "Was it assessed?" (`assessedBy:`): looks for a child rights impact assessment
    /// published with or referenced by the document, in place of `expect`.
    public var assessedBy: AssessmentTrail? = nil
    /// The rights a published page engages (`rightsEngaged:`), in place of `expect`: the
    /// articles its statements about children engage, named in the result.
    public var rightsEngaged: RightsEngaged? = nil
    public let expect: Condition
    public let review: Condition?
    /// A close candidate that makes a failing `expect` review (`nearMiss:`).
    public var nearMiss: NearMiss? = nil
    /// The articles a review from `review:` speaks for, when it asks for a narrower point
    /// than the rule (`reviewArticles:`): figures about the children given but not broken
    /// down by group is a point of data (Art 4), not of the weighing Art 3 asks for. Nil: the
    /// rule's own. A fail, and a review for close candidates (`nearMiss`), keep the rule's.
    public var reviewArticles: [Int]? = nil
    /// The rules that judge the whole of the general principle this rule serves through
    /// another topic (`partOf: [ids]`): whether the children heard include the seldom heard
    /// serves Art 2 through participation, whose own test is the differential impact on
    /// groups. When every one of them passes, this rule's fail is review (`PartOfPrinciple`).
    public var partOf: [String] = []
    public let message: String
    public let guidance: String
    public let examples: RuleExamples
    /// Where the rule is defined: `rules/rules/principles.yaml:12:5`.
    public let file: String
    public let location: SourceLocation
}
