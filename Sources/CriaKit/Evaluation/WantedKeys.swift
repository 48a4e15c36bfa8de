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
            if let lead = bytes.first, lead < 0x80, !isDropped(lead), shapes[Int(lead.asciiLowercased)] == 0 { return true }
            var length = 0
            var first: UInt8 = 0
            for byte in bytes {
                guard byte < 0x80 else { return nil }
                if isDropped(byte) { continue }
                if length == 0 { first = byte.asciiLowercased }
                length += 1
            }
            return shapes[Int(first)] & (1 << UInt64(min(length, 63))) == 0
        } ?? nil
    }

    /// `_`, `-`, space and dot, which keys leave out.
    private static func isDropped(_ byte: UInt8) -> Bool { byte == 0x5F || byte == 0x2D || byte == 0x20 || byte == 0x2E }
}
