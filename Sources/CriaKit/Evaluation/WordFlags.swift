/// What the tokeniser, the term matcher and negation need to know about a word besides its
/// stem, worked out once per distinct word.
struct WordFlags: OptionSet, Sendable {
    let rawValue: UInt16

    /// Starts a new clause ("but", "however").
    static let clauseBreak = WordFlags(rawValue: 1 << 0)
    /// A full stop after it does not end the sentence ("Art.", "e.g.").
    static let abbreviation = WordFlags(rawValue: 1 << 1)
    /// Digits and hyphens only: a count the term matcher may skip inside a phrase.
    static let number = WordFlags(rawValue: 1 << 2)
    static let negationCue = WordFlags(rawValue: 1 << 3)
    static let effect = WordFlags(rawValue: 1 << 4)
    static let hedge = WordFlags(rawValue: 1 << 5)
    static let relativePronoun = WordFlags(rawValue: 1 << 6)
    static let auxiliary = WordFlags(rawValue: 1 << 7)
    static let comparativeQualifier = WordFlags(rawValue: 1 << 8)
    /// "unaffected", "unaffect".
    static let unaffected = WordFlags(rawValue: 1 << 9)
    /// A negation cue that is a preposition ("without"): it negates its own object only.
    static let prepositionalCue = WordFlags(rawValue: 1 << 10)
    /// "shall", "must": with a negation cue, a prohibition rather than a denial.
    static let obligation = WordFlags(rawValue: 1 << 11)
    /// "person", "one": the subject of "no person shall".
    static let prohibitedSubject = WordFlags(rawValue: 1 << 12)
    /// "apply": with the children before it, they are the ones applying.
    static let application = WordFlags(rawValue: 1 << 13)

    /// Flags of the stems that have any (all but the number flag belong to the stem).
    static let ofStems: [String: WordFlags] = {
        var flags: [String: WordFlags] = [:]
        func add(_ stems: Set<String>, _ flag: WordFlags) {
            for stem in stems { flags[stem, default: []].insert(flag) }
        }
        add(Tokenizer.clauseBreakWords, .clauseBreak)
        add(Tokenizer.abbreviations, .abbreviation)
        add(Negation.cues, .negationCue)
        add(Negation.effectWords, .effect)
        add(Negation.hedges, .hedge)
        add(Negation.relativePronouns, .relativePronoun)
        add(Negation.auxiliaries, .auxiliary)
        add(Negation.comparativeQualifiers, .comparativeQualifier)
        add(["unaffect", "unaffected"], .unaffected)
        add(Negation.prepositionalCues, .prepositionalCue)
        add(Negation.obligations, .obligation)
        add(Negation.prohibitedSubjects, .prohibitedSubject)
        add(Negation.applicationVerbs, .application)
        return flags
    }()
}
