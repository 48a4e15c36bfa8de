/// Decides whether a mention is negated: "has no impact on children", "does not affect
/// young people", "children will not be affected".
enum Negation {
    static let cues: Set<String> = [
        "no", "not", "never", "none", "nor", "neither", "without", "cannot", "n't", "nothing",
        "don't", "doesn't", "won't", "isn't", "aren't", "wasn't", "weren't", "haven't", "hasn't", "didn't", "wouldn't", "shouldn't",
        "don’t", "doesn’t", "won’t", "isn’t", "aren’t", "wasn’t",
    ].reduce(into: Set<String>()) { $0.insert(Stemmer.stem(Substring($1))) }

    static let effectWords: Set<String> = ["affect", "impact", "effect", "unaffect", "apply", "implication", "consequence", "relevant", "bear"]
        .reduce(into: Set<String>()) { $0.insert(Stemmer.stem(Substring($1))) }

    static let lookBehind = 5
    static let lookAhead = 4

    static func isNegated(tokens: [Token], start: Int, end: Int) -> Bool {
        let clause = tokens[start].clause
        var position = start - 1
        while position >= 0 && start - position <= lookBehind && tokens[position].clause == clause {
            if cues.contains(tokens[position].stem) { return true }
            position -= 1
        }
        // "... children will not be affected", "children are unaffected"
        var sawCue = false
        position = end
        while position < tokens.count && position - end < lookAhead && tokens[position].clause == clause {
            let stem = tokens[position].stem
            if stem == "unaffect" || stem == "unaffected" { return true }
            if cues.contains(stem) { sawCue = true } else if sawCue && effectWords.contains(stem) { return true }
            position += 1
        }
        return false
    }

    /// A negated mention that denies an effect ("no impact on children"): a claim the
    /// screening check tests against the body.
    static func deniesEffect(tokens: [Token], start: Int, end: Int) -> Bool {
        let clause = tokens[start].clause
        let from = max(0, start - 8), to = min(tokens.count, end + lookAhead)
        var cue = false, effect = false
        for position in from..<to where tokens[position].clause == clause {
            if cues.contains(tokens[position].stem) { cue = true }
            if effectWords.contains(tokens[position].stem) || tokens[position].stem == "unaffect" { effect = true }
        }
        return cue && effect
    }
}
