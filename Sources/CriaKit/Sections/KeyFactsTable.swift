/// What the vocabulary knows about one key.
struct KeyFacts {
    var roles: StructureVocabulary.Roles = []
    /// Index in `StructureVocabulary.titleAttributes`, or -1.
    var titleAttributeRank = -1
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
