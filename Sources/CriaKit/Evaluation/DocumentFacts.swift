/// Facts about one proposal computed once and shared by every rule: the text index,
/// relevance, article references, fields.
final class DocumentFacts {
    let proposal: Proposal
    let index: TextIndex
    let pack: CompiledPack
    /// The proposal read as statements, on first use: from the mentions the index found.
    private(set) lazy var statements = ProposalStatements(index: index, vocabulary: pack.pack.statements, serviceLexicons: pack.pack.relevance.directLexicons)
    private(set) lazy var relevanceJudgement: RelevanceJudgement = computeRelevance()
    /// The mentions relevance counted, kept to show what it rests on (`relevanceBasis`).
    private var countedMentions: (children: [TextIndex.Mention], families: [TextIndex.Mention]) = ([], [])
    /// The mentions left out because their term only ever qualifies another noun.
    private var droppedMentions: [TextIndex.Mention] = []
    /// Mentions left out as acronyms of something else ("KIDs").
    private var acronymMentions: [TextIndex.Mention] = []
    /// Mentions of words with other senses read in that sense (`RelevanceSenses`).
    private var otherSenseMentions: [TextIndex.Mention] = []
    /// Mentions in sentences about animals alone, the animals' words (`RelevanceAnimals`).
    private var animalMentions: [TextIndex.Mention] = []
    /// Whether the proposal shows the child or family sense of its words (`RelevanceSenses`).
    private var otherSensesShown = true
    /// Mentions of a word that is also a verb, used as one or as an act on a thing ("foster
    /// collaboration", "the adoption of the recommendations"): left out of relevance.
    private var actMentions: [TextIndex.Mention] = []
    /// Claims that the proposal does not affect children, wherever they sit (`ScreeningClaims`).
    /// Only words for children themselves make one: "the specialist CAMHS service is not
    /// affected" or "the nursery budget is unaffected" says nothing of the children who use them.
    /// A claim placed with another body or another proposal ("the partner trust's own screening
    /// found no impact on children") is not this proposal's screening.
    private(set) lazy var screeningClaims = ScreeningClaims.find(index, childrenLexicons: childrenLexicons.isEmpty ? pack.pack.relevance.directLexicons : childrenLexicons)
        .filter { !statements.isMadeElsewhere($0) }
    /// The lexicons whose words name children themselves (the statement reading's `children`
    /// population), not the services they use.
    private lazy var childrenLexicons: [String] = pack.pack.statements.about.first { $0.name == "children" }?.lexicons ?? []
    /// The blocks of the screening claims and the questions they answer: what the proposal
    /// says about itself, which relevance does not count as what it does.
    /// A heading over nothing but a claim ("Equalities and children" over "The change has no
    /// impact on children") is part of it.
    private(set) lazy var screeningClaimBlocks: Set<Int> = {
        var blocks = Set(screeningClaims.flatMap { [$0.block] + ($0.question.map { [$0] } ?? []) })
        for section in Set(blocks.map { index.block($0).section }) {
            let own = index.ownBlocks[section]
            if own.allSatisfy({ blocks.contains($0) || index.block($0).isTitle }) { blocks.formUnion(own) }
        }
        return blocks
    }()
    var relevance: Relevance { relevanceJudgement.relevance }
    /// The legislation lens over the document: legislation in English only (the lexicons are
    /// English, and the French text of a bilingual Act is not a second Act).
    private(set) lazy var provisionReader: ProvisionReader? =
        proposal.kind.kind == .legislation && !pack.pack.legislation.isEmpty && TextLanguage.isEnglish(TextLanguage.of(proposal))
        ? ProvisionReader(facts: self, settings: pack.pack.legislation) : nil
    /// Article references by block number, kept only if the document is about the UNCRC
    /// (legislation's own "Article 3" is not the Convention's).
    private(set) lazy var articleReferences: [(article: Int, block: Int)] = findArticleReferences()
    /// Field values by key: those of the keys the pack asks for, gathered in one walk on first
    /// use (or handed in, gathered by a walk that was made anyway).
    private lazy var packFields: [String: [(value: String, node: DocumentNode)]] = gathered?.fields ?? collectFields(pack.wantedFieldKeys)
    /// What a walk made for something else already gathered with `FieldCollector.forCheck`.
    private let gathered: FieldCollector?
    private var otherFields: [String: [(value: String, node: DocumentNode)]] = [:]

