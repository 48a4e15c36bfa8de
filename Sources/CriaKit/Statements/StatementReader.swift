/// Reads a proposal's statements from the text index: every sentence in which a word of the
/// statement vocabulary was found, with the populations, kinds and domains its words name.
/// It reads the mentions the index found in its one pass over the text; nothing is parsed or
/// tokenised again.
enum StatementReader {
    /// The statements in document order, the places (block: token ranges) of phrases in
    /// which a population's word names something else, and the mentions of groups of children
    /// the proposal names by age.
    static func read(_ index: TextIndex, vocabulary: StatementVocabulary, serviceLexicons: [String] = [], definitionKind: Int?)
        -> (statements: [Statement], falseFriends: [Int: [Range<Int>]], namedGroupMentions: Int)
    {
        var statements: [Statement] = []
        // Sentences are numbered from 0 through the document: a statement's place by number.
        let blocks = index.allBlocks()
        let sentenceCount = (blocks.last { !$0.tokens.isEmpty }.map { $0.tokens[$0.tokens.count - 1].sentence } ?? -1) + 1
        var bySentence = [Int32](repeating: -1, count: sentenceCount)
        func statement(for mention: TextIndex.Mention) -> Int {
            let sentence = blocks[mention.block].tokens[mention.start].sentence
            let known = Int(bySentence[sentence])
            if known >= 0 {
                if mention.start < statements[known].firstToken { statements[known].firstToken = mention.start }
                return known
            }
            statements.append(Statement(block: mention.block, sentence: sentence, firstToken: mention.start))
            bySentence[sentence] = Int32(statements.count - 1)
            return statements.count - 1
        }
        // Every mention of a lexicon, negated or not, as the index found them in its one pass.
        func mentions(of lexicon: String) -> [TextIndex.Mention] {
            index.matcher.index(of: lexicon).map { index.mentions[$0] } ?? []
        }
        // Words inside a phrase that names something else ("child company") are about no one.
        var falseFriends: [Int: [Range<Int>]] = [:]
        for lexicon in vocabulary.notAbout {
            for mention in mentions(of: lexicon) {
                falseFriends[mention.block, default: []].append(mention.start..<mention.end)
            }
        }
        // A word for children that the proposal gives adult ages ("young people aged 18 to
        // 24") and never a child's is about adults there and wherever else it is used.
        if let children = vocabulary.number(ofAbout: "children") {
            let childWords = vocabulary.about[children].lexicons.flatMap(mentions(of:))
            func words(_ mention: TextIndex.Mention) -> String {
                let block = blocks[mention.block]
                return (mention.start..<mention.end).map { block.tokens[$0].original(in: block.text).lowercased() }.joined(separator: " ")
            }
            var adultWords = Set<String>(), childWordsWithAges = Set<String>()
            for mention in childWords {
                switch NamedGroups.ages(blocks[mention.block], after: mention) {
                case .adults?: adultWords.insert(words(mention))
                case .children?: childWordsWithAges.insert(words(mention))
                case nil: break
                }
            }
            adultWords.subtract(childWordsWithAges)
            if !adultWords.isEmpty {
                for mention in childWords where adultWords.contains(words(mention)) {
                    falseFriends[mention.block, default: []].append(mention.start..<mention.end)
                }
            }
        }
        // An organisation's name ("Child Poverty Action Group") is not a statement about children.
        for (block, ranges) in OrganisationNames.find(index, vocabulary: vocabulary) { falseFriends[block, default: []] += ranges }
        let thingPhrases = ThingModifiers.find(index, vocabulary: vocabulary, services: serviceLexicons)
        for (block, ranges) in thingPhrases { falseFriends[block, default: []] += ranges }
        let thingWords = ThingModifiers.wordsForThingsAlone(index, vocabulary: vocabulary, falseFriends: falseFriends, thingPhrases: thingPhrases)
        for (block, ranges) in thingWords { falseFriends[block, default: []] += ranges }
        func insideFalseFriend(_ mention: TextIndex.Mention) -> Bool {
            falseFriends[mention.block]?.contains { $0.contains(mention.start) || $0.contains(mention.end - 1) } ?? false
        }
        // A grown-ups' word inside a longer name of a group of children ("carers" in "young
        // carers") names that group: the children's name is the longer phrase.
        let yielding = vocabulary.yieldToChildren.compactMap(vocabulary.number(ofAbout:)).reduce(UInt32(0)) { $0 | .bit($1) }
        var childrensNames: [Int: [Range<Int>]] = [:]
        if yielding != 0, let children = vocabulary.number(ofAbout: "children") {
            for mention in vocabulary.about[children].lexicons.flatMap(mentions(of:)) where mention.end - mention.start > 1 && !insideFalseFriend(mention) {
                childrensNames[mention.block, default: []].append(mention.start..<mention.end)
            }
        }
        func insideChildrensName(_ mention: TextIndex.Mention) -> Bool {
            childrensNames[mention.block]?.contains { $0.count > mention.end - mention.start && $0.contains(mention.start) && mention.end <= $0.upperBound } ?? false
        }
        // A sentence that counts the people it speaks of ("46 children", "24% of pupils") is
        // also of the `counts` kinds.
        let countKinds = vocabulary.counts.compactMap(vocabulary.number(ofKind:)).reduce(UInt32(0)) { $0 | .bit($1) }
        for (number, group) in vocabulary.about.enumerated() {
            let yields = yielding.intersects(.bit(number))
            for lexicon in group.lexicons {
                for mention in mentions(of: lexicon) where !insideFalseFriend(mention) && !(yields && insideChildrensName(mention)) {
                    let at = statement(for: mention)
                    if mention.negated { statements[at].deniedAbout |= .bit(number) } else { statements[at].about |= .bit(number) }
                    if countKinds != 0, !mention.negated, Counts.counts(mention, in: blocks[mention.block]) { statements[at].kinds |= countKinds }
                }
            }
        }
        if countKinds != 0 {
            for sentence in Counts.sentencesWithShares(index, blocks: Set(statements.map(\.block))) where bySentence[sentence] >= 0 {
                statements[Int(bySentence[sentence])].kinds |= countKinds
            }
        }
        for (number, group) in vocabulary.kinds.enumerated() {
            for lexicon in group.lexicons {
                for mention in mentions(of: lexicon) {
                    let at = statement(for: mention)
                    if mention.negated { statements[at].deniedKinds |= .bit(number) } else { statements[at].kinds |= .bit(number) }
                }
            }
        }
        // Kinds said by words apart: every lexicon of the entry mentioned, not negated, in
        // the sentence. Only sentences already read as statements can hold them all.
        for entry in vocabulary.together {
            guard let kind = vocabulary.number(ofKind: entry.name), let first = entry.lexicons.first else { continue }
            var sentences = Set(mentions(of: first).filter { !$0.negated }.map { blocks[$0.block].tokens[$0.start].sentence })
            for lexicon in entry.lexicons.dropFirst() where !sentences.isEmpty {
                sentences.formIntersection(mentions(of: lexicon).filter { !$0.negated }.map { blocks[$0.block].tokens[$0.start].sentence })
            }
            for mention in mentions(of: first) where sentences.contains(blocks[mention.block].tokens[mention.start].sentence) {
                statements[statement(for: mention)].kinds |= .bit(kind)
            }
        }
        // A domain is what a sentence speaks of, negated or not: "a household cannot claim
        // Universal Credit" is about its income. Who and what kind stay negated above.
        for (number, group) in vocabulary.domains.enumerated() {
            for lexicon in group.lexicons {
                for mention in mentions(of: lexicon) {
                    statements[statement(for: mention)].domains |= .bit(number)
                }
            }
        }
        let rateDomains = vocabulary.moneyRates.compactMap(vocabulary.number(ofDomain:)).reduce(UInt32(0)) { $0 | .bit($1) }
        if rateDomains != 0 {
            for sentence in MoneyRates.sentences(index, blocks: Set(statements.map(\.block))) where bySentence[sentence] >= 0 {
                statements[Int(bySentence[sentence])].domains |= rateDomains
            }
        }
        // An "if" in words quoted ("they said 'we'd go if it rained'") is what someone said, not
        // a condition on the statement that quotes it.
        for lexicon in vocabulary.conditional {
            for mention in mentions(of: lexicon) where !Quotation.encloses(mention, in: blocks[mention.block]) {
                statements[statement(for: mention)].conditional = true
            }
        }
        // Sentences naming a group the proposal defines as children by age are about children.
        var namedGroupMentions = 0
        if let children = vocabulary.number(ofAbout: "children") {
            let groups = NamedGroups.find(index, markers: vocabulary.ageMarkers)
            let named = NamedGroups.sentences(mentioning: groups, in: index)
            let namedByWords = Set(vocabulary.about[children].lexicons.flatMap(mentions(of:)).map { [$0.block, $0.end] })
            let bands = NamedGroups.childBands(index, markers: vocabulary.ageMarkers, named: namedByWords)
            namedGroupMentions = named.mentions + bands.mentions
            for sentence in named.sentences.union(bands.sentences) where sentence < sentenceCount && bySentence[sentence] >= 0 {
                statements[Int(bySentence[sentence])].about |= .bit(children)
            }
        }
        // A kind named only in negated form is denied, not claimed.
        for at in statements.indices { statements[at].deniedKinds &= ~statements[at].kinds }
        // In document order: sentences are numbered in block order and none spans two
        // blocks, so the sentences in order are the statements by (block, sentence).
        statements = bySentence.compactMap { $0 >= 0 ? statements[Int($0)] : nil }
        readInContext(&statements, index: index, definitionKind: definitionKind, screeningKind: vocabulary.number(ofKind: "screening-claim"))
        return (statements, falseFriends, namedGroupMentions)
    }

