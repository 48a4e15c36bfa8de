/// Which of the words relevance counted a proposal says of animals (`RelevanceSettings.animalLexicons`):
/// "cows in the last weeks of pregnancy", "maternity pens for calving", "the Army's equine
/// welfare standard", "newborn lambs".
///
/// A word for a family's circumstances (pregnancy, maternity, welfare, household) or a word with
/// other senses (newborn, kid, nursery, juvenile) belongs to whoever its sentence is about. A
/// sentence that names animals and no people is about the animals, so its words are theirs and
/// reach no child. A sentence that also names people in a word with one sense ("farmers and
/// their families", "children feeding the lambs") keeps its words people's, and a word for
/// children with one sense ("children", "babies") is people's wherever it stands. This is who a
/// sentence is about, read from its words, not a list of traps: whatever the next proposal's
/// animals are, their young and their welfare are not children's.
enum RelevanceAnimals {
    /// The sentences (numbered through the document) about animals alone, or an empty set when
    /// the proposal names no animals (then nothing else is read).
    static func sentences(
        index: TextIndex, settings: RelevanceSettings, otherSenses: Set<String>, in ranges: [Range<Int>], term: (TextIndex.Mention) -> String
    ) -> Set<Int> {
        var animals = index.sentences(holding: settings.animalLexicons, in: ranges)
        guard !animals.isEmpty else { return [] }
        for lexicon in settings.animalPeople {
            for mention in index.mentions(of: lexicon, in: ranges) {
                let sentence = index.sentence(of: mention)
                // "newborn calves" names no person: a word with other senses shows none.
                guard animals.contains(sentence), !otherSenses.contains(RelevanceWordUse.distinctTerm(term(mention))) else { continue }
                animals.remove(sentence)
            }
        }
        return animals
    }
}