    init(proposal: Proposal, pack: CompiledPack, gathered: FieldCollector? = nil) {
        self.proposal = proposal
        self.pack = pack
        self.gathered = gathered
        index = TextIndex(proposal: proposal, matcher: pack.matcher)
        RoleAssigner.assign(proposal, index: index, pack: pack)
    }

    /// Whether a format's article fields name UNCRC articles (legislation's own "Article 3"
    /// is not the Convention's).
    static func readsArticleFields(_ format: DocumentFormat) -> Bool {
        !(InputDialects.dialect(of: format)?.isLegislation ?? false)
    }

    // MARK: Relevance

    /// With `speakingOfChildren`, only mentions the statement reading says speak of children
    /// (not "child companies", definitions, or schools as buyers). Mentions at one place count
    /// once, as the longest term there.
    func countDistinctMentions(
        of lexicons: [String], in ranges: [Range<Int>], excluding excluded: Set<Int> = [],
        speakingOfChildren: Bool = false
    ) -> (count: Int, mentions: [TextIndex.Mention]) {
        var found: [TextIndex.Mention] = []
        let populationWords = Set(childrenLexicons)
        // Services the proposal casts only as parties name institutions wherever no sentence
        // says otherwise (`servicesCastOnlyAsParties`).
        let parties =
            speakingOfChildren
            ? statements.servicesCastOnlyAsParties(lexicons.filter { !populationWords.contains($0) }.flatMap { index.mentions(of: $0, in: ranges) }) : []
        for lexicon in lexicons {
            let serviceWord = !populationWords.contains(lexicon)
            for mention in index.mentions(of: lexicon, in: ranges) where !excluded.contains(mention.block) {
                if speakingOfChildren ? !statements.speaksOfChildren(mention, serviceWord: serviceWord) : statements.namesSomethingElse(mention) { continue }
                if serviceWord, !parties.isEmpty, statements.role(of: mention) == .neither, parties.contains(statements.lastWord(mention)) { continue }
                found.append(mention)
            }
        }
        // Places told apart by `block << 20 | start` are the (block, start) pairs while starts
        // stay below 1 << 20: then a stable sort brings each place's mentions together in the
        // order found, and the first of each is the one a set of keys would keep.
        guard found.allSatisfy({ $0.start >= 0 && $0.start < 1 << 20 }) else { return countDistinctByKey(found) }
        found.sort { ($0.block, $0.start) < ($1.block, $1.start) }
        var kept: [TextIndex.Mention] = []
        kept.reserveCapacity(found.count)
        for mention in found {
            if let last = kept.last, last.block == mention.block, mention.start == last.start {
                // The longest term at a place: "child maintenance", not its "child".
                if mention.end > last.end { kept[kept.count - 1] = mention }
                continue
            }
            kept.append(mention)
        }
        return (kept.count, kept)
    }

    private func countDistinctByKey(_ found: [TextIndex.Mention]) -> (count: Int, mentions: [TextIndex.Mention]) {
        var seen = Set<Int>()
        var kept: [TextIndex.Mention] = []
        for mention in found where seen.insert(mention.block << 20 | mention.start).inserted { kept.append(mention) }
        return (kept.count, kept.sorted { ($0.block, $0.start) < ($1.block, $1.start) })
    }

