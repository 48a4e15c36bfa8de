/// Groups of children a proposal names by their ages: "cadets aged 12 to 17", "learners aged
/// 14 to 16", "users under 18". Once a proposal says so, its other sentences about cadets are
/// about children, whatever the word. Found at the age markers the index found ("aged",
/// "under 18"), from the word before the marker and the ages after it.
enum NamedGroups {
    /// Words too general to stand for a group of children everywhere in a proposal.
    static let general: Set<String> = ["people", "persons", "person", "those", "individuals", "adults", "all", "men", "women", "anyone", "everyone", "children", "child"]
    /// Units of time before a share name no group: "trains 430 apprentices a year, nearly all
    /// aged 16 or 17" is about the apprentices, not the year.
    static let timeWords: Set<String> = ["year", "month", "week", "day", "term", "annum", "session"]
    static let adulthood = 18

    /// The group words (lowercased, without a plural "s") a proposal defines by age.
    static func find(_ index: TextIndex, markers: [String]) -> Set<String> {
        var found = Set<String>()
        for lexicon in markers {
            for mention in index.matcher.index(of: lexicon).map({ index.mentions[$0] }) ?? [] {
                let block = index.block(mention.block)
                guard mention.start > 0, isChildhood(block, after: mention) else { continue }
                let word = singular(String(block.tokens[groupWord(block, before: mention)].original(in: block.text)).lowercased())
                if !general.contains(word) && !timeWords.contains(word) && word.count > 2 && !word.allSatisfy(\.isNumber) { found.insert(word) }
            }
        }
        return found
    }

    /// Words that say how many of a group an age band covers: "780 learners, almost all aged
    /// 16 to 18", "apprentices, mostly aged 16 or 17". The group is the word before them.
    static let shares: Set<String> = ["all", "almost", "nearly", "mostly", "mainly", "most", "largely", "typically", "usually", "generally", "predominantly"]

    /// The position of the word an age marker describes: the word before it, or before the
    /// words of a share in between ("learners, almost all aged 16 to 18"), in its sentence.
    private static func groupWord(_ block: TextIndex.Block, before mention: TextIndex.Mention) -> Int {
        let sentence = block.tokens[mention.start].sentence
        var position = mention.start - 1
        while position > 0, mention.start - position <= 3, block.tokens[position - 1].sentence == sentence,
            shares.contains(block.tokens[position].original(in: block.text).lowercased())
        {
            position -= 1
        }
        return position
    }

    /// The sentences (by number) in which a general word for people is given a child's ages
    /// ("people aged 13 to 17", "anyone under 16", "those aged 14 to 17"): each such band
    /// names children where it stands, though the word does not everywhere else. A band
    /// open upwards ("aged 16 or over") speaks of adults as much as of children and is left
    /// out. `mentions`: how many there are outside titles, as relevance counts them.
    /// `named`: where words for children already name them, as `[block, end]` ("young people
    /// aged 11 to 17" is counted once, by "young people").
    static func childBands(_ index: TextIndex, markers: [String], named: Set<[Int]>) -> (sentences: Set<Int>, mentions: Int) {
        var sentences = Set<Int>(), mentions = 0
        for lexicon in markers {
            for mention in index.matcher.index(of: lexicon).map({ index.mentions[$0] }) ?? [] {
                let block = index.block(mention.block)
                guard mention.start > 0, isChildhood(block, after: mention), !isOpenUpwards(block, after: mention) else { continue }
                let word = singular(String(block.tokens[groupWord(block, before: mention)].original(in: block.text)).lowercased())
                guard general.contains(word), !["adult", "men", "women", "children", "child"].contains(word),
                    !named.contains([mention.block, mention.start])
                else { continue }
                sentences.insert(block.tokens[mention.start].sentence)
                if !block.isTitle { mentions += 1 }
            }
        }
        return (sentences, mentions)
    }

    /// "aged 16 or over", "aged 16 and above", "16 or older", "aged 16+".
    private static func isOpenUpwards(_ block: TextIndex.Block, after mention: TextIndex.Mention) -> Bool {
        let sentence = block.tokens[mention.start].sentence
        for position in mention.start..<min(block.tokens.count, mention.end + 5) where block.tokens[position].sentence == sentence {
            let word = block.tokens[position].original(in: block.text).lowercased()
            if ["over", "above", "older", "plus"].contains(word) || word.hasSuffix("+") { return true }
        }
        return false
    }

