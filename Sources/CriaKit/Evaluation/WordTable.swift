/// Every distinct word of a text (one document, or a rule pack's terms) with its stem number
/// and flags, so that each distinct spelling is stemmed once however often it occurs.
///
/// Words are looked up by their UTF-8 bytes, without making a string. Stems of the
/// vocabulary keep the vocabulary's numbers. Reading a document, any other stem is
/// `Token.unknownStem`: nothing in the pack can match it. Building a vocabulary, every new
/// stem gets the next free number. Not shared between threads: each document has its own.
struct WordTable {
    struct Word {
        let stem: Int32
        let flags: WordFlags
    }

    private struct Entry {
        /// `WordTable.prefix` of the word: a word of up to eight bytes is told apart by it
        /// and its length alone, without reading `keyBytes`.
        let prefix: UInt64
        let keyStart: Int
        /// Shorter than the text holding the word, so less than 4 GiB (`TokenReader`).
        let keyLength: UInt32
        let word: Word
    }

    let vocabulary: Vocabulary
    private let numbersNewStems: Bool
    /// Stems met that the vocabulary does not hold, numbered from `vocabulary.count`
    /// (only when numbering new stems).
    private(set) var newStems: [String] = []
    private var newStemIDs: [String: Int32] = [:]
    private var entries: [Entry] = []
    /// Open addressing: the high 32 bits of a word's hash over its entry number + 1, or 0 for
    /// an empty slot, so that most other words are told apart without reading their entry.
    private var slots: [UInt64]
    /// The bytes of every word, one after another.
    private var keyBytes: [UInt8] = []
    /// The hash of each entry's word, for placing it again as the slots grow.
    private var hashes: [UInt64] = []
    /// The seed of `hash` for the words of this table.
    let hashSeed = Self.processSeed
    /// What the tokeniser makes of characters that are one non-ASCII scalar.
    var characterKinds = CharacterKinds()

    /// A table for reading documents against a pack's vocabulary.
    init(vocabulary: Vocabulary) {
        self.init(vocabulary: vocabulary, numbersNewStems: false)
    }

    private init(vocabulary: Vocabulary, numbersNewStems: Bool) {
        self.vocabulary = vocabulary
        self.numbersNewStems = numbersNewStems
        slots = Array(repeating: 0, count: 1024)
    }

    /// A table that numbers every stem it meets: `allStems` becomes a vocabulary.
    static func numberingStems() -> WordTable { WordTable(vocabulary: .base, numbersNewStems: true) }

    /// The number of distinct words read.
    var count: Int { entries.count }

    /// Every stem numbered so far, by number.
    var allStems: [String] { vocabulary.stems + newStems }

    /// The stem spelled out, for any number but `Token.unknownStem`.
    func stem(_ id: Int32) -> String {
        let number = Int(id)
        return number < vocabulary.count ? vocabulary.stems[number] : newStems[number - vocabulary.count]
    }

    private mutating func word(stem: String) -> Word {
        if let id = vocabulary.ids[stem] { return Word(stem: id, flags: vocabulary.flags[Int(id)]) }
        // Every stem with flags is in the vocabulary: a stem outside it has none.
        guard numbersNewStems else { return Word(stem: Token.unknownStem, flags: []) }
        let next = Int32(vocabulary.count + newStems.count)
        func numbered(_ id: inout Int32) -> Int32 {
            if id < 0 { id = next }
            return id
        }
        let id = numbered(&newStemIDs[stem, default: -1])
        if id == next { newStems.append(stem) }
        return Word(stem: id, flags: [])
    }

    /// The word spelled by `bytes[range]`, the UTF-8 of `text` (whose characters the range
    /// bounds); `text` spells it out when it is new.
    mutating func word(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, in text: String) -> Word {
        word(bytes, range, hash: Self.hash(bytes, range, seed: hashSeed), in: text)
    }

    /// `word(bytes, range, in: text)` for a caller that hashed the bytes as it read them:
    /// `hash` is `WordTable.hash(bytes, range, seed: hashSeed)`.
    @inline(__always)
    mutating func word(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, hash: UInt64, in text: String) -> Word {
        word(bytes, range, hash: hash, prefix: Self.prefix(bytes, range), in: text)
    }

    /// `word(bytes, range, hash: hash, in: text)` for a caller that has the word's
    /// `WordTable.prefix` too.
    @inline(__always)
    mutating func word(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, hash: UInt64, prefix: UInt64, in text: String) -> Word {
        if let word = known(bytes, range, hash: hash, prefix: prefix) { return word }
        return add(bytes, range, hash: hash, in: text)
    }

