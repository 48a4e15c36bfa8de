/// What the tokeniser, the term matcher and negation need to know about a word besides its
/// stem, worked out once per distinct word.
struct WordFlags: OptionSet, Sendable {
    let rawValue: UInt16

    /// Starts a new clause ("but", "however").
    static let clauseBreak = WordFlags(rawValue: 1 << 0)
    /// A full stop after it does not end the sentence ("Art.", "e.g.").
    static let abbreviation = WordFlags(rawValue: 1 << 1)
    /// Digits and hyphens only: a count the term matcher may skip inside a phrase.
    static let number = WordFlags(rawValue: 1 << 2)
    static let negationCue = WordFlags(rawValue: 1 << 3)
    static let effect = WordFlags(rawValue: 1 << 4)
    static let hedge = WordFlags(rawValue: 1 << 5)
    static let relativePronoun = WordFlags(rawValue: 1 << 6)
    static let auxiliary = WordFlags(rawValue: 1 << 7)
    static let comparativeQualifier = WordFlags(rawValue: 1 << 8)
    /// "unaffected", "unaffect".
    static let unaffected = WordFlags(rawValue: 1 << 9)

    init(rawValue: UInt16) { self.rawValue = rawValue }

    init(word: Substring, stem: String) {
        self = Negation.flags(ofStem: stem)
        if Tokenizer.clauseBreakWords.contains(stem) { insert(.clauseBreak) }
        if Tokenizer.abbreviations.contains(stem) { insert(.abbreviation) }
        if TermMatcher.isNumber(word) { insert(.number) }
    }
}

/// The stems a rule pack compares document words with (its lexicon terms and role titles),
/// numbered from 0. Built once per pack and shared, read-only, by every thread.
final class Vocabulary: Sendable {
    let stems: [String]
    let ids: [String: Int32]

    init(stems: [String]) {
        self.stems = stems
        var ids: [String: Int32] = [:]
        ids.reserveCapacity(stems.count)
        for (number, stem) in stems.enumerated() { ids[stem] = Int32(number) }
        self.ids = ids
    }

    static let empty = Vocabulary(stems: [])
}

/// Every distinct word of a text (one document, or a rule pack's terms) with its stem number
/// and flags, so that each distinct spelling is stemmed once however often it occurs.
///
/// Words are looked up by their UTF-8 bytes, without making a string. Stems of the
/// vocabulary keep the vocabulary's numbers; any other stem gets the next free number.
/// Not shared between threads: each document has its own.
struct WordTable {
    struct Word {
        let stem: Int32
        let flags: WordFlags
    }

    private struct Entry {
        let hash: UInt64
        let keyStart: Int
        let keyLength: Int
        let word: Word
    }

    let vocabulary: Vocabulary
    /// Stems met that the vocabulary does not hold, numbered from `vocabulary.stems.count`.
    private(set) var newStems: [String] = []
    private var newStemIDs: [String: Int32] = [:]
    private var entries: [Entry] = []
    /// Open addressing: entry number + 1, or 0 for an empty slot.
    private var slots: [Int32]
    /// The bytes of every word, one after another.
    private var keyBytes: [UInt8] = []
    private let seed = Self.processSeed

    init(vocabulary: Vocabulary) {
        self.vocabulary = vocabulary
        slots = Array(repeating: 0, count: 1024)
    }

    /// The stem spelled out, for any number this table or its vocabulary gave.
    func stem(_ id: Int32) -> String {
        let number = Int(id)
        return number < vocabulary.stems.count ? vocabulary.stems[number] : newStems[number - vocabulary.stems.count]
    }

    /// The number of a stem, giving it the next free number if it is new.
    mutating func id(ofStem stem: String) -> Int32 {
        if let id = vocabulary.ids[stem] ?? newStemIDs[stem] { return id }
        let id = Int32(vocabulary.stems.count + newStems.count)
        newStems.append(stem)
        newStemIDs[stem] = id
        return id
    }

    /// The word spelled by `bytes[range]`; `text` makes it as a string when it is new.
    mutating func word(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, text: () -> Substring) -> Word {
        let hash = Self.hash(bytes, range, seed: seed)
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        let length = range.count
        while slots[slot] != 0 {
            let entry = entries[Int(slots[slot]) - 1]
            if entry.hash == hash && entry.keyLength == length && sameBytes(entry.keyStart, bytes, range) {
                return entry.word
            }
            slot = (slot + 1) & mask
        }
        let spelled = text()
        let stem = Stemmer.stem(spelled)
        let word = Word(stem: id(ofStem: stem), flags: WordFlags(word: spelled, stem: stem))
        entries.append(Entry(hash: hash, keyStart: keyBytes.count, keyLength: length, word: word))
        keyBytes.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[range]))
        slots[slot] = Int32(entries.count)
        if entries.count * 2 > slots.count { grow() }
        return word
    }

    private func sameBytes(_ keyStart: Int, _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        var key = keyStart
        for i in range {
            if keyBytes[key] != bytes[i] { return false }
            key += 1
        }
        return true
    }

    private mutating func grow() {
        let size = slots.count * 2
        var grown = [Int32](repeating: 0, count: size)
        for (number, entry) in entries.enumerated() {
            var slot = Int(truncatingIfNeeded: entry.hash) & (size - 1)
            while grown[slot] != 0 { slot = (slot + 1) & (size - 1) }
            grown[slot] = Int32(number + 1)
        }
        slots = grown
    }

    /// FNV-1a from a per-process seed, then a final mix (murmur3's) so that the low bits the
    /// table uses depend on every byte. The seed keeps crafted words from colliding by design.
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, seed: UInt64) -> UInt64 {
        var hash = seed
        for i in range { hash = (hash ^ UInt64(bytes[i])) &* 0x100_0000_01B3 }
        hash ^= hash >> 33
        hash = hash &* 0xFF51_AFD7_ED55_8CCD
        hash ^= hash >> 33
        hash = hash &* 0xC4CE_B9FE_1A85_EC53
        hash ^= hash >> 33
        return hash
    }

    private static let processSeed = UInt64.random(in: 0...UInt64.max) | 1
}