    private func computeRelevance() -> RelevanceJudgement {
        if proposal.metadata.metadataOnly {
            return RelevanceJudgement(relevance: .none, directMentions: 0, indirectMentions: 0, words: 0, topTerms: [])
        }
        let settings = pack.pack.relevance
        let all = [0..<index.allBlocks().count]
        let claims = screeningClaimBlocks
        var direct = countDistinctMentions(of: settings.directLexicons, in: all, excluding: claims, speakingOfChildren: true)
        // "KIDs" (key information documents) are not kids.
        var acronyms: [TextIndex.Mention] = []
        direct.mentions.removeAll { mention in
            guard RelevanceWordUse.isAcronymOfAWord(mention, in: index.block(mention.block), matcher: index.matcher) else { return false }
            acronyms.append(mention)
            return true
        }
        // One phrase, two mentions: "young carers" is counted once, for children, not again
        // for its "carers".
        var indirect = countDistinctMentions(of: settings.indirectLexicons, in: all, excluding: claims).mentions.filter { !Self.overlaps($0, direct.mentions) }
        // "foster collaboration", "the adoption of the recommendations": a verb or an act on a
        // thing names no one, whatever else the proposal says of children.
        var acts: [TextIndex.Mention] = []
        if !settings.verbs.isEmpty {
            let verbs = Set(settings.verbs), forms = RelevanceWordUse.forms(of: verbs)
            // Where words for people start, found only for a document that uses one of the verbs.
            var people: Set<Int>?
            let everyone = direct.mentions + indirect
            let isAct: (TextIndex.Mention) -> Bool = { mention in
                let named = RelevanceWordUse.namesAnAct(mention, in: self.index.block(mention.block), verbs: verbs, forms: forms) {
                    if people == nil { people = Set(everyone.map { $0.block << 32 | $0.start }) }
                    return people ?? []
                }
                if named { acts.append(mention) }
                return named
            }
            direct.mentions.removeAll(where: isAct)
            indirect.removeAll(where: isAct)
        }
        var reaching = settings.reach.map { statements.countReaching($0, excluding: claims) }
        // Each term once, as the reader sees it; then only the words that name people.
        let directTerms = direct.mentions.map(lowercasedTerm), indirectTerms = indirect.map(lowercasedTerm)
        var directUse = RelevanceWordUse.keepWordsForPeople(direct.mentions, terms: directTerms, index: index)
        // Words for families are read as written: "the maternity grant", "family hubs" and
        // "household income" are theirs, whatever noun follows.
        var indirectUse = (kept: Array(indirect.indices), dropped: [Int](), namingThings: [String]())
        // Then the words with other senses, in the sense the proposal shows ("pupil" barristers,
        // a "parent" council): `RelevanceSenses`. Not in legislation: a statute's "juvenile" and
        // "youth" are its terms for children, and its lens reads it by its provisions.
        let otherSenses = proposal.kind.kind == .legislation ? [] : settings.otherSenseSet
        // First the words a sentence about animals holds: they are the animals' ("cows late in
        // pregnancy"), and show no family sense to the words with other senses either.
        var animals: [TextIndex.Mention] = []
        let animalSentences =
            otherSenses.isEmpty
            ? [] : RelevanceAnimals.sentences(index: index, settings: settings, otherSenses: otherSenses, in: all, term: lowercasedTerm)
        if !animalSentences.isEmpty {
            directUse.kept.removeAll { position in
                let mention = direct.mentions[position]
                guard otherSenses.contains(RelevanceWordUse.distinctTerm(directTerms[position])),
                    animalSentences.contains(index.sentence(of: mention))
                else { return false }
                animals.append(mention)
                return true
            }
            indirectUse.kept.removeAll { position in
                guard animalSentences.contains(index.sentence(of: indirect[position])) else { return false }
                animals.append(indirect[position])
                return true
            }
        }
        animalMentions = animals
        let senses = RelevanceSenses.read(
            children: directUse.kept.map { direct.mentions[$0] }, childTerms: directUse.kept.map { directTerms[$0] },
            families: indirectUse.kept.map { indirect[$0] }, familyTerms: indirectUse.kept.map { indirectTerms[$0] },
            childAgeGroups: statements.namedGroupMentions, otherSenses: otherSenses, index: index,
            cueSentences: { index.sentences(holding: settings.senseCues, in: all) },
            peopleWord: { self.firstWordWithOneSense(in: settings.sensePeople, in: all, otherSenses: otherSenses) })
        let directKept = Self.removing(senses.otherSenseChildren, from: directUse.kept)
        let indirectKept = Self.removing(senses.otherSenseFamilies, from: indirectUse.kept)
        let keptDirect = directKept.map { direct.mentions[$0] }, keptIndirect = indirectKept.map { indirect[$0] }
        countedMentions = (keptDirect, keptIndirect)
        droppedMentions = directUse.dropped.map { direct.mentions[$0] } + indirectUse.dropped.map { indirect[$0] }
        acronymMentions = acronyms
        otherSenseMentions =
            senses.otherSenseChildren.map { direct.mentions[directUse.kept[$0]] } + senses.otherSenseFamilies.map { indirect[indirectUse.kept[$0]] }
        let keptTerms = directKept.map { directTerms[$0] } + indirectKept.map { indirectTerms[$0] }
        // Statements reach children through the people or places they name in the sense the
        // proposal shows: the "Playground" of a regulator is no play area.
        otherSensesShown = otherSenses.isEmpty || senses.familySense != nil
        if !otherSensesShown, reaching.contains(where: { $0 > 0 }) {
            reaching = settings.reach.map { reachingStatements($0).count }
        }
        actMentions = acts
        // A term of several words is specific ("caring responsibilities", "young people"): only
        // one word repeated may be a word in another sense (a product "family"). Words for
        // children or their services are not held to it: one of them repeated ("GCSEs",
        // "juveniles") is the subject of many real pages.
        // Each spelling made distinct once: a proposal repeats a few terms many times, and
        // making one distinct builds several strings (29M instructions a corpus round when
        // every mention's term was).
        let keptKeys = Set(Set(keptTerms).map(RelevanceWordUse.distinctTerm))
        let distinct = keptKeys.count + (statements.namedGroupMentions > 0 ? 1 : 0)
        let heldToVariety = keptDirect.isEmpty && statements.namedGroupMentions == 0 && !keptKeys.contains { $0.contains(" ") }
        let words = index.wordCount
        var terms: [String: Int] = [:]
        for term in keptTerms { terms[term, default: 0] += 1 }
        let top = terms.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.prefix(8).map { "\($0.key) (\($0.value))" }
        let directCount = keptDirect.count + statements.namedGroupMentions
        let peopleCount = keptIndirect.count
        var relevance = settings.judge(direct: directCount, indirect: peopleCount, words: words, reaching: reaching, distinctTerms: heldToVariety ? distinct : .max)
        // Legislation read by the lens is judged by its provisions: one that names children only
        // in its preamble does nothing to them; one whose children are only an adult's
        // dependants or survivors reaches them through that adult (`legislation.yaml` `dependants:`).
        // One whose provisions act on children (weigh a child's best interests, detain a child)
        // is relevant however seldom it names them in a long text (`actsOnChildren:`).
        let acting = relevance == .none && (provisionReader?.actsOnChildren ?? false)
        if acting { relevance = .direct }
        // One that pays a benefit or allowance to a child or for a child, or funds a service
        // for children (child care places), acts on children through that money however seldom
        // it names them (`paysChildren:`): direct, unless the money is an adult's pension passed
        // on to the child as a survivor or dependant (below).
        let paying = relevance != .direct && (provisionReader?.paysChildren ?? false)
        if paying { relevance = .direct }
        // One whose title or summary names an offence against children (luring a child) and
        // whose sections amend that offence by its number changes what protects children:
        // direct, though no section names them (`offencesAgainstChildren:`).
        let offence = relevance == .none && (provisionReader?.namesOffenceAgainstChildren ?? false)
        if offence { relevance = .direct }
        let inNoProvision = relevance != .none && !offence && (provisionReader?.childrenInNoProvision ?? false)
        // Children whom provisions act on (the orphans a convention protects, the child
        // detained) are not only an adult's dependants, whatever benefits the text also names.
        let asDependants =
            relevance != .none && !inNoProvision && (provisionReader?.childrenOnlyAsDependants ?? false) && !(provisionReader?.actsOnChildren ?? false)
        if inNoProvision { relevance = .none } else if asDependants { relevance = .indirect }
        var judgement = RelevanceJudgement(
            relevance: relevance, directMentions: directCount, indirectMentions: keptIndirect.count, words: words, topTerms: Array(top)
        )
        judgement.childrenOnlyAsDependants = asDependants
        judgement.childrenInNoProvision = inNoProvision
        judgement.provisionsActOnChildren = acting
        judgement.provisionsPayChildren = paying
        judgement.offenceAgainstChildren = offence
        judgement.distinctTerms = distinct
        judgement.termsNamingThings = directUse.namingThings + indirectUse.namingThings
        judgement.termsInOtherSense = senses.termsInOtherSense
        var animalTerms: [String] = []
        for term in animals.map({ RelevanceWordUse.distinctTerm(lowercasedTerm($0)) }) where !animalTerms.contains(term) { animalTerms.append(term) }
        judgement.termsOfAnimals = animalTerms
        judgement.childSense = senses.childSense
        if heldToVariety, distinct < settings.distinctTerms, settings.judge(direct: directCount, indirect: peopleCount, words: words) != .none {
            judgement.oneTermRepeated = keptTerms.first.map(RelevanceWordUse.distinctTerm)
        }
        let byCounts = settings.judge(direct: directCount, indirect: peopleCount, words: words, distinctTerms: heldToVariety ? distinct : .max)
        if relevance == .indirect, byCounts == .none {
            if let entry = settings.firstReaching(reaching, words: words) {
                judgement.reachingStatements = reaching[entry]
                judgement.reachingThrough = settings.reach[entry].through
            }
        }
        return judgement
    }