    /// The word spelled by `bytes[range]` if the table holds it, looked up by its hash: slots
    /// with the hash's tag lead to entries whose length and bytes are compared.
    @inline(__always)
    private func known(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, hash: UInt64, prefix: UInt64) -> Word? {
        precondition(range.lowerBound >= 0 && range.upperBound <= bytes.count)
        let length = range.count
        return slots.withUnsafeBufferPointer { slots -> Word? in
            entries.withUnsafeBufferPointer { entries -> Word? in
                // The slot count is a power of two: a slot masked with it is in bounds.
                let mask = slots.count &- 1
                var slot = Int(truncatingIfNeeded: hash) & mask
                while true {
                    let content = slots[slot]
                    if content == 0 { return nil }
                    if (content ^ hash) >> 32 == 0 {
                        let number = Int(truncatingIfNeeded: content & 0xFFFF_FFFF) &- 1
                        precondition(UInt(bitPattern: number) < UInt(bitPattern: entries.count))
                        let entry = entries[number]
                        if Int(entry.keyLength) == length && entry.prefix == prefix
                            && (length <= 8 || Self.sameRest(keyBytes, entry.keyStart, bytes, range))
                        {
                            return entry.word
                        }
                    }
                    slot = (slot &+ 1) & mask
                }
            }
        }
    }

    /// Whether the bytes after the first eight of a word longer than eight bytes are those of
    /// the key (as long as the word) at `keyStart`.
    @inline(__always)
    private static func sameRest(_ keyBytes: [UInt8], _ keyStart: Int, _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        let length = range.count
        guard length <= 16 else { return sameLongRest(keyBytes, keyStart, bytes, range) }
        // The last eight bytes of each (the first eight are equal).
        return keyBytes.withUnsafeBufferPointer { keys in
            let keyEnd = keyStart &+ length
            precondition(keyStart >= 0 && keyEnd <= keys.count && length >= 8 && range.lowerBound >= 0 && range.upperBound <= bytes.count)
            return UnsafeRawPointer(keys.baseAddress! + (keyEnd &- 8)).loadUnaligned(as: UInt64.self)
                == UnsafeRawPointer(bytes.baseAddress! + (range.upperBound &- 8)).loadUnaligned(as: UInt64.self)
        }
    }

    /// `sameRest` of a word longer than sixteen bytes.
    @inline(never)
    private static func sameLongRest(_ keyBytes: [UInt8], _ keyStart: Int, _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        keyBytes.withUnsafeBufferPointer { keys in
            sameBytes(keys, keyStart + 8, bytes, range.lowerBound + 8..<range.upperBound)
        }
    }

