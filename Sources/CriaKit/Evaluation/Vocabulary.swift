/// The stems a rule pack compares document words with (its lexicon terms and role titles,
/// and the stems with flags), numbered from 0. Built once per pack and shared, read-only, by
/// every thread.
final class Vocabulary: Sendable {
    let stems: [String]
    let flags: [WordFlags]
    let ids: [String: Int32]
    /// `ids` for ASCII stems looked up by their bytes.
    let asciiIDs: ASCIIStemTable

    init(stems: [String]) {
        var stems = stems
        var ids: [String: Int32] = [:]
        ids.reserveCapacity(stems.count + WordFlags.ofStems.count)
        for (number, stem) in stems.enumerated() { ids[stem] = Int32(number) }
        for stem in WordFlags.ofStems.keys.sorted() where ids[stem] == nil {
            ids[stem] = Int32(stems.count)
            stems.append(stem)
        }
        self.stems = stems
        self.ids = ids
        asciiIDs = ASCIIStemTable(ids)
        flags = stems.map { WordFlags.ofStems[$0] ?? [] }
    }

    /// A vocabulary read back from a cache: the stems and their flags as another vocabulary
    /// held them, so no flag is looked up again.
    init(stems: [String], flags: [WordFlags]) {
        var ids: [String: Int32] = [:]
        ids.reserveCapacity(stems.count)
        for (number, stem) in stems.enumerated() { ids[stem] = Int32(number) }
        self.stems = stems
        self.ids = ids
        asciiIDs = ASCIIStemTable(ids)
        self.flags = flags
    }

    /// Only the stems with flags.
    static let base = Vocabulary(stems: [])
}