    /// The sentences (by number) that give an age band of adults only ("adults aged 18 to
    /// 35", "aged 18 or over") and no band of children: a word for young people there
    /// ("Youth Mobility Scheme", "young people aged 18 to 24") does not name children, who
    /// are under 18 (UNCRC Art 1).
    static func adultSentences(_ index: TextIndex, markers: [String]) -> Set<Int> {
        var adult = Set<Int>(), childhood = Set<Int>()
        for lexicon in markers {
            for mention in index.matcher.index(of: lexicon).map({ index.mentions[$0] }) ?? [] {
                let block = index.block(mention.block)
                let sentence = block.tokens[mention.start].sentence
                // "under 18" holds its age but speaks of those below it.
                let first = block.tokens[mention.start].original(in: block.text).lowercased()
                if first == "under" || first == "below" || isChildhood(block, after: mention) {
                    childhood.insert(sentence)
                } else if let youngest = numbers(block, after: mention).min(), youngest >= adulthood {
                    adult.insert(sentence)
                }
            }
        }
        return adult.subtracting(childhood)
    }

    /// Whether the ages after a marker are all under 18 ("aged 12 to 17", "under 16").
    private static func isChildhood(_ block: TextIndex.Block, after mention: TextIndex.Mention) -> Bool {
        let ages = numbers(block, after: mention)
        return !ages.isEmpty && ages.allSatisfy { $0 <= adulthood } && ages.contains { $0 < adulthood }
    }

    /// The numbers in and just after a marker (the marker itself may hold the age: "under 18").
    private static func numbers(_ block: TextIndex.Block, after mention: TextIndex.Mention) -> [Int] {
        var ages: [Int] = []
        for position in mention.start..<min(block.tokens.count, mention.end + 4) {
            if let number = Int(block.tokens[position].original(in: block.text).prefix { $0.isNumber }) { ages.append(number) }
        }
        return ages
    }

    /// The ages that follow a word for children: `.adults` when all are adult ("young people
    /// aged 18 to 24", "youth aged 18-25", "young people between 19 and 21"), `.children` when
    /// one is a child's ("care leavers aged 17 to 21", "under 18", "up to 19"), nil when no age
    /// follows.
    enum Ages { case adults, children }

    static func ages(_ block: TextIndex.Block, after mention: TextIndex.Mention) -> Ages? {
        var ages: [Int] = []
        let sentence = block.tokens[mention.start].sentence
        // Most mentions are followed by a word that opens with a letter other than a or b, so
        // neither "age…" nor "between" nor a number: told from its first byte, before the word
        // is made a lowercased String (1,600 instructions a mention).
        if mention.end < block.tokens.count, block.tokens[mention.end].sentence == sentence {
            let utf8 = block.text.utf8
            let first = utf8[utf8.index(utf8.startIndex, offsetBy: block.tokens[mention.end].start)] | 0x20
            if first > 0x62 && first <= 0x7A { return nil }
        }
        for position in mention.end..<min(block.tokens.count, mention.end + 5) where block.tokens[position].sentence == sentence {
            let word = block.tokens[position].original(in: block.text).lowercased()
            if ages.isEmpty, position == mention.end, !word.hasPrefix("age") && word != "between" && !word.first!.isNumber { return nil }
            if ["under", "below", "younger", "up", "less"].contains(word) { return .children }
            // "18-24" may be read as one word: each run of digits is an age.
            ages += word.split { !$0.isNumber }.compactMap { Int($0) }
        }
        guard !ages.isEmpty else { return nil }
        return ages.allSatisfy { $0 >= adulthood && $0 < 120 } ? .adults : .children
    }

    static func singular(_ word: String) -> String {
        word.hasSuffix("s") && word.count > 3 && !word.hasSuffix("ss") ? String(word.dropLast()) : word
    }

    /// The sentences (by number) that mention one of the groups, and how many mentions there
    /// are in all (outside titles, as relevance counts them).
    static func sentences(mentioning groups: Set<String>, in index: TextIndex) -> (sentences: Set<Int>, mentions: Int) {
        guard !groups.isEmpty else { return ([], 0) }
        let lengths = Set(groups.flatMap { [$0.utf8.count, $0.utf8.count + 1] })
        let firstBytes = Set(groups.compactMap { $0.utf8.first })
        var sentences = Set<Int>()
        var mentions = 0
        for block in index.allBlocks() {
            let utf8 = block.text.utf8
            for token in block.tokens where lengths.contains(token.end - token.start) {
                // Most tokens differ in their first letter: only the others are made a string.
                let first = utf8[utf8.index(utf8.startIndex, offsetBy: token.start)]
                guard firstBytes.contains(first.asciiLowercased) else { continue }
                let word = singular(String(token.original(in: block.text)).lowercased())
                if groups.contains(word) {
                    sentences.insert(token.sentence)
                    if !block.isTitle { mentions += 1 }
                }
            }
        }
        return (sentences, mentions)
    }
}