    /// The statements that reach children through `entry`: when the proposal shows no child or
    /// family sense (`RelevanceSenses`), only those naming the people or places of the entry
    /// in a word with one sense ("play areas", not a regulator's "Playground").
    private func reachingStatements(_ entry: RelevanceSettings.Reach) -> [Statement] {
        let found = statements.reaching(entry, excluding: screeningClaimBlocks)
        guard !otherSensesShown, !found.isEmpty else { return found }
        let settings = pack.pack.relevance, otherSenses = settings.otherSenseSet
        let lexicons = pack.pack.statements.about.filter { entry.about.contains($0.name) }.flatMap(\.lexicons)
        return found.filter { statement in
            guard statement.aboutFrom == .sentence else { return true }
            let block = index.block(statement.block)
            return lexicons.contains { lexicon in
                index.mentions(of: lexicon, in: [statement.block..<statement.block + 1]).contains { mention in
                    block.tokens[mention.start].sentence == statement.sentence
                        && !otherSenses.contains(RelevanceWordUse.distinctTerm(lowercasedTerm(mention)))
                }
            }
        }
    }

    /// The first word of the lexicons, outside screening claims, that is not a word with
    /// other senses, lower-cased; nil when there is none.
    private func firstWordWithOneSense(in lexicons: [String], in ranges: [Range<Int>], otherSenses: Set<String>) -> String? {
        let claims = screeningClaimBlocks
        for lexicon in lexicons {
            for mention in index.mentions(of: lexicon, in: ranges) where !claims.contains(mention.block) {
                let term = lowercasedTerm(mention)
                if !otherSenses.contains(RelevanceWordUse.distinctTerm(term)) { return term }
            }
        }
        return nil
    }

