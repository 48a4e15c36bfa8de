/// Decides whether a mention is negated: "has no impact on children", "does not affect
/// young people", "children will not be affected".
enum Negation {
    static let cues: Set<String> = [
        "no", "not", "never", "none", "nor", "neither", "without", "cannot", "n't", "nothing",
        "don't", "doesn't", "won't", "isn't", "aren't", "wasn't", "weren't", "haven't", "hasn't", "didn't", "wouldn't", "shouldn't",
        "don’t", "doesn’t", "won’t", "isn’t", "aren’t", "wasn’t",
    ].reduce(into: Set<String>()) { $0.insert(Stemmer.stem(Substring($1))) }

    /// Cues that are prepositions: "without" negates its own object ("without a child",
    /// "without affecting children"), not the clause it opens ("Without notice, workers with
    /// children lose a shift") nor the noun it follows ("children without gardens" are a
    /// group of children, not children denied).
    static let prepositionalCues: Set<String> = ["without"].reduce(into: Set<String>()) { $0.insert(Stemmer.stem(Substring($1))) }
    /// How far before a mention a prepositional cue may stand to govern it as its object:
    /// "without children", "without a child", "without any children".
    static let objectReach = 2

    static let effectWords: Set<String> = ["affect", "impact", "effect", "unaffect", "apply", "implication", "consequence", "relevant", "bear"]
        .reduce(into: Set<String>()) { $0.insert(Stemmer.stem(Substring($1))) }

    /// "No person shall ride a skateboard", "visitors must not play ball games": a rule says
    /// what may not be done; it restricts the pastime, it does not deny that it is there. A
    /// cue is read as a prohibition when a modal of obligation stands just before it ("must
    /// not", "shall not") or after a subject just after it ("no person shall", "no one must").
    static let obligations: Set<String> = ["shall", "must"].reduce(into: Set<String>()) { $0.insert(Stemmer.stem(Substring($1))) }
    static let prohibitedSubjects: Set<String> = ["person", "persons", "one"].reduce(into: Set<String>()) { $0.insert(Stemmer.stem(Substring($1))) }

    static func isProhibition(_ tokens: UnsafeBufferPointer<Token>, at cue: Int) -> Bool {
        let clause = tokens[cue].clause
        if cue > 0 && tokens[cue - 1].clause == clause && tokens[cue - 1].flags.contains(.obligation) { return true }
        return cue + 2 < tokens.count && tokens[cue + 2].clause == clause && tokens[cue + 1].flags.contains(.prohibitedSubject)
            && tokens[cue + 2].flags.contains(.obligation)
    }

    /// Effect words that, after the children named, make them the ones who act: "students
    /// did not apply for the grant" applied for nothing; "it does not apply to children" is
    /// a denial of effect only because the children come after the verb.
    static let applicationVerbs: Set<String> = ["apply"].reduce(into: Set<String>()) { $0.insert(Stemmer.stem(Substring($1))) }

    /// "whether the measure affects children" asks; it does not say children are affected.
    static let hedges: Set<String> = ["whether", "if"]

    static let relativePronouns: Set<String> = ["who", "whom", "whose", "which"]

    static let lookBehind = 5
    /// "does not affect household incomes, public services or places used by children":
    /// a denied effect reaches further, across a list, to the end of the clause.
    static let effectLookBehind = 14
    static let lookAhead = 4

    /// A verb of its own between the denied effect and the mention starts a new statement:
    /// "families will not be affected, and babies could lose access".
    static let auxiliaries: Set<String> = ["will", "would", "could", "can", "may", "might", "should", "must", "is", "are", "was", "were", "be", "been", "ha", "have", "had"]

    /// The flags of the word sets above that a stem belongs to.
    static func flags(ofStem stem: String) -> WordFlags {
        var flags: WordFlags = []
        if cues.contains(stem) { flags.insert(.negationCue) }
        if effectWords.contains(stem) { flags.insert(.effect) }
        if hedges.contains(stem) { flags.insert(.hedge) }
        if relativePronouns.contains(stem) { flags.insert(.relativePronoun) }
        if auxiliaries.contains(stem) { flags.insert(.auxiliary) }
        if comparativeQualifiers.contains(stem) { flags.insert(.comparativeQualifier) }
        if stem == "unaffect" || stem == "unaffected" { flags.insert(.unaffected) }
        if prepositionalCues.contains(stem) { flags.insert(.prepositionalCue) }
        if obligations.contains(stem) { flags.insert(.obligation) }
        if prohibitedSubjects.contains(stem) { flags.insert(.prohibitedSubject) }

        if applicationVerbs.contains(stem) { flags.insert(.application) }
        return flags
    }

    /// Whether any of `tokens` is a word `isNegated` or `deniesEffect` needs to say yes: a
    /// negation cue, a hedge or "unaffected". When none is, both say no.
    static func mayNegate(_ tokens: [Token]) -> Bool {
        tokens.withUnsafeBufferPointer { mayNegate($0) }
    }

    static func mayNegate(_ tokens: UnsafeBufferPointer<Token>) -> Bool {
        let needed: WordFlags = [.negationCue, .hedge, .unaffected]
        return tokens.contains { !$0.flags.isDisjoint(with: needed) }
    }