    /// A sentence that names no one ("They said the scheme felt fair", "Sleep improves") is
    /// about whom its paragraph was about, or else about whom the heading or question it
    /// answers names ("Impact on children: None", "How will disabled pupils be affected?");
    /// a sentence that names no domain speaks of its heading's ("Health and wellbeing"), and a
    /// sentence under a heading that names a kind of statement ("Negative impacts",
    /// "Mitigation", "What children told us") is also of that kind. Definitions take nothing
    /// from their context. A heading that names a screening or an assessment ("Screening",
    /// "Children's rights impact assessment") titles the part; what is said under it is
    /// claimed by its own words, so that kind is not given.
    private static func readInContext(_ statements: inout [Statement], index: TextIndex, definitionKind: Int?, screeningKind: Int?) {
        let sectionCount = index.proposal.sections.count + 1
        // What each section's title names, by section index (titles are few: most stay 0).
        var titleAbout: [UInt32] = [], titleDomains: [UInt32] = [], titleKinds: [UInt32] = []
        for statement in statements where index.blocks[statement.block].isTitle {
            if titleAbout.isEmpty {
                titleAbout = Array(repeating: 0, count: sectionCount)
                titleDomains = titleAbout
                titleKinds = titleAbout
            }
            let section = index.blocks[statement.block].section
            titleAbout[section] |= statement.about
            titleDomains[section] |= statement.domains
            titleKinds[section] |= statement.kinds & ~(screeningKind.map(UInt32.bit) ?? 0)
        }
        // The nearest heading, from each section up, that names a population (or a domain, or a kind).
        let headingAbout = nearestNaming(titleAbout, index.proposal)
        let headingDomains = nearestNaming(titleDomains, index.proposal)
        let headingKinds = nearestNaming(titleKinds, index.proposal)
        var previous: (block: Int, about: UInt32) = (-1, 0)
        for at in statements.indices {
            let block = statements[at].block
            defer { previous = (block, statements[at].about) }
            guard !index.blocks[block].isTitle else { continue }
            if let definition = definitionKind, statements[at].kinds.intersects(.bit(definition)) { continue }
            let section = index.blocks[block].section
            if statements[at].about == 0 {
                if previous.block == block && previous.about != 0 {
                    statements[at].about = previous.about
                    statements[at].aboutFrom = .paragraph
                } else if previous.about != 0, previous.block >= 0, Self.labelsRow(of: block, cell: previous.block, index) {
                    statements[at].about = previous.about
                    statements[at].aboutFrom = .row
                } else if !headingAbout.isEmpty, headingAbout[section] != 0 {
                    statements[at].about = headingAbout[section]
                    statements[at].aboutFrom = .heading
                }
            }
            if !headingKinds.isEmpty { statements[at].kinds |= headingKinds[section] }
            if statements[at].domains == 0 && !headingDomains.isEmpty {
                statements[at].domains = headingDomains[section]
            }
        }
    }

