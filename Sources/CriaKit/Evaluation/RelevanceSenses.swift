/// In which sense a proposal uses the words relevance counted that have other senses than a
/// child or a family (`RelevanceSettings.otherSenses`): a "pupil" barrister, a "parent"
/// council, a business "nursery", a regulator's "Playground", the "rent" of a start-up's unit.
///
/// A careful reader does not take such a word for a child because it could mean one: the
/// proposal must show the child sense somewhere. It does when it names children in a word with
/// one sense ("children", "babies", "under-18s"), names a group by a child's age ("cadets aged
/// 12 to 17"), or puts such a word in a sentence about the lives of children (`senseCues`:
/// "pupils and their teachers", "the nursery's two-year-olds"). Words for families ("parents",
/// "family", "tenants") show the family sense also beside a family word with one sense
/// ("households", "mothers", "dependants") or a word with one sense for the people through
/// whom children are affected ("claimants", "debtors": `people`). Without such evidence the words are read in their
/// other sense and relevance rests on the rest. This is a model of evidence, not a list of
/// traps: whatever the next proposal calls its "juniors" or "orphans", it names no child.
struct RelevanceSenses {
    /// Why the child sense holds, for the reader ("children (4)", "a group named by a child's
    /// age", "\"pupils\" beside \"teachers\""), or nil when nothing shows it.
    let childSense: String?
    /// Why the family sense holds, or nil: the child sense, or a family word with one sense.
    let familySense: String?
    /// Positions (in the mentions given) of the words read in their other sense.
    let otherSenseChildren: [Int]
    let otherSenseFamilies: [Int]
    /// The terms read in their other sense, singular, first use first.
    let termsInOtherSense: [String]

    /// `children` and `families`: the mentions relevance counted, with their terms (lower-cased).
    /// `cueSentences`: the sentences (numbered through the document) holding a word of the
    /// lives of children. Read only when no word with one sense shows the child sense.
    static func read(
        children: [TextIndex.Mention], childTerms: [String], families: [TextIndex.Mention], familyTerms: [String],
        childAgeGroups: Int, otherSenses: Set<String>, index: TextIndex, cueSentences: () -> Set<Int>, peopleWord: () -> String?
    ) -> RelevanceSenses {
        guard !otherSenses.isEmpty else { return RelevanceSenses(childSense: nil, familySense: nil, otherSenseChildren: [], otherSenseFamilies: [], termsInOtherSense: []) }
        // A proposal repeats few terms many times: each is made singular once.
        var singular: [String: String] = [:]
        func key(_ term: String) -> String {
            if let known = singular[term] { return known }
            let made = RelevanceWordUse.distinctTerm(term)
            singular[term] = made
            return made
        }
        let childKeys = childTerms.map(key), familyKeys = familyTerms.map(key)
        let ambiguousChildren = childKeys.indices.filter { otherSenses.contains(childKeys[$0]) }
        let ambiguousFamilies = familyKeys.indices.filter { otherSenses.contains(familyKeys[$0]) }
        var childSense: String?
        if let plain = childKeys.indices.first(where: { !otherSenses.contains(childKeys[$0]) }) {
            childSense = "\(childTerms[plain]) (\(childKeys.count - ambiguousChildren.count))"
        } else if childAgeGroups > 0 {
            childSense = "a group named by a child's age"
        } else if !ambiguousChildren.isEmpty || !ambiguousFamilies.isEmpty {
            // Only now, and once, the sentences about children's lives.
            let cues = cueSentences()
            let beside =
                ambiguousChildren.first { cues.contains(index.sentence(of: children[$0])) }.map { childTerms[$0] }
                ?? ambiguousFamilies.first { cues.contains(index.sentence(of: families[$0])) }.map { familyTerms[$0] }
            childSense = beside.map { "\"\($0)\" in a sentence about children's lives" }
        }
        var familySense = childSense
        if familySense == nil, let plain = familyKeys.indices.first(where: { !otherSenses.contains(familyKeys[$0]) }) {
            familySense = "\(familyTerms[plain])"
        }
        // "Tenants" and "rent" beside claimants or debtors are people's homes.
        if familySense == nil, !ambiguousFamilies.isEmpty { familySense = peopleWord() }
        let droppedChildren = childSense == nil ? ambiguousChildren : []
        let droppedFamilies = familySense == nil ? ambiguousFamilies : []
        // Each once, by its singular ("pupil" for "pupils" and "pupil's").
        var terms: [String] = []
        for key in droppedChildren.map({ childKeys[$0] }) + droppedFamilies.map({ familyKeys[$0] }) where !terms.contains(key) { terms.append(key) }
        return RelevanceSenses(
            childSense: childSense, familySense: familySense, otherSenseChildren: droppedChildren, otherSenseFamilies: droppedFamilies,
            termsInOtherSense: terms)
    }
}
