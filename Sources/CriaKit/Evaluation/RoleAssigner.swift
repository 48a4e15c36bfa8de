/// Gives each section the roles its title or its content shows.
enum RoleAssigner {
    static func assign(_ proposal: Proposal, index: TextIndex, pack: CompiledPack) {
        let phrasesByFirstWord = pack.phrasesByFirstWord, startsTitlePhrase = pack.startsTitlePhrase
        let roleTitles = pack.roleTitles, contentRoles = pack.contentRoles
        for section in proposal.sections {
            let words = index.titleStems(of: section)
            // Roles are listed most specific first; the first whose title phrase occurs in the
            // title wins, so "Equality impact on children" is `groups`, not also `impact`.
            // Phrases are looked up by their first word.
            var first: Int?
            for (start, word) in words.enumerated() where word >= 0 && Int(word) < startsTitlePhrase.count && startsTitlePhrase[Int(word)] {
                for (role, phrase) in phrasesByFirstWord[word] ?? []
                where start + phrase.count <= words.count
                    && words[start..<(start + phrase.count)].elementsEqual(phrase)
                {
                    first = min(first ?? role, role)
                }
            }
            if let first { section.roles.insert(roleTitles[first].role.name) }
            for role in contentRoles {
                let count = role.lexicon.map { index.countOwnMentions(of: $0, in: section) } ?? 0
                if count >= role.atLeast { section.roles.insert(role.name) }
            }
        }
    }
}
