/// A document's relevance with the counts it rests on, so that a reader can see why.
public struct RelevanceJudgement: Sendable, Equatable {
    public let relevance: Relevance
    public let directMentions: Int
    public let indirectMentions: Int
    public let words: Int
    /// The terms most mentioned, e.g. "children (12)", to show why.
    public let topTerms: [String]
    /// Legislation in which children appear only as dependants or survivors of an adult's
    /// entitlement (`legislation.yaml` `dependants:`): indirect, however often it names them.
    public var childrenOnlyAsDependants = false
    /// Legislation none of whose provisions affects children (they are named only in its
    /// preamble or recitals): not relevant, however often it names them.
    public var childrenInNoProvision = false
    /// Legislation whose provisions act on children (`legislation.yaml` `actsOnChildren:`):
    /// direct, however seldom it names them in a long text.
    public var provisionsActOnChildren = false
    /// Legislation whose title, summary or preamble names an offence against children that
    /// its provisions change (`legislation.yaml` `offencesAgainstChildren:`): direct, though
    /// its sections name children nowhere.
    public var offenceAgainstChildren = false
    /// Legislation whose provisions pay a benefit or allowance to a child or for a child
    /// (`legislation.yaml` `paysChildren:`): at least indirect, however seldom it names them.
    public var provisionsPayChildren = false
    /// When the proposal is indirectly relevant only through `reach` (it never names children
    /// or families often enough): how many statements of the first `reach` entry reached it,
    /// and what they are (`through`). 0 and empty otherwise.
    public var reachingStatements = 0
    public var reachingThrough = ""
    /// The distinct terms among the words counted (`RelevanceWordUse`), and the terms left
    /// out because the proposal only ever puts them before another noun ("newborn calves",
    /// "minor works"): they name that noun.
    public var distinctTerms = 0
    public var termsNamingThings: [String] = []
    /// Words with other senses ("pupil", "parent", "nursery") read in that sense because nothing
    /// in the proposal shows a child or a family (`RelevanceSenses`), singular.
    public var termsInOtherSense: [String] = []
    /// Words for families and words with other senses left out because a sentence about animals
    /// that names no people holds them ("pregnancy", "welfare": `RelevanceAnimals`), singular.
    public var termsOfAnimals: [String] = []
    /// What shows the child sense of the proposal's words with other senses ("children (4)",
    /// "a group named by a child's age"), or nil when nothing does.
    public var childSense: String?
    /// When the mentions would have reached `direct` or `indirect` but all are one term
    /// repeated: that term.
    public var oneTermRepeated: String?
}
