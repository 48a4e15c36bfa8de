/// A Convention standard held to each provision it concerns (a rule with `provisions:`):
/// one result per provision, or one notApplicable result when no provision concerns it.
extension ProvisionReader {
    func results(of rule: Rule, _ check: ProvisionCheck) -> [RuleResult] {
        var results: [RuleResult] = []
        let openers = Set(check.presupposedBy)
        let skippedHeadings = check.notUnderHeadings.flatMap(lexiconNumber)
        for (position, found) in affectingChildren.enumerated() {
            // Most provisions concern no standard: asked first, by binary search alone. A mention
            // in parentheses labels a cross-reference ("paragraph 42(2)(n) (custody and
            // supervision order)"): the provision refers to that order, it does not make one;
            // one in a clause that presupposes it ("When a young person is committed to custody,
            // the director designates a youth worker") acts on a decision made elsewhere; a
            // heading names the subject, and the provision's text must make the decision.
            // The concern must lie where the provision speaks of the child (`concernUnits`),
            // asked only of a provision that mentions it at all.
            var units: BlockSet?
            let concerned = check.concerns.compactMap { lexicon in
                firstMention(lexicon, in: found) { mention in
                    guard !inParentheses(mention), !inHeading(mention), !(!openers.isEmpty && inClause(mention, openedBy: openers)) else { return false }
                    if units == nil { units = concernUnits(position) }
                    return units?.contains(mention.block) ?? false
                }
            }
            guard concerned.count == check.concerns.count else { continue }
            if let skippedHeadings, headed(found, by: skippedHeadings) { continue }
            guard concerned.count == check.concerns.count else { continue }
            // A conflict counts in a sentence that is about what the standard concerns and
            // names a child: "the director of the correctional facility for adults" in a
            // provision on records, or "offenders transferred to penitentiary", is not one.
            let concernedSentences = Set(check.concerns.flatMap { mentions($0, in: found) }.map(sentence)).intersection(childSentences(position))
            // A conflict negated in its sentence ("shall not be placed in an adult facility")
            // is no conflict; what a standard is met by may be phrased with a negation.
            let conflicts = check.conflicts.map { mentions($0, in: found, includeNegated: false).filter { concernedSentences.contains(sentence($0)) } } ?? []
            let conflict = conflicts.first
            let meets = check.meets.flatMap { firstMention($0, in: found) { candidate in !conflicts.contains { Self.overlap($0, candidate) } } }
            let exception = check.exceptions.flatMap { firstMention($0, in: found) }
            let about = facts.evidence(for: concerned[0], note: "the provision concerns this standard")
            let outcome: Outcome
            var evidence: [Evidence]
            if let conflict {
                evidence = [facts.evidence(for: conflict, note: "conflicts with the standard")]
                // A provision that also says what meets the standard (or refers to another
                // that conflicts) is not a plain conflict: a person must judge it.
                if let meets {
                    outcome = .review
                    evidence.append(facts.evidence(for: meets, note: "yet also meets the standard"))
                } else {
                    outcome = .fail
                }
            } else if let meets {
                evidence = [facts.evidence(for: meets, note: "meets the standard")]
                if let exception {
                    outcome = .review
                    evidence.append(facts.evidence(for: exception, note: "but with an exception: a person must judge it"))
                } else {
                    outcome = .pass
                }
            } else {
                outcome = .review
                evidence = [about]
            }
            if outcome != .review || evidence.first != about { evidence.append(about) }
            let name = [found.number, found.heading].filter { !$0.isEmpty }.joined(separator: " ")
            // A finding names its provision as its section, and says what to do, as every other does.
            results.append(
                RuleResult(
                    ruleID: rule.id, title: rule.title, articles: rule.articles, severity: rule.severity, outcome: outcome,
                    message: outcome == .pass ? rule.title : rule.message,
                    location: found.section.location, path: found.section.path,
                    sectionTitle: name,
                    evidence: unique(evidence),
                    guidance: rule.guidance,
                    place: outcome == .fail || outcome == .review ? .section(title: name.isEmpty ? found.section.path : name, location: found.section.location) : nil))
        }
        if results.isEmpty {
            let root = facts.proposal.document.root
            results.append(
                RuleResult(
                    ruleID: rule.id, title: rule.title, articles: rule.articles, severity: rule.severity,
                    outcome: .notApplicable, message: "No provision that affects children concerns this standard.",
                    location: root.location, path: root.path.isEmpty ? "/" : root.path, sectionTitle: nil, evidence: []))
        }
        return results
    }

    /// Whether one of the words (lowercased) opens the clause the mention lies in: it comes
    /// before the mention in its sentence with no comma, semicolon or colon between them.
    func inClause(_ mention: TextIndex.Mention, openedBy words: Set<String>) -> Bool {
        let block = facts.index.block(mention.block)
        let tokens = block.tokens
        let sentence = tokens[mention.start].sentence
        return block.text.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            var token = mention.start
            while token > 0, tokens[token - 1].sentence == sentence {
                let gap = bytes[tokens[token - 1].end..<tokens[token].start]
                if gap.contains(where: { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: ";") || $0 == UInt8(ascii: ":") }) { return false }
                token -= 1
                let word = bytes[tokens[token].start..<tokens[token].end]
                // Openers are short: a longer word is compared with none of them.
                if word.count <= 8, words.contains(String(decoding: word, as: UTF8.self).lowercased()) { return true }
            }
            return false
        } ?? false
    }

    /// Whether the mention is in a heading or marginal note.
    private func inHeading(_ mention: TextIndex.Mention) -> Bool {
        let block = facts.index.block(mention.block)
        return block.isTitle || block.node.label.lowercased() == "marginalnote"
    }

    /// Whether the provision's heading mentions the lexicon (by number).
    private func headed(_ found: Found, by lexicon: Int) -> Bool {
        guard !found.heading.isEmpty else { return false }
        var hit = false
        forEachMention(of: lexicon, in: found.blocks) { mention in
            hit = inHeading(mention)
            return !hit
        }
        return hit
    }

    /// Whether the mention lies inside parentheses in its block: more opened than closed before it.
    func inParentheses(_ mention: TextIndex.Mention) -> Bool {
        let block = facts.index.block(mention.block)
        var depth = 0
        for byte in block.text.utf8.prefix(block.tokens[mention.start].start) {
            if byte == UInt8(ascii: "(") { depth += 1 } else if byte == UInt8(ascii: ")"), depth > 0 { depth -= 1 }
        }
        return depth > 0
    }

    static func overlap(_ a: TextIndex.Mention, _ b: TextIndex.Mention) -> Bool {
        a.block == b.block && a.start < b.end && b.start < a.end
    }
}