    /// `kept` without the entries at `positions` (positions in `kept`, ascending).
    private static func removing(_ positions: [Int], from kept: [Int]) -> [Int] {
        guard !positions.isEmpty else { return kept }
        let gone = Set(positions)
        return kept.indices.filter { !gone.contains($0) }.map { kept[$0] }
    }

    /// Whether a mention overlaps one of `others` (sorted by block and start).
    private static func overlaps(_ mention: TextIndex.Mention, _ others: [TextIndex.Mention]) -> Bool {
        var low = 0, high = others.count
        while low < high {
            let middle = (low + high) / 2
            if (others[middle].block, others[middle].start) < (mention.block, mention.start) { low = middle + 1 } else { high = middle }
        }
        // The one starting at or after it, and the one before it, are the only ones that can overlap.
        for candidate in [low - 1, low] where others.indices.contains(candidate) {
            let other = others[candidate]
            if other.block == mention.block && other.start < mention.end && mention.start < other.end { return true }
        }
        return false
    }

    /// The judgement with the quotes it rests on: each mention counted, and when children are
    /// reached only through `reach`, the statements of the entry that reached them.
    func relevanceBasis() -> RelevanceBasis {
        let judgement = relevanceJudgement
        var quoted: [(block: Int, start: Int, evidence: Evidence)] = []
        for (mentions, what) in [(countedMentions.children, "speaks of children"), (countedMentions.families, "families or people reached")] {
            for mention in mentions { quoted.append((mention.block, mention.start, evidence(for: mention, note: "\(what): \(lowercasedTerm(mention))"))) }
        }
        for mention in droppedMentions {
            quoted.append((mention.block, mention.start, evidence(for: mention, note: "names a thing, not people: \(lowercasedTerm(mention)) (only ever before another noun)")))
        }
        for mention in acronymMentions {
            quoted.append((mention.block, mention.start, evidence(for: mention, note: "an acronym, not the word: \(index.term(mention))")))
        }
        for mention in otherSenseMentions {
            let note = "read in another sense: \(lowercasedTerm(mention)) (nothing in the proposal shows a child or a family: no word with that sense alone, no child's age, no sentence about children's lives)"
            quoted.append((mention.block, mention.start, evidence(for: mention, note: note)))
        }
        for mention in animalMentions {
            let note = "the animals': \(lowercasedTerm(mention)) (a sentence about animals that names no people)"
            quoted.append((mention.block, mention.start, evidence(for: mention, note: note)))
        }
        for mention in actMentions {
            quoted.append((mention.block, mention.start, evidence(for: mention, note: "names an act, not people: \(lowercasedTerm(mention)) (a verb, or the taking up of a thing)")))
        }
        if judgement.reachingStatements > 0, let entry = pack.pack.relevance.reach.first(where: { $0.through == judgement.reachingThrough }) {
            for statement in reachingStatements(entry) {
                quoted.append((statement.block, statement.firstToken, evidence(for: statement, note: "reaches children: " + statements.description(of: statement))))
            }
        }
        quoted.sort { ($0.block, $0.start) < ($1.block, $1.start) }
        return RelevanceBasis(judgement: judgement, quotes: quoted.map(\.evidence), namedGroupMentions: statements.namedGroupMentions)
    }

