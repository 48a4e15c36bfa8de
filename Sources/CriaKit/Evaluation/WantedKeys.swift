/// Keys (`StructureVocabulary.key`) that a walk over a document's labels looks for, with a
/// test that turns most labels away without making their key.
///
/// An ASCII label's key is its bytes lowercased, less `_`, `-`, spaces and dots, so the key's
/// length and first byte are known from the label's bytes alone; only a label whose key
/// could be wanted has its key made and looked up.
struct WantedKeys {
    let keys: Set<String>
    /// Bit `min(length, 63)` of entry `byte` is set when a wanted key of that length starts
    /// with `byte` (entry 0 for the empty key). Nil when some wanted key is not ASCII: then
    /// every label is looked up.
    private let shapes: [UInt64]?

    init(_ keys: Set<String>) {
        self.keys = keys
        var shapes = [UInt64](repeating: 0, count: 128)
        for key in keys {
            let utf8 = key.utf8
            guard utf8.allSatisfy({ $0 < 0x80 }) else {
                self.shapes = nil
                return
            }
            shapes[Int(utf8.first ?? 0)] |= 1 << UInt64(min(utf8.count, 63))
        }
        self.shapes = shapes
    }

    /// The key of `label` if it is one of the wanted keys.
    func match(_ label: String) -> String? {
        if let shapes, let ruledOut = Self.isRuledOut(label, shapes: shapes), ruledOut { return nil }
        let key = StructureVocabulary.key(label)
        return keys.contains(key) ? key : nil
    }

    /// Whether an ASCII label's key has a length and first byte no wanted key has; nil for
    /// a label that is not ASCII (its key may be anything).
    private static func isRuledOut(_ label: String, shapes: [UInt64]) -> Bool? {
        label.utf8.withContiguousStorageIfAvailable { bytes -> Bool? in
            // A label that starts with an ASCII letter or digit starts its key with it,
            // lowercased, whatever follows: most labels are turned away here, unread.
            if let lead = bytes.first, lead < 0x80, !isDropped(lead), shapes[Int(lowercased(lead))] == 0 { return true }
            var length = 0
            var first: UInt8 = 0
            for byte in bytes {
                guard byte < 0x80 else { return nil }
                if isDropped(byte) { continue }
                if length == 0 { first = lowercased(byte) }
                length += 1
            }
            return shapes[Int(first)] & (1 << UInt64(min(length, 63))) == 0
        } ?? nil
    }

    /// `_`, `-`, space and dot, which keys leave out.
    private static func isDropped(_ byte: UInt8) -> Bool { byte == 0x5F || byte == 0x2D || byte == 0x20 || byte == 0x2E }

    private static func lowercased(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte }
}

/// `WantedKeys.match` with the answers for the labels met so far remembered, for one walk:
/// every node's label and attribute names are matched, and readers intern names, so a name
/// met again is nearly always the same String value, bit for bit (see `LabelRoleMemo`). A
/// slot's answer is used only when its name `==` the one asked about.
struct WantedKeyMemo {
    private static var slotBits: Int { 6 }

    let wanted: WantedKeys
    private var slots: [Slot]

    private struct Slot {
        /// Holding the name keeps its storage, so no other String takes on the same bits.
        var name: String?
        var bits: NameBits
        var key: String?
    }

    private struct NameBits: Equatable {
        let low: UInt64
        let high: UInt64
    }

    init(_ wanted: WantedKeys) {
        self.wanted = wanted
        slots = Array(repeating: Slot(name: nil, bits: NameBits(low: 0, high: 0), key: nil), count: 1 << Self.slotBits)
    }

    mutating func match(_ name: String) -> String? {
        // A String is two words: equal bits are the same small string or the same storage.
        let nameBits = unsafeBitCast(name, to: NameBits.self)
        let mixed = ((nameBits.low &* 0x9E37_79B9_7F4A_7C15) ^ nameBits.high) &* 0xC2B2_AE3D_27D4_EB4F
        let slot = Int(truncatingIfNeeded: mixed >> UInt64(64 - Self.slotBits))
        if slots[slot].bits == nameBits, slots[slot].name != nil { return slots[slot].key }
        let key = wanted.match(name)
        slots[slot] = Slot(name: name, bits: nameBits, key: key)
        return key
    }
}
