/// The legislation lens as the rule pack states it (`legislation.yaml`): what a provision
/// is, which words say it affects children, and the UNCRC articles each topic engages.
public struct LegislationSettings: Sendable {
    /// A topic a provision can deal with ("deprivation of liberty"), the articles it engages
    /// and the lexicon whose mention shows it.
    public struct Engagement: Sendable {
        public let topic: String
        public let articles: [Int]
        public let lexicon: String
        /// Lexicons whose phrases hold the topic's word in another sense ("custody of the child"
        /// between parents is not detention): a mention inside one does not count.
        public var except: [String] = []
        /// Counted only in a sentence that names a child (`withChild: true`).
        public var withChild = false
    }

    /// Lexicons naming children ("young person", "child"): a provision that mentions one
    /// affects children. Negated mentions count: "no young person shall be..." is about them.
    public var childLexicons: [String] = []
    /// Lexicons of phrases in which a child's word names an adult's relation ("a child or
    /// grandchild" of a sponsor): a children mention inside one names no child (`notChildren:`).
    public var notChildLexicons: [String] = []
    /// Lexicons of words for an adult's kin (spouse, common-law partner, brother, sister): a
    /// child's word listed with at least `kinInList` of them ("the spouse or common-law
    /// partner, or a child, of a director"; "father, mother, brother, sister, child") names one
    /// of the adult's relations, not a child (`kin: {lexicons, inList}`).
    public var kinLexicons: [String] = []
    public var kinInList = 2
    /// Lexicons of phrases that name a child as the victim of an offence ("the abuse of a person
    /// under the age of 18"): such a child is not the one sentenced or detained, so the sentence
    /// does not count for a topic counted only with a child (`withChild`), for a standard or
    /// for `actsOnChildren` (`childVictims:`).
    public var childVictimLexicons: [String] = []
    /// Element names (or JSON keys) of provisions: section, regulation, article, schedule.
    /// The innermost section so named is one provision.
    public var provisionLabels: [String] = []
    /// Provisions that may hold provisions of their own and text before them (a schedule setting
    /// out a protocol, then its annexes as schedules): that text is a provision too (`enclosing:`).
    public var enclosingLabels: [String] = []
    public var engagements: [Engagement] = []
    /// Lexicons naming an adult's entitlement (a pension, an estate, a loan) in which a child
    /// appears only as a dependant, survivor or beneficiary (`dependants: {lexicons}`).
    public var dependantLexicons: [String] = []
    /// The share of the provisions that affect children which must name such an entitlement
    /// for children to appear in the legislation only as dependants (`dependants: {share}`).
    public var dependantShare: Double = 1
    /// Lexicons of what acts on a child (the child's best interests weighed, the child
    /// detained): legislation with at least `actingProvisions` provisions that name one in a
    /// sentence naming a child acts on children, however few its mentions of them
    /// (`actsOnChildren: {lexicons, provisions}`).
    public var actingLexicons: [String] = []
    public var actingProvisions = 0
    /// Lexicons of money paid to a child or for a child (a benefit, an allowance, a credit):
    /// legislation with at least `payingProvisions` provisions that name one in a sentence naming
    /// a child reaches children through that money (Arts 26, 27), however seldom it names them,
    /// and is at least indirectly relevant (`paysChildren: {lexicons, provisions}`).
    public var payingLexicons: [String] = []
    public var payingProvisions = 0
    /// Lexicons whose phrases hold the paying words in another sense ("maintenance of roads",
    /// "for the benefit of"): a mention inside one does not count (`paysChildren: {except}`).
    public var payingExceptions: [String] = []

    /// Lexicons of offences against children (luring, sexual exploitation, abuse of a child):
    /// legislation whose text outside its provisions (its title, an amending Act's summary, its
    /// preamble) names one in a sentence naming a child changes that offence, though its
    /// sections name only the section they amend ("section 172.1"), and acts on children
    /// (`offencesAgainstChildren:`).
    public var offenceLexicons: [String] = []

    public static let empty = LegislationSettings()

    public var isEmpty: Bool { childLexicons.isEmpty && engagements.isEmpty }
}
