/// Finds a legislation document's provisions, which of them affect children, and what each
/// engages, from the document's text index. Built once per legislation document; a large Act
/// has hundreds of provisions and the pack two dozen topics, so each question about a
/// provision is a binary search over a lexicon's mentions, with nothing copied.
final class ProvisionReader {
    /// A provision found, with the blocks of text it holds.
    struct Found {
        let section: Section
        let blocks: Range<Int>
        var number = ""
        var heading = ""
    }

    /// Unowned: the document's facts hold their reader (`DocumentFacts.provisionReader`).
    unowned let facts: DocumentFacts
    let settings: LegislationSettings
    /// Provisions that affect children, in document order, numbered and headed.
    private lazy var found: [Found] = findProvisions()
    private(set) lazy var affectingChildren: [Found] = found.filter(affectsChildren).map(numbered)
    /// Whether the legislation has provisions and names children in none of them, nor in an
    /// outer provision around them (an amending section around the section it inserts): only
    /// in its preamble, long title or recitals, so it does nothing to them.
    var childrenInNoProvision: Bool {
        guard !found.isEmpty, affectingChildren.isEmpty else { return false }
        let labels = ProvisionLabels(settings.provisionLabels)
        var outermost: [Range<Int>] = []
        func collect(_ section: Section) {
            if labels.contains(section.node.label) { outermost.append(facts.index.subtree(of: section)) } else { section.children.forEach(collect) }
        }
        facts.proposal.root.children.forEach(collect)
        return !outermost.contains { blocks in affectsChildren(Found(section: facts.proposal.root, blocks: blocks)) }
    }
    private(set) lazy var provisions: [Provision] = affectingChildren.indices.compactMap(read)
    /// Whether children appear only as dependants, survivors or beneficiaries of an adult's
    /// entitlement: at least `dependantShare` of the provisions that affect children also name
    /// such an entitlement (a pension, an estate, the insured, a borrower).
    /// A provision that pays money for the child where it speaks of the child (`childUnitBlocks`:
    /// the item naming the child, its lead-in and the heading), with no such entitlement named
    /// there, pays the child's own money wherever else it names one: a budget Act's section
    /// that gives a credit "for each such child" in one subsection and amends a pension plan's
    /// rules in another.
    private(set) lazy var childrenOnlyAsDependants: Bool = {
        let lexicons = settings.dependantLexicons.compactMap(lexiconNumber)
        guard !lexicons.isEmpty, !affectingChildren.isEmpty else { return false }
        let paying = settings.payingLexicons.compactMap(lexiconNumber), payingExceptions = settings.payingExceptions.compactMap(lexiconNumber)
        let asDependants = affectingChildren.indices.filter { position in
            let found = affectingChildren[position]
            guard lexicons.contains(where: { firstMention($0, in: found) != nil }) else { return false }
            let units = childUnits[position]
            let namedWithChild = lexicons.contains { firstMention($0, in: found) { units.contains($0.block) } != nil }
            let paysChild = paying.contains { lexicon in
                firstMention(lexicon, in: found) { mention in units.contains(mention.block) && !payingExceptions.contains { self.lies(mention, inside: $0) } } != nil
            }
            return namedWithChild || !paysChild
        }.count
        return Double(asDependants) >= settings.dependantShare * Double(affectingChildren.count)
    }()
    /// Whether at least `actingProvisions` provisions name what acts on a child (its best
    /// interests, its detention) in a sentence that names a child: such legislation acts on
    /// children, however long it is and however seldom it names them.
    private(set) lazy var actsOnChildren: Bool = provisions(naming: settings.actingLexicons, inChildSentences: settings.actingProvisions) { name in
        self.settings.engagements.first { $0.lexicon == name }?.except ?? []
    }
    /// Whether at least `payingProvisions` provisions name money paid to a child or for a child
    /// (a benefit, an allowance, a credit) in a sentence that names a child: such legislation
    /// reaches children through that money, however seldom it names them.
    private(set) lazy var paysChildren: Bool = provisions(naming: settings.payingLexicons, inChildSentences: settings.payingProvisions) { _ in
        self.settings.payingExceptions
    }

