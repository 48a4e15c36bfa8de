import Foundation

/// Numbers of a vocabulary's stems, looked up by the UTF-8 of an ASCII stem without making
/// a string. Holds every stem that equals some ASCII string: the ASCII ones, and any other
/// whose canonical composition is ASCII (String equality is canonical equivalence), so a
/// lookup finds what `Vocabulary.id(of: String(stem))` finds.
struct ASCIIStemTable: Sendable {
    // Read by `PackEncoder.asciiStemTable`: the matcher's cache keeps the table as it is.
    let keyBytes: [UInt8]
    /// Where each entry's key starts in `keyBytes`, and its end (one past), and its id.
    let keyStarts: [Int32]
    let keyEnds: [Int32]
    let ids: [Int32]
    /// Open addressing: entry number + 1, or 0 for an empty slot.
    let slots: [Int32]
    let seed: UInt64

    /// The table of `stems`, each numbered by its place: they must be distinct strings, as a
    /// vocabulary's are.
    init(stems: [String]) {
        let seed = UInt64.random(in: 0...UInt64.max) | 1
        var size = 16
        while size < stems.count * 2 { size *= 2 }
        // A builder value rather than a local function capturing the arrays, which would be
        // checked for exclusive access on every key.
        var builder = Builder(seed: seed, size: size, count: stems.count)
        for (number, stem) in stems.enumerated() {
            let id = Int32(number)
            var key = stem
            let isASCII = key.withUTF8 { bytes in
                guard bytes.allSatisfy({ $0 < 0x80 }) else { return false }
                builder.add(bytes, id: id)
                return true
            }
            if isASCII { continue }
            key = stem.precomposedStringWithCanonicalMapping
            key.withUTF8 { bytes in
                if bytes.allSatisfy({ $0 < 0x80 }) { builder.add(bytes, id: id) }
            }
        }
        let (keyBytes, keyStarts, keyEnds, ids, slots) = (builder.keyBytes, builder.keyStarts, builder.keyEnds, builder.ids, builder.slots)
        self.seed = seed
        self.keyBytes = keyBytes
        self.keyStarts = keyStarts
        self.keyEnds = keyEnds
        self.ids = ids
        self.slots = slots
    }

    /// A table as another one held it (read back from the matcher's cache), or nil unless
    /// every entry is in `keyBytes` and numbers one of `stemCount` stems and every slot
    /// names an entry or none, with one slot empty at least: a lookup then reads nothing
    /// out of bounds and ends.
    init?(keyBytes: [UInt8], keyStarts: [Int32], keyEnds: [Int32], ids: [Int32], slots: [Int32], seed: UInt64, stemCount: Int) {
        let entries = ids.count
        guard keyStarts.count == entries, keyEnds.count == entries, slots.count > 0, slots.count & (slots.count - 1) == 0 else { return nil }
        for entry in 0..<entries {
            let start = keyStarts[entry], end = keyEnds[entry], id = ids[entry]
            guard start >= 0, start <= end, Int(end) <= keyBytes.count, id >= 0, Int(id) < stemCount else { return nil }
        }
        var empty = 0
        for slot in slots {
            guard slot >= 0, Int(slot) <= entries else { return nil }
            if slot == 0 { empty += 1 }
        }
        guard empty > 0 else { return nil }
        self.keyBytes = keyBytes
        self.keyStarts = keyStarts
        self.keyEnds = keyEnds
        self.ids = ids
        self.slots = slots
        self.seed = seed
    }

    /// The number of the stem spelled by `stem`, if the vocabulary holds it.
    func id(of stem: UnsafeBufferPointer<UInt8>) -> Int32? {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: WordTable.hash(stem, 0..<stem.count, seed: seed)) & mask
        return keyBytes.withUnsafeBufferPointer { keys -> Int32? in
            while slots[slot] != 0 {
                let number = Int(slots[slot]) - 1
                let start = Int(keyStarts[number]), end = Int(keyEnds[number])
                if end - start == stem.count && UnsafeBufferPointer(rebasing: keys[start..<end]).elementsEqual(stem) {
                    return ids[number]
                }
                slot = (slot + 1) & mask
            }
            return nil
        }
    }

    private struct Builder {
        let seed: UInt64
        let size: Int
        var keyBytes: [UInt8] = [], keyStarts: [Int32] = [], keyEnds: [Int32] = [], ids: [Int32] = []
        var slots: [Int32]

        init(seed: UInt64, size: Int, count: Int) {
            self.seed = seed
            self.size = size
            slots = [Int32](repeating: 0, count: size)
            keyBytes.reserveCapacity(count * 8)
            keyStarts.reserveCapacity(count)
            keyEnds.reserveCapacity(count)
            ids.reserveCapacity(count)
        }

        /// Appends a key and places it, in one pass over its bytes.
        mutating func add(_ key: UnsafeBufferPointer<UInt8>, id: Int32) {
            keyStarts.append(Int32(keyBytes.count))
            keyBytes.append(contentsOf: key)
            keyEnds.append(Int32(keyBytes.count))
            ids.append(id)
            var slot = Int(truncatingIfNeeded: WordTable.hash(key, 0..<key.count, seed: seed)) & (size - 1)
            while slots[slot] != 0 { slot = (slot + 1) & (size - 1) }
            slots[slot] = Int32(ids.count)
        }
    }
}
