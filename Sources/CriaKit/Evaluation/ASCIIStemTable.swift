import Foundation

/// Numbers of a vocabulary's stems, looked up by the UTF-8 of an ASCII stem without making
/// a string. Holds every stem that equals some ASCII string: the ASCII ones, and any other
/// whose canonical composition is ASCII (String equality is canonical equivalence), so a
/// lookup finds what `Vocabulary.id(of: String(stem))` finds.
struct ASCIIStemTable: Sendable {
    private let keyBytes: [UInt8]
    /// Where each entry's key starts in `keyBytes`, and its end (one past), and its id.
    private let keyStarts: [Int32]
    private let keyEnds: [Int32]
    private let ids: [Int32]
    /// Open addressing: entry number + 1, or 0 for an empty slot.
    private let slots: [Int32]
    private let seed: UInt64

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