    /// Whether the text outside every provision (the long title, an amending Act's summary, the
    /// preamble) names an offence against children in a sentence that names a child, and the
    /// legislation has provisions that change something: "An Act to amend the Criminal Code
    /// (luring a child)" whose one section raises the penalty under "section 172.1".
    private(set) lazy var namesOffenceAgainstChildren: Bool = {
        guard !found.isEmpty else { return false }
        let lexicons = settings.offenceLexicons.compactMap(lexiconNumber)
        let provisionBlocks = found.map(\.blocks)
        for lexicon in lexicons {
            for mention in facts.index.mentions[lexicon] where !provisionBlocks.contains(where: { $0.contains(mention.block) }) {
                let sentence = sentence(mention)
                let childNamed = childLexicons.contains { child in
                    var named = false
                    forEachMention(of: child, in: mention.block..<mention.block + 1) { other in
                        named = sentence == self.sentence(other) && namesChildren(other)
                        return !named
                    }
                    return named
                }
                if childNamed { return true }
            }
        }
        return false
    }()

    /// Whether at least `count` provisions that affect children name one of the lexicons in a
    /// sentence naming a child, outside the phrases of the lexicons `except` gives for it.
    private func provisions(naming names: [String], inChildSentences count: Int, except exceptions: (String) -> [String]) -> Bool {
        guard count > 0 else { return false }
        let lexicons = names.compactMap { name -> (Int, [Int])? in
            guard let number = lexiconNumber(name) else { return nil }
            return (number, exceptions(name).compactMap(lexiconNumber))
        }
        guard !lexicons.isEmpty else { return false }
        var found = 0
        for position in affectingChildren.indices {
            let sentences = childSentences(position)
            let names = lexicons.contains { lexicon, except in
                firstMention(lexicon, in: affectingChildren[position]) { mention in
                    sentences.contains(sentence(mention)) && !except.contains { lies(mention, inside: $0) }
                } != nil
            }
            if names { found += 1 }
            if found >= count { return true }
        }
        return false
    }

    /// The sentences of each provision in `affectingChildren` that name a child.
    private lazy var childSentenceSets: [Set<Int>] = affectingChildren.map(findChildSentences)
    /// The blocks of each provision in `affectingChildren` that speak of the child it names.
    private(set) lazy var childUnits: [BlockSet] = affectingChildren.map(childUnitBlocks)
    /// Nodes inside an element in another language than English (`<AmendedText xml:lang="fr">`):
    /// their words are not read, so the French text of a bilingual Act adds nothing of its own.
    private lazy var foreignNodes: Set<ObjectIdentifier> = TextLanguage.foreignNodes(under: facts.proposal.document.root)
    let childLexicons: [Int]
    private let notChildLexicons: [Int]
    private let kinLexicons: [Int]
    /// Where each mention of a kin word starts, by its block and last token (`block << 32 |
    /// end - 1`), and by its block and first token: a list of kin is read from either end.
    private lazy var kinPlaces = Self.places(of: kinLexicons, in: facts.index)
    /// The same for children's words: another child's word in the list ("child or foster
    /// child") is one more item of it.
    private lazy var childPlaces = Self.places(of: childLexicons, in: facts.index)

