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
    /// Field values by key: those of the keys the pack asks for, gathered in one walk on first use.
    private lazy var packFields: [String: [(value: String, node: DocumentNode)]] = collectFields(keys: pack.fieldKeys)
    private var otherFields: [String: [(value: String, node: DocumentNode)]] = [:]

    init(proposal: Proposal, pack: CompiledPack) {
        self.proposal = proposal
        self.pack = pack
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
        return found
    }

    // MARK: Fields

    /// Values of the fields with this key (`StructureVocabulary.key`): attributes, and the
    /// text of leaf elements and members, in document order. Keys the pack's rules and the
    /// screening check read are gathered together; any other key is gathered when asked.
    func fields(_ key: String) -> [(value: String, node: DocumentNode)] {
        if pack.fieldKeys.contains(key) { return packFields[key] ?? [] }
        if let found = otherFields[key] { return found }
        let found = collectFields(keys: [key])[key] ?? []
        otherFields[key] = found
        return found
    }

    /// Only the text of wanted fields is gathered: a leaf's full text is the costly part.
    private func collectFields(keys: Set<String>) -> [String: [(value: String, node: DocumentNode)]] {
        var fields: [String: [(String, DocumentNode)]] = [:]
        proposal.document.root.walk { node in
            for attribute in node.attributes {
                let key = StructureVocabulary.key(attribute.name)
                if keys.contains(key) { fields[key, default: []].append((attribute.value, node)) }
            }
            if node.children.allSatisfy(\.isInline) && !node.holdsHTML {
                let key = StructureVocabulary.key(node.label)
                if keys.contains(key) { fields[key, default: []].append((node.fullText, node)) }
            }
        }
        return fields
    }

    func evidence(for mention: TextIndex.Mention, note: String? = nil) -> Evidence {
        let block = index.block(mention.block)
        return Evidence(text: index.snippet(mention), location: block.node.location, path: block.node.path, note: note)
    }
}
