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

    /// The stems as strings, made on first use for a vocabulary read back from the cache:
    /// it holds their UTF-8 (`spellings`) instead, since a check of an ASCII document never
    /// asks for them.
    private var stemStrings: [String]?
    /// Numbers by stem, for the words `asciiIDs` cannot look up (those not spelled in ASCII).
    /// Made on first use: a vocabulary read back from the cache would otherwise hash each of
    /// its thousands of stems into a dictionary that a check of an ASCII document never asks.
    private var idsByStem: [String: Int32]?
    /// Guards `stemStrings` and `idsByStem`.
    private let lock = NSLock()

    /// The stems' UTF-8 of a vocabulary read back from the cache.
    private let readSpellings: StemSpellings?

    /// Every stem's UTF-8, one after another, and where each ends (one past its last byte):
    /// how the matcher's cache keeps the stems.
    var spellings: StemSpellings { readSpellings ?? StemSpellings(stems) }

    struct StemSpellings {
        let bytes: [UInt8]
        let ends: [Int32]

        init(_ stems: [String]) {
            var bytes: [UInt8] = [], ends: [Int32] = []
            ends.reserveCapacity(stems.count)
            for stem in stems {
                bytes.append(contentsOf: stem.utf8)
                ends.append(Int32(bytes.count))
            }
            self.bytes = bytes
            self.ends = ends
        }

        /// Nil unless `ends` rises from 0 to the end of `bytes` without falling.
        init?(bytes: [UInt8], ends: [Int32]) {
            var previous: Int32 = 0
            for end in ends {
                guard end >= previous else { return nil }
                previous = end
            }
            guard Int(previous) == bytes.count else { return nil }
            self.bytes = bytes
            self.ends = ends
        }

        var strings: [String] {
            bytes.withUnsafeBufferPointer { bytes in
                var start = 0
                return ends.map { end in
                    defer { start = Int(end) }
                    return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<Int(end)]), as: UTF8.self)
                }
            }
        }
    }

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
        stemStrings = stems
        readSpellings = nil
        idsByStem = ids
        asciiIDs = ASCIIStemTable(stems: stems)
        flags = stems.map { WordFlags.ofStems[$0] ?? [] }
    }

    /// A vocabulary read back from a cache: the stems, their flags and their table as
    /// another vocabulary held them (`asciiIDs` checked against as many stems), so nothing
    /// is stemmed, looked up or hashed again. Nil if there are not as many flags as stems.
    init?(spellings: StemSpellings, flags: [WordFlags], asciiIDs: ASCIIStemTable) {
        guard flags.count == spellings.ends.count else { return nil }
        count = flags.count
        readSpellings = spellings
        self.flags = flags
        self.asciiIDs = asciiIDs
    }

    /// The stems by number.
    var stems: [String] {
        lock.lock()
        defer { lock.unlock() }
        return lockedStems()
    }

    private func lockedStems() -> [String] {
        if let stemStrings { return stemStrings }
        let made = spellings.strings
        stemStrings = made
        return made
    }

    /// Numbers by stem, made on first use and then kept.
    var ids: [String: Int32] {
        lock.lock()
        defer { lock.unlock() }
        if let idsByStem { return idsByStem }
        var ids: [String: Int32] = [:]
        let stems = lockedStems()
        ids.reserveCapacity(stems.count)
        for (number, stem) in stems.enumerated() { ids[stem] = Int32(number) }
        idsByStem = ids
        return ids
    }

    /// Only the stems with flags.
    static let base = Vocabulary(stems: [])
}