    private static func places(of lexicons: [Int], in index: TextIndex) -> (byLast: [Int: Int], byFirst: [Int: Int]) {
        var byLast: [Int: Int] = [:], byFirst: [Int: Int] = [:]
        for lexicon in lexicons {
            for mention in index.mentions[lexicon] {
                byLast[mention.block << 32 | (mention.end - 1)] = mention.start
                byFirst[mention.block << 32 | mention.start] = mention.end
            }
        }
        return (byLast, byFirst)
    }
    /// Words that join the items of a list of people ("the spouse or common-law partner, or a
    /// child"), and words that qualify an item's relation ("a former or foster child"): commas
    /// are not tokens.
    static let listJoiners: Set<String> = [
        "or", "and", "a", "an", "the", "any", "former", "current", "their", "his", "her", "its", "that", "foster", "adopted", "adoptive",
    ]
    private let childVictimLexicons: [Int]
    /// Each engagement's lexicon by number (nil: not in the pack's matcher).
    private let engagementLexicons: [Int?]
    /// Each engagement's `except` lexicons by number: their phrases use the topic's word in another sense.
    private let engagementExceptions: [[Int]]
    private var lexiconNumbers: [String: Int] = [:]

    static let numberLabels: Set<String> = ["num", "label", "pnumber", "number", "enum"]
    static let headingLabels: Set<String> = ["heading", "title", "marginalnote", "titletext", "shorttitle"]

    init(facts: DocumentFacts, settings: LegislationSettings) {
        self.facts = facts
        self.settings = settings
        childLexicons = settings.childLexicons.compactMap { facts.index.matcher.index(of: $0) }
        notChildLexicons = settings.notChildLexicons.compactMap { facts.index.matcher.index(of: $0) }
        kinLexicons = settings.kinLexicons.compactMap { facts.index.matcher.index(of: $0) }
        childVictimLexicons = settings.childVictimLexicons.compactMap { facts.index.matcher.index(of: $0) }
        engagementLexicons = settings.engagements.map { facts.index.matcher.index(of: $0.lexicon) }
        engagementExceptions = settings.engagements.map { $0.except.compactMap { facts.index.matcher.index(of: $0) } }
    }

    /// The innermost sections whose element is a provision; with none (a saved HTML page of an
    /// Act), the innermost headed sections. A section inside text in another language (the
    /// French section an amending section of a bilingual statute replaces) is no provision of
    /// its own: its words are not read, so it must not take the amending section's place and
    /// hide that section's English text.
    private func findProvisions() -> [Found] {
        let labels = ProvisionLabels(settings.provisionLabels)
        let enclosing = ProvisionLabels(settings.enclosingLabels)
        let foreign = foreignNodes
        var found: [Found] = []
        func innermost(_ section: Section, where isProvision: (Section) -> Bool) -> Bool {
            var inner = false
            let before = found.count
            for child in section.children where innermost(child, where: isProvision) { inner = true }
            guard isProvision(section) else { return inner }
            let blocks = facts.index.subtree(of: section)
            guard inner else {
                found.append(Found(section: section, blocks: blocks))
                return true
            }
            // An enclosing provision (`enclosing:`, a scheduled protocol followed by its annexes):
            // its text before the first provision it holds is a provision too, or the protocol's
            // articles would be read as no provision's.
            guard enclosing.contains(section.node.label) else { return true }
            let first = found[before].blocks.lowerBound
            if first > blocks.lowerBound { found.insert(Found(section: section, blocks: blocks.lowerBound..<first), at: before) }
            return true
        }
        for section in facts.proposal.root.children {
            _ = innermost(section) { labels.contains($0.node.label) && !foreign.contains(ObjectIdentifier($0.node)) }
        }
        if found.isEmpty {
            for section in facts.proposal.root.children { _ = innermost(section) { $0.titleSource == .heading } }
        }
        return found
    }

    private func affectsChildren(_ found: Found) -> Bool {
        childLexicons.contains { lexicon in
            var hit = false
            forEachMention(of: lexicon, in: found.blocks) { mention in
                hit = namesChildren(mention)
                return !hit
            }
            return hit
        }
    }

    private func numbered(_ found: Found) -> Found {
        var found = found
        (found.number, found.heading) = Self.numberAndHeading(found.section)
        return found
    }

