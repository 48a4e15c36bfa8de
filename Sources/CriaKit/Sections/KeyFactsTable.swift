/// What the vocabulary knows about one key.
struct KeyFacts {
    var roles: StructureVocabulary.Roles = []
    /// Index in `StructureVocabulary.titleAttributes`, or -1.
    var titleAttributeRank = -1
}

/// An ASCII label's key (`StructureVocabulary.key`: lowercase, without `_`, `-`, `.` and
/// spaces) packed into three words, so that it is looked up with no String and no `Hasher`.
struct PackedKey: Equatable {
    static let capacity = 24

    private var words: (low: UInt64, middle: UInt64, high: UInt64) = (0, 0, 0)
    private var count = 0

    /// Nil when a byte is not ASCII or the key is longer than `capacity`.
    init?(_ label: UnsafeBufferPointer<UInt8>) {
        var count = 0
        let fits = withUnsafeMutableBytes(of: &words) { key -> Bool in
            for byte in label {
                guard byte < 0x80 else { return false }
                if byte == 0x5F || byte == 0x2D || byte == 0x20 || byte == 0x2E { continue }
                guard count < Self.capacity else { return false }
                key[count] = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
                count += 1
            }
            return true
        }
        guard fits else { return nil }
        self.count = count
    }

    static func == (a: PackedKey, b: PackedKey) -> Bool {
        a.words == b.words && a.count == b.count
    }

    /// Multiplicative hashing: the top `bits` bits of the mixed words.
    func slot(bits: Int) -> Int {
        let mixed = (words.low &* 0x9E37_79B9_7F4A_7C15) ^ (words.middle &* 0xC2B2_AE3D_27D4_EB4F)
            ^ (words.high &* 0x1656_67B1_9E37_79F9) ^ UInt64(count)
        return Int(truncatingIfNeeded: (mixed &* 0x9E37_79B9_7F4A_7C15) >> UInt64(64 - bits))
    }
}

/// The vocabulary's keys and their facts, in open addressing on `PackedKey`.
struct KeyFactsTable {
    private static let bits = 9
    private var keys = [PackedKey?](repeating: nil, count: 1 << bits)
    private var values = [KeyFacts](repeating: KeyFacts(), count: 1 << bits)

    /// Facts of a key not in the table are empty.
    func facts(of key: PackedKey) -> KeyFacts {
        var i = key.slot(bits: Self.bits)
        while let present = keys[i] {
            if present == key { return values[i] }
            i = (i + 1) & (keys.count - 1)
        }
        return KeyFacts()
    }

    /// Changes the facts of `key`, adding it (with empty facts) first if it is not there.
    mutating func update(_ key: PackedKey, _ change: (inout KeyFacts) -> Void) {
        var i = key.slot(bits: Self.bits)
        while let present = keys[i], present != key { i = (i + 1) & (keys.count - 1) }
        keys[i] = key
        change(&values[i])
    }
}