    /// Whether block `cell` is the first cell of the row that block `block` is a later cell of:
    /// a record repeated in a table or list (`{"group": "Children in care", "impact": "Positive"}`
    /// among others like it, `<row><group/><impact/></row>`), whose first field names what the
    /// others speak of. HTML and Word rows are one block already (`RowText`).
    private static func labelsRow(of block: Int, cell: Int, _ index: TextIndex) -> Bool {
        guard cell < block, let row = index.blocks[block].node.parent, index.blocks[cell].node.parent === row,
            row.children.count >= 2, row.children.first === index.blocks[cell].node,
            let table = row.parent, table.children.count >= 2
        else { return false }
        // Records alike: the first and last of the row's siblings bear its label (JSON array
        // items bear the array's), asked of those two alone so that a long table costs no more.
        return table.children.first?.label == row.label && table.children.last?.label == row.label
    }

    /// For each section (by index), what the nearest title at or above it names: its own if
    /// that names anything, else its parent's answer. Empty when no title names anything.
    private static func nearestNaming(_ titles: [UInt32], _ proposal: Proposal) -> [UInt32] {
        guard titles.contains(where: { $0 != 0 }) else { return [] }
        var nearest = titles
        // Document order: a parent comes before its children.
        for section in proposal.sections where nearest[section.index] == 0 {
            if let parent = section.parent { nearest[section.index] = nearest[parent.index] }
        }
        return nearest
    }
}