    /// `index.term(mention).lowercased()`; an ASCII term is made from its bytes at once.
    private func lowercasedTerm(_ mention: TextIndex.Mention) -> String {
        let block = index.block(mention.block)
        let start = block.tokens[mention.start].start, end = block.tokens[mention.end - 1].end
        let made = block.text.utf8.withContiguousStorageIfAvailable { bytes -> String? in
            guard start >= 0, start <= end, end <= bytes.count else { return nil }
            let term = UnsafeBufferPointer(rebasing: bytes[start..<end])
            guard !term.contains(where: { $0 >= 0x80 }) else { return nil }
            return String(unsafeUninitializedCapacity: term.count) { out in
                for (i, byte) in term.enumerated() { out[i] = byte.asciiLowercased }
                return term.count
            }
        }
        if let made, let made { return made }
        return index.term(mention).lowercased()
    }

    // MARK: Articles

    private func findArticleReferences() -> [(article: Int, block: Int)] {
        let blocks = index.allBlocks()
        let legislation = !Self.readsArticleFields(proposal.format)
        // By index, reading the text alone: a whole block is not copied for it.
        if legislation && !blocks.indices.contains(where: { ArticleReferences.mentionsConvention(blocks[$0].text) }) { return [] }
        var found: [(Int, Int)] = []
        for number in blocks.indices {
            for reference in ArticleReferences.find(in: blocks[number].text) { found.append((reference.article, number)) }
        }
        if !legislation { found += articleFields(blocks) }
        return found
    }

