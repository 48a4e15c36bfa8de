/// The statements of one proposal, read once, and the answers to queries over them.
final class ProposalStatements {
    let statements: [Statement]
    let vocabulary: StatementVocabulary
    private let definitionKind: Int?
    /// Statement by sentence number (sentences are numbered from 0 through the document), or -1.
    private let bySentence: [Int32]
    private let falseFriends: [Int: [Range<Int>]]
    private let index: TextIndex
    /// Mentions of groups the proposal names by age ("cadets aged 12 to 17"): they speak of
    /// children as the children lexicon's words do.
    let namedGroupMentions: Int
    /// The kinds that say a mention speaks of no one (definitions, scope exclusions), and the
    /// populations a children's service word is weighed against, found once.
    private let speaksOfNoOne: UInt32, organisations: UInt32, children: UInt32
    /// Sentences that give adults' ages only ("adults aged 18 to 35"): their words for young
    /// people name adults.
    private let adultAgeSentences: Set<Int>

    /// `serviceLexicons`: words for children's services ("schools", "nurseries"), which a noun
    /// for a thing before them makes something else ("plant nurseries", "business school").
    init(index: TextIndex, vocabulary: StatementVocabulary, serviceLexicons: [String] = []) {
        self.vocabulary = vocabulary
        self.index = index
        definitionKind = vocabulary.number(ofKind: "definition")
        (statements, falseFriends, namedGroupMentions) = StatementReader.read(index, vocabulary: vocabulary, serviceLexicons: serviceLexicons, definitionKind: definitionKind)
        var bySentence = [Int32](repeating: -1, count: (statements.map(\.sentence).max() ?? -1) + 1)
        for (at, statement) in statements.enumerated() { bySentence[statement.sentence] = Int32(at) }
        self.bySentence = bySentence
        func bit(_ number: Int?) -> UInt32 { number.map(UInt32.bit) ?? 0 }
        speaksOfNoOne = bit(definitionKind) | bit(vocabulary.number(ofKind: "out-of-scope"))
        organisations = bit(vocabulary.number(ofAbout: "organisations"))
        children = bit(vocabulary.number(ofAbout: "children"))
        adultAgeSentences = NamedGroups.adultSentences(index, markers: vocabulary.ageMarkers)
    }

    func statement(containing mention: TextIndex.Mention) -> Statement? {
        let sentence = index.block(mention.block).tokens[mention.start].sentence
        guard sentence < bySentence.count, bySentence[sentence] >= 0 else { return nil }
        return statements[Int(bySentence[sentence])]
    }

    /// Whether a screening claim is a judgement made by another body or of another proposal (a
    /// statement of kind `elsewhere`): its sentence, or for a row or an answer, a statement of
    /// its block or of the question it answers.
    func isMadeElsewhere(_ claim: ScreeningClaims.Claim) -> Bool {
        guard let elsewhere = vocabulary.number(ofKind: "elsewhere").map(UInt32.bit) else { return false }
        if let sentence = claim.sentence {
            return sentence < bySentence.count && bySentence[sentence] >= 0 && statements[Int(bySentence[sentence])].kinds.intersects(elsewhere)
        }
        let blocks = [claim.block] + (claim.question.map { [$0] } ?? [])
        return statements.contains { blocks.contains($0.block) && $0.kinds.intersects(elsewhere) }
    }

    /// Whether a mention of a word for children (or for a children's service) speaks of
    /// children: not inside a phrase that names something else ("child company"), not in a
    /// definition or a statement that puts children out of scope, and, for a service's word
    /// ("schools", "academy trusts"), not in a sentence about organisations that names no
    /// children ("contracting authorities such as schools").
    func speaksOfChildren(_ mention: TextIndex.Mention, serviceWord: Bool) -> Bool {
        if namesSomethingElse(mention) { return false }
        if !adultAgeSentences.isEmpty, adultAgeSentences.contains(index.block(mention.block).tokens[mention.start].sentence) { return false }
        guard let statement = statement(containing: mention) else { return true }
        if statement.kinds.intersects(speaksOfNoOne) { return false }
        if serviceWord, statement.about.intersects(organisations), !statement.about.intersects(children) || statement.aboutFrom != .sentence {
            return false
        }
        return true
    }

    /// How a sentence casts a children's service it names: as a party to a contract or
    /// scheme (a sentence about organisations and no people, "schools buy their cover
    /// through the pool"), beside people (the pupils who use it, the parents who drive to
    /// it), or neither ("schools pay monthly").
    enum ServiceRole { case party, besidePeople, neither }

    func role(of mention: TextIndex.Mention) -> ServiceRole {
        guard let statement = statement(containing: mention), statement.about != 0 else { return .neither }
        return statement.about & ~organisations == 0 ? .party : .besidePeople
    }