    /// The provision (by its place in `affectingChildren`) with what it engages; nil when it
    /// engages nothing the pack names.
    private func read(_ position: Int) -> Provision? {
        let found = affectingChildren[position], units = childUnits[position]
        var engaged: [Provision.Engaged] = []
        // A topic counts where the provision speaks of the child (`units`): a long definitions
        // section or a pension's residence rules name a child in one item and engage nothing for
        // it in the others.
        for (number, engagement) in settings.engagements.enumerated() {
            guard let lexicon = engagementLexicons[number] else { continue }
            let except = engagementExceptions[number]
            let sentences = engagement.withChild ? childSentences(position) : []
            let counts: (TextIndex.Mention) -> Bool = { mention in
                !except.contains { self.lies(mention, inside: $0) } && units.contains(mention.block)
                    && (!engagement.withChild || sentences.contains(self.sentence(mention)))
            }
            guard let first = firstMention(lexicon, in: found, where: counts) else { continue }
            engaged.append(Provision.Engaged(topic: engagement.topic, articles: engagement.articles, evidence: facts.evidence(for: first, note: engagement.topic)))
        }
        guard !engaged.isEmpty else { return nil }
        return Provision(
            number: found.number, heading: found.heading, location: found.section.location, path: found.section.path,
            text: text(of: found), engaged: engaged)
    }

    /// The blocks of a provision that speak of a child named in it: for each block naming a
    /// child, the element that holds it (a definition, subsection or paragraph) with every
    /// item under it, and the text of the elements around it (the heading, the lead-in the
    /// item completes, the words that close the list). Legislation writes one sentence as a
    /// lead-in and its items: "child labour means labour ... that (c) interferes with their
    /// schooling" is one statement about the child; the next definition is another.
    private func childUnitBlocks(_ found: Found) -> BlockSet {
        let provision = found.section.node
        var roots: [DocumentNode] = []
        for lexicon in childLexicons {
            forEachMention(of: lexicon, in: found.blocks) { mention in
                if namesChildren(mention) { roots.append(unitRoot(of: facts.index.block(mention.block).node, in: provision)) }
                return true
            }
        }
        guard !roots.contains(where: { $0 === provision }) else { return BlockSet(found.blocks, all: true) }
        let inside = Set(roots.map(ObjectIdentifier.init))
        var around = Set<ObjectIdentifier>()
        for root in roots {
            var node = root.parent
            while let outer = node {
                around.insert(ObjectIdentifier(outer))
                if outer === provision { break }
                node = outer.parent
            }
        }
        var units = BlockSet(found.blocks)
        for number in found.blocks {
            let node = facts.index.block(number).node
            // The provision's heading, and the text of an element around a unit (its lead-in,
            // its closing words), whose parent is that element.
            if node === provision || node.parent.map({ around.contains(ObjectIdentifier($0)) }) ?? false {
                units.insert(number)
                continue
            }
            var current: DocumentNode? = node
            while let at = current, at !== provision {
                if inside.contains(ObjectIdentifier(at)) {
                    units.insert(number)
                    break
                }
                current = at.parent
            }
        }
        return units
    }

    /// The element a block's text belongs to as an item (its parent: a definition, subsection,
    /// paragraph), the provision itself when the block is the provision's own text or heading.
    private func unitRoot(of node: DocumentNode, in provision: DocumentNode) -> DocumentNode {
        guard node !== provision, let parent = node.parent else { return provision }
        return parent
    }

    // MARK: - Mentions in a provision

    func lexiconNumber(_ name: String) -> Int? {
        if let known = lexiconNumbers[name] { return known }
        guard let number = facts.index.matcher.index(of: name) else { return nil }
        lexiconNumbers[name] = number
        return number
    }

    /// Calls `body` with each mention of the lexicon in the blocks, in order, while it returns true.
    func forEachMention(of lexicon: Int, in blocks: Range<Int>, includeNegated: Bool = true, _ body: (TextIndex.Mention) -> Bool) {
        let all = facts.index.mentions[lexicon]
        var low = Self.firstIndex(in: all, atOrAfter: blocks.lowerBound)
        let skipsForeign = !foreignNodes.isEmpty
        while low < all.count && all[low].block < blocks.upperBound {
            if skipsForeign, foreignNodes.contains(ObjectIdentifier(facts.index.block(all[low].block).node)) {
                low += 1
                continue
            }
            if includeNegated || !all[low].negated, !body(all[low]) { return }
            low += 1
        }
    }