    /// The first eight bytes of `bytes[range]` (all of them in a shorter word, the rest 0),
    /// the first in the low byte.
    @inline(__always)
    static func prefix(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> UInt64 {
        precondition(range.lowerBound >= 0 && range.upperBound <= bytes.count)
        let length = Swift.min(range.count, 8)
        guard length > 0 else { return 0 }
        let unused = UInt64(truncatingIfNeeded: (8 &- length) &* 8)
        if range.lowerBound <= bytes.count &- 8 {
            let loaded = UInt64(littleEndian: UnsafeRawPointer(bytes.baseAddress! + range.lowerBound).loadUnaligned(as: UInt64.self))
            return loaded & (UInt64.max &>> unused)
        }
        // Less than eight bytes from the end, so shorter than eight: the eight bytes ending
        // with it, the bytes before it shifted out.
        if range.upperBound >= 8 {
            let loaded = UInt64(littleEndian: UnsafeRawPointer(bytes.baseAddress! + (range.upperBound &- 8)).loadUnaligned(as: UInt64.self))
            return loaded &>> unused
        }
        return prefixNearEnd(bytes, range.lowerBound, length)
    }

    /// `prefix` of the `length` bytes at `start`, too near the end of `bytes` for one load.
    @inline(never)
    private static func prefixNearEnd(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ length: Int) -> UInt64 {
        var value: UInt64 = 0
        var k = start + length
        while k > start {
            k -= 1
            value = value &<< 8 | UInt64(bytes[k])
        }
        return value
    }

    /// Stems a word the table does not hold and adds it in the empty `slot` its probe ended at.
    @inline(never)
    private mutating func add(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, hash: UInt64, in text: String) -> Word {
        precondition(range.count < Int(UInt32.max))
        func spelled() -> Substring {
            let utf8 = text.utf8
            return text[utf8.index(utf8.startIndex, offsetBy: range.lowerBound)..<utf8.index(utf8.startIndex, offsetBy: range.upperBound)]
        }
        let stemmed: Word
        // Reading a document, an ASCII stem is looked up by its bytes, with no string made.
        if !numbersNewStems, let id = Stemmer.withASCIIStem(UnsafeBufferPointer(rebasing: bytes[range]), { vocabulary.asciiIDs.id(of: $0) }) {
            stemmed = id.map { Word(stem: $0, flags: vocabulary.flags[Int($0)]) } ?? Word(stem: Token.unknownStem, flags: [])
        } else {
            stemmed = word(stem: Stemmer.stem(spelled()))
        }
        var flags = stemmed.flags
        if Self.isNumber(bytes, range) ?? TermMatcher.isNumber(spelled()) { flags.insert(.number) }
        let word = Word(stem: stemmed.stem, flags: flags)
        entries.append(
            Entry(
                prefix: Self.prefix(bytes, range), keyStart: keyBytes.count,
                keyLength: UInt32(range.count), word: word))
        keyBytes.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[range]))
        hashes.append(hash)
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        slots[slot] = hash & 0xFFFF_FFFF_0000_0000 | UInt64(entries.count)
        if entries.count * 2 > slots.count { grow() }
        return word
    }

    /// `TermMatcher.isNumber` for an ASCII word (each byte a character of its own: a word
    /// holds no CR LF), and false for any word with an ASCII byte other than a digit or
    /// hyphen (the character holding it starts with it or with a prepend, and neither is a
    /// number); nil for other words.
    private static func isNumber(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool? {
        var ascii = true
        for i in range {
            let byte = bytes[i]
            if byte >= 0x80 {
                ascii = false
            } else if !(byte >= 0x30 && byte <= 0x39) && byte != 0x2D {
                return false
            }
        }
        return ascii ? true : nil
    }

    /// Whether the key at `keyStart` of `keys` (as long as `range`) spells `bytes[range]`,
    /// compared eight bytes at a time.
    @inline(__always)
    private static func sameBytes(_ keys: UnsafeBufferPointer<UInt8>, _ keyStart: Int, _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        let length = range.count
        precondition(keyStart >= 0 && keyStart <= keys.count &- length && range.lowerBound >= 0 && range.upperBound <= bytes.count)
        guard length > 0 else { return true }
        let key = UnsafeRawPointer(keys.baseAddress! + keyStart)
        let word = UnsafeRawPointer(bytes.baseAddress! + range.lowerBound)
        if length <= 8 && keyStart <= keys.count &- 8 && range.lowerBound <= bytes.count &- 8 {
            // A short word in one load from each side, the bytes after it shifted out.
            let unused = UInt64(8 &- length) &* 8
            return UInt64(littleEndian: key.loadUnaligned(as: UInt64.self)) << unused
                == UInt64(littleEndian: word.loadUnaligned(as: UInt64.self)) << unused
        }
        var i = 0
        while i &+ 8 <= length {
            if key.loadUnaligned(fromByteOffset: i, as: UInt64.self) != word.loadUnaligned(fromByteOffset: i, as: UInt64.self) { return false }
            i &+= 8
        }
        while i < length {
            if key.load(fromByteOffset: i, as: UInt8.self) != word.load(fromByteOffset: i, as: UInt8.self) { return false }
            i &+= 1
        }
        return true
    }

    private mutating func grow() {
        let size = slots.count * 2
        var grown = [UInt64](repeating: 0, count: size)
        for (number, hash) in hashes.enumerated() {
            var slot = Int(truncatingIfNeeded: hash) & (size - 1)
            while grown[slot] != 0 { slot = (slot + 1) & (size - 1) }
            grown[slot] = hash & 0xFFFF_FFFF_0000_0000 | UInt64(number + 1)
        }
        slots = grown
    }

    /// The word's bytes eight at a time (`prefix` of each eight, the last padded with zeros),
    /// each mixed into a state from a per-process seed by one multiplication, then the length
    /// and a final mix (half of murmur3's), so that the low bits the table uses depend on
    /// every byte. The seed keeps crafted words from colliding by design. `ASCIIStemTable`
    /// hashes its stems with it too.
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, seed: UInt64) -> UInt64 {
        precondition(range.lowerBound >= 0 && range.upperBound <= bytes.count)
        var state = seed
        var start = range.lowerBound
        while range.upperBound &- start >= 8 {
            state = (state ^ UInt64(littleEndian: UnsafeRawPointer(bytes.baseAddress! + start).loadUnaligned(as: UInt64.self))) &* multiplier
            start &+= 8
        }
        if start < range.upperBound { state = (state ^ prefix(bytes, start..<range.upperBound)) &* multiplier }
        return finishHash(state ^ UInt64(range.count))
    }

    /// `hash` of a word of one to eight bytes, whose `prefix` is given.
    @inline(__always)
    static func shortHash(prefix: UInt64, length: Int, seed: UInt64) -> UInt64 {
        finishHash(((seed ^ prefix) &* multiplier) ^ UInt64(truncatingIfNeeded: length))
    }

    static var multiplier: UInt64 { 0x9E37_79B9_7F4A_7C15 }

    @inline(__always)
    static func finishHash(_ state: UInt64) -> UInt64 {
        var hash = state
        hash ^= hash >> 33
        hash = hash &* 0xFF51_AFD7_ED55_8CCD
        hash ^= hash >> 33
        return hash
    }

    private static let processSeed = UInt64.random(in: 0...UInt64.max) | 1
}