    /// The words for children's services (by their last word, singular: "school" for "maintained
    /// schools") that the proposal casts as a party at least as often as it names them in
    /// passing, and never beside people: an insurance pool's "schools", a framework's
    /// "nurseries". Such a word names the institution in the proposal's other sentences too
    /// ("schools pay monthly"). A school named once as a site an authority asks for, and
    /// three times as a place near homes and roads, stays the children's school.
    func servicesCastOnlyAsParties(_ mentions: [TextIndex.Mention]) -> Set<String> {
        var party: [String: Int] = [:], neither: [String: Int] = [:], beside = Set<String>()
        for mention in mentions where !namesSomethingElse(mention) {
            switch role(of: mention) {
            case .party: party[lastWord(mention), default: 0] += 1
            case .besidePeople: beside.insert(lastWord(mention))
            case .neither: neither[lastWord(mention), default: 0] += 1
            }
        }
        return Set(party.filter { !beside.contains($0.key) && $0.value >= neither[$0.key, default: 0] }.keys)
    }

    /// A mention's last word, lowercased and singular: what `servicesCastOnlyAsParties` keys on.
    func lastWord(_ mention: TextIndex.Mention) -> String {
        let block = index.block(mention.block)
        return NamedGroups.singular(String(block.tokens[mention.end - 1].original(in: block.text)).lowercased())
    }

    /// Whether a mention lies inside a phrase that names something else: "child company",
    /// "parent and child records", "juvenile salmon".
    func namesSomethingElse(_ mention: TextIndex.Mention) -> Bool {
        guard !falseFriends.isEmpty, let phrases = falseFriends[mention.block] else { return false }
        return phrases.contains { $0.contains(mention.start) || $0.contains(mention.end - 1) }
    }

    /// Statements of one of the kinds, about one of the populations, on one of the domains,
    /// that are claims: how far a proposal reaches people through whom children are affected.
    /// Statements in `excluded` blocks (screening claims) do not count; a statement about
    /// whom its paragraph was about ("For them, the last bus home will leave at 6.10pm")
    /// does, one that takes its population from a heading does not.
    func countReaching(_ reach: RelevanceSettings.Reach, excluding excluded: Set<Int> = []) -> Int {
        let masks = masks(StatementQuery(kinds: reach.kinds, about: reach.about, domains: reach.domains, scope: .document, atLeast: 1))
        return statements.reduce(0) { $0 + (reaches($1, masks, excluding: excluded) ? 1 : 0) }
    }

    /// The statements `countReaching` counts, in document order.
    func reaching(_ reach: RelevanceSettings.Reach, excluding excluded: Set<Int> = []) -> [Statement] {
        let masks = masks(StatementQuery(kinds: reach.kinds, about: reach.about, domains: reach.domains, scope: .document, atLeast: 1))
        return statements.filter { reaches($0, masks, excluding: excluded) }
    }

    private func reaches(_ statement: Statement, _ masks: Masks, excluding excluded: Set<Int>) -> Bool {
        answers(statement, masks) && statement.aboutFrom != .heading && !excluded.contains(statement.block)
    }

    struct Masks {
        let kinds: UInt32, about: UInt32, domains: UInt32, except: UInt32, exceptAbout: UInt32
        /// Kinds a statement must also be, all of them (`with:`).
        var with: UInt32 = 0
        let asksForDefinition: Bool
    }

    func masks(_ query: StatementQuery) -> Masks {
        func mask(_ names: [String], _ number: (String) -> Int?) -> UInt32 {
            names.reduce(0) { $0 | (number($1).map(UInt32.bit) ?? 0) }
        }
        let kinds = mask(query.kinds, vocabulary.number(ofKind:))
        var masks = Masks(
            kinds: kinds, about: mask(query.about, vocabulary.number(ofAbout:)), domains: mask(query.domains, vocabulary.number(ofDomain:)),
            except: mask(query.except, vocabulary.number(ofKind:)), exceptAbout: mask(query.exceptAbout, vocabulary.number(ofAbout:)),
            asksForDefinition: definitionKind.map { kinds.intersects(.bit($0)) } ?? false)
        masks.with = mask(query.with, vocabulary.number(ofKind:))
        return masks
    }

    /// Whether a statement answers the query: `shortfall` without the words.
    func answers(_ statement: Statement, _ masks: Masks) -> Bool {
        if let definition = definitionKind, !masks.asksForDefinition, statement.kinds.intersects(.bit(definition)) { return false }
        if masks.kinds != 0 && !statement.kinds.intersects(masks.kinds) { return false }
        if statement.kinds & masks.with != masks.with { return false }
        if masks.about != 0 && !statement.about.intersects(masks.about) { return false }
        if masks.domains != 0 && !statement.domains.intersects(masks.domains) { return false }
        return !statement.kinds.intersects(masks.except) && !statement.about.intersects(masks.exceptAbout) && !statement.conditional
    }

