import Foundation

/// The stems a rule pack compares document words with (its lexicon terms and role titles,
/// and the stems with flags), numbered from 0. Built once per pack and shared, read-only, by
/// every thread.
final class Vocabulary: @unchecked Sendable {
    /// How many stems there are.
    let count: Int
    let flags: [WordFlags]
    /// Numbers of ASCII stems looked up by their bytes: how a document's words find theirs.
    let asciiIDs: ASCIIStemTable
    /// The stems by number. Read back from the cache, they are strings only once asked for
    /// (a word not spelled in ASCII): `asciiIDs` looks up the others by their bytes.
    let stemList: StringList

    /// Numbers by stem, for the words `asciiIDs` cannot look up (those not spelled in ASCII).
    /// Made on first use: a vocabulary read back from the cache would otherwise hash each of
    /// its thousands of stems into a dictionary that a check of an ASCII document never asks.
    private var idsByStem: [String: Int32]?
    private let idsLock = NSLock()

    init(stems: [String]) {
        var stems = stems
        var ids: [String: Int32] = [:]
        ids.reserveCapacity(stems.count + WordFlags.ofStems.count)
        for (number, stem) in stems.enumerated() { ids[stem] = Int32(number) }
        for stem in WordFlags.ofStems.keys.sorted() where ids[stem] == nil {
            ids[stem] = Int32(stems.count)
            stems.append(stem)
        }
        count = stems.count
        stemList = StringList(stems)
        idsByStem = ids
        asciiIDs = ASCIIStemTable(stems: stems)
        flags = stems.map { WordFlags.ofStems[$0] ?? [] }
    }

    /// A vocabulary read back from a cache: the stems, their flags and their table as
    /// another vocabulary held them (`asciiIDs` checked against as many stems), so nothing
    /// is stemmed, looked up or hashed again. Nil if there are not as many flags as stems.
    init?(stemList: StringList, flags: [WordFlags], asciiIDs: ASCIIStemTable) {
        guard flags.count == stemList.count else { return nil }
        count = flags.count
        self.stemList = stemList
        self.flags = flags
        self.asciiIDs = asciiIDs
    }

    var stems: [String] { stemList.strings }

    /// Numbers by stem, made on first use and then kept.
    var ids: [String: Int32] {
        idsLock.lock()
        defer { idsLock.unlock() }
        if let idsByStem { return idsByStem }
        var ids: [String: Int32] = [:]
        ids.reserveCapacity(count)
        for (number, stem) in stems.enumerated() { ids[stem] = Int32(number) }
        idsByStem = ids
        return ids
    }

    /// Only the stems with flags.
    static let base = Vocabulary(stems: [])
}