    /// Labels of a field or attribute whose number names a UNCRC article in an impact table:
    /// `<Impact Article="28">`, `<RightsImpact art="22">`, `{"article": 24, "reasoning": ...}`.
    static let articleFieldLabels: Set<String> = ["article", "art", "articlenumber", "uncrcarticle", "articleno"]

    /// An article named by a field refers from the text of the row it labels.
    private func articleFields(_ blocks: [TextIndex.Block]) -> [(Int, Int)] {
        let named =
            gathered?.articleFields
            ?? {
                var collector = FieldCollector.articleFieldsOnly()
                proposal.document.root.walk { collector.visit($0) }
                return collector.articleFields ?? []
            }()
        guard !named.isEmpty else { return [] }
        let places = BlockPlaces(blocks)
        var found: [(Int, Int)] = []
        for (article, row) in named {
            // The row's own text, or else the block whose text holds the row (a table read
            // as one run of text).
            if let number = places.firstBlock(inSubtreeOf: row) ?? places.lastBlock(ofAncestorOf: row) {
                found.append((article, number))
            }
        }
        return found
    }

    /// `Int(value.trimmingCharacters(in: .whitespaces).prefix { $0.isNumber })`, read from
    /// the bytes when ASCII spaces and tabs lead to ASCII digits followed by the end or by an
    /// ASCII byte (which is no digit's part and no number of its own).
    static func leadingNumber(_ value: String) -> Int? {
        let read = value.utf8.withContiguousStorageIfAvailable { bytes -> (known: Bool, number: Int?) in
            var i = 0
            while i < bytes.count && (bytes[i] == 0x20 || bytes[i] == 0x09) { i += 1 }
            var number: Int? = 0, digits = 0
            while i < bytes.count && bytes[i] >= 0x30 && bytes[i] <= 0x39 {
                // Past Int.max the number is nil, as `Int(_:)` makes it.
                if let current = number {
                    let (times10, overflow) = current.multipliedReportingOverflow(by: 10)
                    let (sum, overflowAdding) = times10.addingReportingOverflow(Int(bytes[i] - 0x30))
                    number = overflow || overflowAdding ? nil : sum
                }
                digits += 1
                i += 1
            }
            guard i == bytes.count || bytes[i] < 0x80 else { return (false, nil) }
            return (true, digits == 0 ? nil : number)
        }
        if let read, read.known { return read.number }
        return Int(value.trimmingCharacters(in: .whitespaces).prefix { $0.isNumber })
    }

