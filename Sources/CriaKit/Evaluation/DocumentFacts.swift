/// Facts about one proposal computed once and shared by every rule: the text index,
/// relevance, article references, fields.
final class DocumentFacts {
    let proposal: Proposal
    let index: TextIndex
    let pack: CompiledPack
    private(set) lazy var relevanceJudgement: RelevanceJudgement = computeRelevance()
    var relevance: Relevance { relevanceJudgement.relevance }
    /// Article references by block number, kept only if the document is about the UNCRC
    /// (legislation's own "Article 3" is not the Convention's).
    private(set) lazy var articleReferences: [(article: Int, block: Int)] = findArticleReferences()
    /// Field values by key: those of the keys the pack asks for, gathered in one walk on first
    /// use (or handed in, gathered by a walk that was made anyway).
    private lazy var packFields: [String: [(value: String, node: DocumentNode)]] = gatheredPackFields ?? collectFields(pack.wantedFieldKeys)
    private let gatheredPackFields: [String: [(value: String, node: DocumentNode)]]?
    private var otherFields: [String: [(value: String, node: DocumentNode)]] = [:]

    /// `packFields`, when a walk made for something else already gathered them with a
    /// `FieldCollector` of `pack.wantedFieldKeys`.
    init(proposal: Proposal, pack: CompiledPack, packFields: [String: [(value: String, node: DocumentNode)]]? = nil) {
        self.proposal = proposal
        self.pack = pack
        gatheredPackFields = packFields
        index = TextIndex(proposal: proposal, matcher: pack.matcher)
        RoleAssigner.assign(proposal, index: index, pack: pack)
    }

    // MARK: Relevance

    func countDistinctMentions(of lexicons: [String], in ranges: [Range<Int>], excluding excluded: Set<Int> = []) -> (count: Int, mentions: [TextIndex.Mention]) {
        var seen = Set<Int>()
        var kept: [TextIndex.Mention] = []
        for lexicon in lexicons {
            for mention in index.mentions(of: lexicon, in: ranges) where !excluded.contains(mention.block) {
                let key = mention.block << 20 | mention.start
                if seen.insert(key).inserted { kept.append(mention) }
            }
        }
        return (kept.count, kept.sorted { ($0.block, $0.start) < ($1.block, $1.start) })
    }

    private func computeRelevance() -> RelevanceJudgement {
        if proposal.metadata.metadataOnly {
            return RelevanceJudgement(relevance: .none, directMentions: 0, indirectMentions: 0, words: 0, topTerms: [])
        }
        let settings = pack.pack.relevance
        let all = [0..<index.allBlocks().count]
        let direct = countDistinctMentions(of: settings.directLexicons, in: all)
        let indirect = countDistinctMentions(of: settings.indirectLexicons, in: all)
        let words = index.wordCount
        var terms: [String: Int] = [:]
        for mention in direct.mentions + indirect.mentions { terms[index.term(mention).lowercased(), default: 0] += 1 }
        let top = terms.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.prefix(8).map { "\($0.key) (\($0.value))" }
        return RelevanceJudgement(
            relevance: settings.judge(direct: direct.count, indirect: indirect.count, words: words),
            directMentions: direct.count, indirectMentions: indirect.count, words: words, topTerms: Array(top)
        )
    }

    // MARK: Articles

    private func findArticleReferences() -> [(article: Int, block: Int)] {
        let blocks = index.allBlocks()
        let legislation = proposal.format == .clml || proposal.format == .akomaNtoso
        if legislation && !blocks.contains(where: { ArticleReferences.mentionsConvention($0.text) }) { return [] }
        var found: [(Int, Int)] = []
        for (number, block) in blocks.enumerated() {
            for reference in ArticleReferences.find(in: block.text) { found.append((reference.article, number)) }
        }
        if !legislation { found += articleFields(blocks) }
        return found
    }

    /// Labels of a field or attribute whose number names a UNCRC article in an impact table:
    /// `<Impact Article="28">`, `<RightsImpact art="22">`, `{"article": 24, "reasoning": ...}`.
    static let articleFieldLabels: Set<String> = ["article", "art", "articlenumber", "uncrcarticle", "articleno"]
    private static let articleFieldKeys = WantedKeys(articleFieldLabels)

    /// An article named by a field refers from the text of the row it labels.
    private func articleFields(_ blocks: [TextIndex.Block]) -> [(Int, Int)] {
        var found: [(Int, Int)] = []
        var places: BlockPlaces?
        func add(_ value: String, row: DocumentNode) {
            guard let article = Self.leadingNumber(value), (1...54).contains(article) else { return }
            if places == nil { places = BlockPlaces(blocks) }
            // The row's own text, or else the block whose text holds the row (a table read
            // as one run of text).
            if let number = places!.firstBlock(inSubtreeOf: row) ?? places!.lastBlock(ofAncestorOf: row) {
                found.append((article, number))
            }
        }
        let keys = Self.articleFieldKeys
        TreeWalk.preorder(proposal.document.root) { node in
            if node.label.utf8.count == 5, node.label.lowercased() == "table" {
                for (row, value) in Self.articleColumnCells(table: node) { add(value, row: row) }
            }
            for attribute in node.attributes where keys.match(attribute.name) != nil {
                add(attribute.value, row: node)
            }
            if keys.match(node.label) != nil, node.children.allSatisfy(\.isInline), let row = node.parent {
                add(node.fullText, row: row)
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
                  let key = StructureVocabulary.key($0.fullText.trimmingCharacters(in: .whitespacesAndNewlines))
                  return articleFieldLabels.contains(key) || key == "uncrcarticles" || key == "articles"
              }) else { return [] }
        return rows.compactMap { row in
            guard row !== header else { return nil }
            let rowCells = cells(row)
            guard column < rowCells.count else { return nil }
            return (row, rowCells[column].fullText.trimmingCharacters(in: .whitespacesAndNewlines))
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
        TreeWalk.preorder(proposal.document.root) { collector.visit($0) }
        return collector.fields
    }

    func evidence(for mention: TextIndex.Mention, note: String? = nil) -> Evidence {
        let block = index.block(mention.block)
        return Evidence(text: index.snippet(mention), location: block.node.location, path: block.node.path, note: note)
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

/// Gathers the values of the wanted fields, node by node in document order: attributes, and
/// the text of leaf elements and members. Only the text of wanted fields is read: a leaf's
/// full text is the costly part.
struct FieldCollector {
    let wanted: WantedKeys
    private(set) var fields: [String: [(value: String, node: DocumentNode)]] = [:]

    init(_ wanted: WantedKeys) { self.wanted = wanted }

    mutating func visit(_ node: DocumentNode) {
        for attribute in node.attributes {
            if let key = wanted.match(attribute.name) { fields[key, default: []].append((attribute.value, node)) }
        }
        if let key = wanted.match(node.label), node.children.allSatisfy(\.isInline), !node.holdsHTML {
            fields[key, default: []].append((node.fullText, node))
        }
    }
}