    func firstMention(_ lexicon: String, in found: Found, includeNegated: Bool = true, where accept: (TextIndex.Mention) -> Bool = { _ in true }) -> TextIndex.Mention? {
        guard let number = lexiconNumber(lexicon) else { return nil }
        return firstMention(number, in: found, includeNegated: includeNegated, where: accept)
    }

    func firstMention(_ number: Int, in found: Found, includeNegated: Bool = true, where accept: (TextIndex.Mention) -> Bool = { _ in true }) -> TextIndex.Mention? {
        var first: TextIndex.Mention?
        forEachMention(of: number, in: found.blocks, includeNegated: includeNegated) { mention in
            if accept(mention) { first = mention }
            return first == nil
        }
        return first
    }

    func mentions(_ lexicon: String, in found: Found, includeNegated: Bool = true) -> [TextIndex.Mention] {
        guard let number = lexiconNumber(lexicon) else { return [] }
        var all: [TextIndex.Mention] = []
        forEachMention(of: number, in: found.blocks, includeNegated: includeNegated) {
            all.append($0); return true
        }
        return all
    }

    /// Sentences of the provision (by its place in `affectingChildren`) in which a child is named.
    func childSentences(_ position: Int) -> Set<Int> { childSentenceSets[position] }

    /// A child named as an offence's victim (`childVictims`) is left out: the sentence, custody
    /// or standard in that sentence is the offender's, not the child's.
    private func findChildSentences(_ found: Found) -> Set<Int> {
        var sentences = Set<Int>()
        for lexicon in childLexicons {
            forEachMention(of: lexicon, in: found.blocks) { mention in
                if namesChildren(mention), !childVictimLexicons.contains(where: { starts(mention, inside: $0) }) { sentences.insert(sentence(mention)) }
                return true
            }
        }
        return sentences
    }

    /// Whether the mention starts within a mention of the lexicon (by number) in its block: a
    /// victim's phrase ends in the child's word ("the abuse of a person under the age of"
    /// before "18 years"), which the child's mention runs past.
    func starts(_ mention: TextIndex.Mention, inside lexicon: Int) -> Bool {
        let all = facts.index.mentions[lexicon]
        var at = Self.firstIndex(in: all, atOrAfter: mention.block)
        while at < all.count, all[at].block == mention.block {
            if all[at].start <= mention.start, mention.start < all[at].end { return true }
            at += 1
        }
        return false
    }