    /// An HTML table whose header row has an "Article" column (`<th>Article</th>`): each body
    /// row's cell in that column names the article the row assesses.
    static func articleColumnCells(table: DocumentNode) -> [(row: DocumentNode, value: String)] {
        var rows: [DocumentNode] = []
        func collect(_ node: DocumentNode) {
            for child in node.children {
                switch child.label.lowercased() {
                case "tr": rows.append(child)
                case "thead", "tbody", "tfoot": collect(child)
                default: break
                }
            }
        }
        collect(table)
        func cells(_ row: DocumentNode) -> [DocumentNode] { row.children.filter { ["td", "th"].contains($0.label.lowercased()) } }
        guard let header = rows.first(where: { cells($0).contains { $0.label.lowercased() == "th" } }),
            let column = cells(header).firstIndex(where: {
                let key = StructureVocabulary.key($0.fullText.trimmingWhitespace)
                return articleFieldLabels.contains(key) || key == "uncrcarticles" || key == "articles"
            })
        else { return [] }
        return rows.compactMap { row in
            guard row !== header else { return nil }
            let rowCells = cells(row)
            guard column < rowCells.count else { return nil }
            return (row, rowCells[column].fullText.trimmingWhitespace)
        }
    }

    // MARK: Fields

    /// Values of the fields with this key (`StructureVocabulary.key`): attributes, and the
    /// text of leaf elements and members, in document order. Keys the pack's rules and the
    /// screening check read are gathered together; any other key is gathered when asked.
    func fields(_ key: String) -> [(value: String, node: DocumentNode)] {
        if pack.fieldKeys.contains(key) { return packFields[key] ?? [] }
        if let found = otherFields[key] { return found }
        let found = collectFields(WantedKeys([key]))[key] ?? []
        otherFields[key] = found
        return found
    }

    private func collectFields(_ wanted: WantedKeys) -> [String: [(value: String, node: DocumentNode)]] {
        var collector = FieldCollector(wanted)
        proposal.document.root.walk { collector.visit($0) }
        return collector.fields
    }

    /// The sentence a statement is, quoted like a mention in it.
    func evidence(for statement: Statement, note: String) -> Evidence {
        evidence(for: TextIndex.Mention(block: statement.block, start: statement.firstToken, end: statement.firstToken + 1, term: 0, negated: false, deniesEffect: false), note: note)
    }

    /// Snippets quoted so far, by mention (`block << 32 | start`): rules on different lexicons
    /// and scopes often quote the same sentence.
    private var snippets: [Int: String] = [:]

    func evidence(for mention: TextIndex.Mention, note: String? = nil) -> Evidence {
        let block = index.block(mention.block)
        let key = mention.block << 32 | mention.start
        let text: String
        if let known = snippets[key] {
            text = known
        } else {
            text = index.snippet(mention)
            snippets[key] = text
        }
        return Evidence(text: text, location: block.node.location, path: block.node.path, note: note)
    }
}

/// Where each node's text sits among a document's blocks, found once so that looking up a
/// row costs its depth rather than a scan of every block (a long document can hold
/// thousands of article fields).
private struct BlockPlaces {
    /// The first block of each node's subtree (the node or a descendant).
    private var firstInSubtree: [ObjectIdentifier: Int] = [:]
    /// The last block of each node's own text.
    private var lastOwn: [ObjectIdentifier: Int] = [:]

    init(_ blocks: [TextIndex.Block]) {
        for (number, block) in blocks.enumerated() {
            lastOwn[ObjectIdentifier(block.node)] = number
            var node: DocumentNode? = block.node
            // Blocks come in order: once an ancestor has a first block, so do all of its own.
            while let current = node, firstInSubtree[ObjectIdentifier(current)] == nil {
                firstInSubtree[ObjectIdentifier(current)] = number
                node = current.parent
            }
        }
    }

    func firstBlock(inSubtreeOf node: DocumentNode) -> Int? { firstInSubtree[ObjectIdentifier(node)] }

    func lastBlock(ofAncestorOf node: DocumentNode) -> Int? {
        var last: Int?
        var ancestor = node.parent
        while let current = ancestor {
            if let number = lastOwn[ObjectIdentifier(current)] { last = max(last ?? number, number) }
            ancestor = current.parent
        }
        return last
    }
}