    /// Why a statement does not answer the query, or nil when it does.
    func shortfall(_ statement: Statement, _ masks: Masks) -> String? {
        if let definition = definitionKind, !masks.asksForDefinition, statement.kinds.intersects(.bit(definition)) {
            return "a definition, not a statement about what happens"
        }
        if masks.kinds != 0 && !statement.kinds.intersects(masks.kinds) {
            return statement.deniedKinds.intersects(masks.kinds) ? "negated: says it was not done" : "not \(names(masks.kinds, vocabulary.kinds, joiner: " or "))"
        }
        if statement.kinds & masks.with != masks.with { return "not also \(names(masks.with & ~statement.kinds, vocabulary.kinds, joiner: " and "))" }
        if masks.about != 0 && !statement.about.intersects(masks.about) {
            if statement.deniedAbout.intersects(masks.about) { return "says \(names(masks.about, vocabulary.about, joiner: " or ")) are not affected" }
            return statement.about == 0 ? "names no one it is about" : "about \(names(statement.about, vocabulary.about, joiner: " and ")), not \(names(masks.about, vocabulary.about, joiner: " or "))"
        }
        if masks.domains != 0 && !statement.domains.intersects(masks.domains) {
            return statement.domains == 0 ? "names no domain" : "on \(names(statement.domains, vocabulary.domains, joiner: " and ")), not \(names(masks.domains, vocabulary.domains, joiner: " or "))"
        }
        if statement.kinds.intersects(masks.except) { return "also \(names(statement.kinds & masks.except, vocabulary.kinds, joiner: " and "))" }
        if statement.about.intersects(masks.exceptAbout) { return "also about \(names(statement.about & masks.exceptAbout, vocabulary.about, joiner: " and "))" }
        if statement.conditional { return "conditional or hypothetical, not a claim" }
        return nil
    }

    /// How near a statement that falls short came: the number of the query's parts it meets.
    func closeness(_ statement: Statement, _ masks: Masks) -> Int {
        var score = 0
        if masks.kinds == 0 || statement.kinds.intersects(masks.kinds) { score += 2 }
        if masks.about == 0 || statement.about.intersects(masks.about) { score += 2 }
        if masks.domains == 0 || statement.domains.intersects(masks.domains) { score += 1 }
        return score
    }

    /// The statements in the scope's blocks that answer the query, in document order.
    func answer(_ query: StatementQuery, in ranges: [Range<Int>]) -> [Statement] {
        let masks = masks(query)
        return statements.filter { statement in answers(statement, masks) && ranges.contains { $0.contains(statement.block) } }
    }

    /// The nearest statements in scope that did not answer the query, with why not: worded
    /// only when a failing outcome is quoted.
    func closest(_ query: StatementQuery, in ranges: [Range<Int>]) -> [(statement: Statement, why: String)] {
        let masks = masks(query)
        var near: [(statement: Statement, score: Int)] = []
        for statement in statements where ranges.contains(where: { $0.contains(statement.block) }) && !answers(statement, masks) {
            let score = closeness(statement, masks)
            if score >= 3 { near.append((statement, score)) }
        }
        // Stable: nearest first, in document order among equals.
        let nearest = near.enumerated().sorted { ($1.element.score, $0.offset) < ($0.element.score, $1.offset) }.prefix(2)
        return nearest.compactMap { entry in shortfall(entry.element.statement, masks).map { (entry.element.statement, $0) } }
    }

    func names(_ bits: UInt32, _ group: [(name: String, lexicons: [String])], joiner: String) -> String {
        group.indices.filter { bits.intersects(.bit($0)) }.map { group[$0].name }.joined(separator: joiner)
    }

    func description(of statement: Statement) -> String {
        var parts: [String] = []
        if statement.kinds != 0 { parts.append(names(statement.kinds, vocabulary.kinds, joiner: ", ")) }
        if statement.about != 0 {
            parts.append("about \(names(statement.about, vocabulary.about, joiner: ", "))" + Self.context(statement.aboutFrom))
        }
        if statement.domains != 0 { parts.append("on \(names(statement.domains, vocabulary.domains, joiner: ", "))") }
        return parts.isEmpty ? "statement" : parts.joined(separator: "; ")
    }

    /// Where a statement's population was read, when not in its own words.
    private static func context(_ from: Statement.Context) -> String {
        switch from {
        case .sentence: ""
        case .paragraph: " (from its paragraph)"
        case .row: " (from its row)"
        case .heading: " (from its heading)"
        }
    }
}
