import Foundation

/// Numbers of a vocabulary's stems, looked up by the UTF-8 of an ASCII stem without making
/// a string. Holds every stem that equals some ASCII string: the ASCII ones, and any other
/// whose canonical composition is ASCII (String equality is canonical equivalence), so a
/// lookup finds what `ids[String(stem)]` finds.
struct ASCIIStemTable: Sendable {
    private let keyBytes: [UInt8]
    /// Where each entry's key starts in `keyBytes`, and its end (one past), and its id.
    private let keyStarts: [Int32]
    private let keyEnds: [Int32]
    private let ids: [Int32]
    /// Open addressing: entry number + 1, or 0 for an empty slot.
    private let slots: [Int32]
    private let seed: UInt64

    init(_ stemIDs: [String: Int32]) {
        let seed = UInt64.random(in: 0...UInt64.max) | 1
        var keyBytes: [UInt8] = [], keyStarts: [Int32] = [], keyEnds: [Int32] = [], ids: [Int32] = []
        keyBytes.reserveCapacity(stemIDs.count * 8)
        keyStarts.reserveCapacity(stemIDs.count)
        keyEnds.reserveCapacity(stemIDs.count)
        ids.reserveCapacity(stemIDs.count)
        for (stem, id) in stemIDs {
            var key = stem
            if !key.utf8.allSatisfy({ $0 < 0x80 }) {
                key = stem.precomposedStringWithCanonicalMapping
                guard key.utf8.allSatisfy({ $0 < 0x80 }) else { continue }
            }
            keyStarts.append(Int32(keyBytes.count))
            keyBytes.append(contentsOf: key.utf8)
            keyEnds.append(Int32(keyBytes.count))
            ids.append(id)
        }
        var size = 16
        while size < ids.count * 2 { size *= 2 }
        var slots = [Int32](repeating: 0, count: size)
        for number in ids.indices {
            let hash = keyBytes.withUnsafeBufferPointer {
                WordTable.hash($0, Int(keyStarts[number])..<Int(keyEnds[number]), seed: seed)
            }
            var slot = Int(truncatingIfNeeded: hash) & (size - 1)
            while slots[slot] != 0 { slot = (slot + 1) & (size - 1) }
            slots[slot] = Int32(number + 1)
        }
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
}