    static func isNegated(tokens: [Token], start: Int, end: Int) -> Bool {
        tokens.withUnsafeBufferPointer { isNegated(tokens: $0, start: start, end: end) }
    }

    /// `isNegated` over tokens in a buffer, for a mention `start..<end` of them. Words before
    /// `after` are not read behind the mention: they end a term that holds its own negation
    /// ("the option was not pursued, as children would lose ...": what was not done is the
    /// option, not the children).
    static func isNegated(tokens: UnsafeBufferPointer<Token>, start: Int, end: Int, after: Int = 0) -> Bool {
        precondition(start >= 0 && start < end && end <= tokens.count)
        let clause = tokens[start].clause
        var position = start - 1
        var effectAt: Int?
        var verbBetween = false
        while position >= after && start - position <= effectLookBehind && tokens[position].clause == clause {
            let flags = tokens[position].flags
            let reach = flags.contains(.prepositionalCue) ? objectReach : lookBehind
            if let effect = effectAt {
                // The cue must govern the effect word directly: "not affect", "no impact on".
                let governs = effect - position <= 3 && !verbBetween
                if flags.contains(.negationCue) && (start - position <= reach || governs) { return true }
                if flags.contains(.hedge) && governs { return true }
            } else if flags.contains(.negationCue) && start - position <= reach && !isProhibition(tokens, at: position) {
                return true
            }
            if effectAt == nil && flags.contains(.effect) { effectAt = position }
            if effectAt == nil && flags.contains(.auxiliary) { verbBetween = true }
            position -= 1
        }
        // "... children will not be affected", "children are unaffected"
        var sawCue = false
        position = end
        // "children who cannot apply online": a relative clause says something about those
        // children (a subgroup), not that children are unaffected.
        if position < tokens.count && tokens[position].clause == clause && tokens[position].flags.contains(.relativePronoun) { return false }
        while position < tokens.count && position - end < lookAhead && tokens[position].clause == clause {
            let flags = tokens[position].flags
            if flags.contains(.unaffected) { return true }
            if flags.contains(.negationCue) && !flags.contains(.prepositionalCue) {
                sawCue = true
            } else if sawCue && flags.contains(.effect) {
                return true
            }
            position += 1
        }
        return false
    }

    /// Whether a term found at `start..<end` holds its own negation: a cue and no effect word
    /// ("not pursued", "is not recorded"; not "does not apply to", which denies an effect on
    /// what follows it).
    static func holdsOwnNegation(_ tokens: UnsafeBufferPointer<Token>, start: Int, end: Int) -> Bool {
        var cue = false
        for position in start..<end {
            let flags = tokens[position].flags
            if flags.contains(.effect) { return false }
            if flags.contains(.negationCue) && !flags.contains(.prepositionalCue) { cue = true }
        }
        return cue
    }

    /// A negated mention that denies an effect ("no impact on children"): a claim the
    /// screening check tests against the body.
    static func deniesEffect(tokens: [Token], start: Int, end: Int) -> Bool {
        tokens.withUnsafeBufferPointer { deniesEffect(tokens: $0, start: start, end: end) }
    }

    /// `deniesEffect` over tokens in a buffer, for a mention `start..<end` of them; words
    /// before `after` end a term that holds its own negation, as for `isNegated`.
    static func deniesEffect(tokens: UnsafeBufferPointer<Token>, start: Int, end: Int, after: Int = 0) -> Bool {
        precondition(start >= 0 && start < end && end <= tokens.count)
        let clause = tokens[start].clause
        let from = max(after, start - 8), to = min(tokens.count, end + lookAhead)
        var cue = false, effect = false, qualified = false
        for position in from..<min(tokens.count, to + 2) where tokens[position].clause == clause {
            let flags = tokens[position].flags
            if position < to && flags.contains(.negationCue) { cue = true }
            // "unaffect" is one of the effect words. One before the mention with a negation
            // between them is another statement's: in "did not apply because they did not want
            // classmates to know", nothing denies that classmates are affected. One after it
            // that makes the children act ("students did not apply") denies nothing of them.
            if position < to && flags.contains(.effect) {
                let deniedElsewhere = position < start && (position + 1..<start).contains { tokens[$0].flags.contains(.negationCue) }
                let theyAct = position >= end && flags.contains(.application)
                if !deniedElsewhere && !theyAct { effect = true }
            }
            if flags.contains(.comparativeQualifier) { qualified = true }
        }
        return cue && effect && !qualified
    }

    /// "no group of children is affected differently" denies a difference between groups,
    /// not an effect on children: it is an Art 2 answer, not a screening claim; "no
    /// unmitigated negative impact on children" denies a harm, not that children are affected.
    static let comparativeQualifiers: Set<String> = [
        "differently", "disproportionately", "differential", "disproportionate", "unequally", "adversely", "negatively", "unfairly", "worse",
        "negative", "unmitigated", "harmful", "detrimental",
    ]
    .reduce(into: Set<String>()) { $0.insert(Stemmer.stem(Substring($1))) }
}