    /// Where the first of a lexicon's mentions (kept in block order) in `block` or after it is.
    private static func firstIndex(in all: [TextIndex.Mention], atOrAfter block: Int) -> Int {
        var low = 0, high = all.count
        while low < high {
            let middle = (low + high) / 2
            if all[middle].block < block { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// Whether the mention lies within a mention of the lexicon (by number) in its block.
    func lies(_ mention: TextIndex.Mention, inside lexicon: Int) -> Bool {
        let all = facts.index.mentions[lexicon]
        var at = Self.firstIndex(in: all, atOrAfter: mention.block)
        while at < all.count, all[at].block == mention.block {
            if all[at].start <= mention.start, mention.end <= all[at].end { return true }
            at += 1
        }
        return false
    }

    /// A mention that names children, not a proper name that holds the word (capitalised in
    /// mid-sentence, "Youth" is the Youth Criminal Justice Act or the Youth Justice Board) nor
    /// an adult's relation ("a child or grandchild" of the sponsor: `notChildren:`).
    func namesChildren(_ mention: TextIndex.Mention) -> Bool {
        if notChildLexicons.contains(where: { lies(mention, inside: $0) }) { return false }
        if !kinLexicons.isEmpty, isListedAmongKin(mention) { return false }
        let block = facts.index.block(mention.block)
        let tokens = block.tokens
        let opensSentence = mention.start == 0 || tokens[mention.start - 1].sentence != tokens[mention.start].sentence
        guard !opensSentence else { return true }
        let utf8 = block.text.utf8
        let first = utf8[utf8.index(utf8.startIndex, offsetBy: tokens[mention.start].start)]
        return !(first >= 0x41 && first <= 0x5A)
    }

    /// Whether the mention is an item of a list of at least `kinInList` words for an adult's
    /// kin, read outwards from it over the words that join a list's items, in its sentence.
    private func isListedAmongKin(_ mention: TextIndex.Mention) -> Bool {
        let places = kinPlaces
        guard !places.byLast.isEmpty else { return false }
        let children = childPlaces
        let block = facts.index.block(mention.block)
        let tokens = block.tokens
        let sentence = tokens[mention.start].sentence
        func joins(_ token: Int) -> Bool { Self.listJoiners.contains(tokens[token].original(in: block.text).lowercased()) }
        var kin = 0
        var left = mention.start - 1
        while left >= 0, tokens[left].sentence == sentence {
            if let start = places.byLast[mention.block << 32 | left] {
                kin += 1
                left = start - 1
            } else if let start = children.byLast[mention.block << 32 | left] {
                left = start - 1
            } else if joins(left) {
                left -= 1
            } else {
                break
            }
        }
        var right = mention.end
        while right < tokens.count, tokens[right].sentence == sentence, kin < settings.kinInList {
            if let end = places.byFirst[mention.block << 32 | right] {
                kin += 1
                right = end
            } else if let end = children.byFirst[mention.block << 32 | right] {
                right = end
            } else if joins(right) {
                right += 1
            } else {
                break
            }
        }
        return kin >= settings.kinInList
    }

    func sentence(_ mention: TextIndex.Mention) -> Int { facts.index.sentence(of: mention) }

    /// The provision's prose (its heading left out), about 600 characters at most.
    func text(of found: Found) -> String {
        var text = ""
        for number in found.blocks {
            let block = facts.index.block(number)
            if block.isTitle || block.node.label.lowercased() == "marginalnote" || foreignNodes.contains(ObjectIdentifier(block.node)) { continue }
            if !text.isEmpty { text += " " }
            text += block.text
            if text.utf8.count > 600 {
                let end = TextIndex.index(in: text, text.startIndex, offsetBy: 597, limitedBy: text.endIndex) ?? text.endIndex
                return String(text[..<end]) + "…"
            }
        }
        return text
    }

    /// A provision's number and heading: from its number and heading elements (`<num>`,
    /// `<Label>`, `<heading>`, `<MarginalNote>`), else split from its title ("64 Adult sentence").
    static func numberAndHeading(_ section: Section) -> (String, String) {
        var number = "", heading = ""
        var queue = Array(section.node.children.prefix(8))
        var looked = 0
        while !queue.isEmpty, looked < 16, number.isEmpty || heading.isEmpty {
            let node = queue.removeFirst()
            looked += 1
            let label = node.label.lowercased()
            if number.isEmpty, numberLabels.contains(label) {
                number = node.fullText.trimmingWhitespace
            } else if heading.isEmpty, headingLabels.contains(label) {
                heading = node.fullText.trimmingWhitespace
            } else if label == "subsection" || label == "provision" {
                queue += node.children.prefix(4)
            }
        }
        let title = section.title.trimmingWhitespace
        if number.isEmpty, let first = title.split(separator: " ").first, first.contains(where: \.isNumber), first.count <= 12 {
            number = String(first)
            if heading.isEmpty { heading = String(title.dropFirst(first.count)).trimmingWhitespace }
        }
        // A title made from the element's name and attributes ("schedule: lims inforce start
        // date ...") is no heading.
        if heading.isEmpty, title != number, section.titleSource != .label { heading = title }
        return (number, heading)
    }
}
