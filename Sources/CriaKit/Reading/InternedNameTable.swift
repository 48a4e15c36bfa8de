/// Values keyed by the address of a name that libxml2 interned in its dictionary (one
/// address per distinct name in a document). Open addressing on the address itself costs
/// a multiply per lookup, where `Dictionary` would run `Hasher` over the key.
struct InternedNameTable<Value> {
    private var keys: [UnsafeRawPointer?] = Array(repeating: nil, count: 64)
    private var values: [Value?] = Array(repeating: nil, count: 64)
    private var count = 0

    subscript(key: UnsafeRawPointer) -> Value? {
        get {
            var i = slot(of: key)
            while let present = keys[i] {
                if present == key { return values[i] }
                i = (i + 1) & (keys.count - 1)
            }
            return nil
        }
        set {
            guard let newValue else { return }
            if (count + 1) * 2 > keys.count { grow() }
            var i = slot(of: key)
            while let present = keys[i], present != key { i = (i + 1) & (keys.count - 1) }
            if keys[i] == nil { count += 1 }
            keys[i] = key
            values[i] = newValue
        }
    }

    /// Fibonacci hashing: the high bits of the address times 2^64/φ, as many as the
    /// table (a power of two) needs.
    private func slot(of key: UnsafeRawPointer) -> Int {
        let bits = UInt64(UInt(bitPattern: key)) &* 0x9E37_79B9_7F4A_7C15
        return Int(truncatingIfNeeded: bits >> UInt64(64 - keys.count.trailingZeroBitCount))
    }

    private mutating func grow() {
        let oldKeys = keys
        let oldValues = values
        keys = Array(repeating: nil, count: oldKeys.count * 2)
        values = Array(repeating: nil, count: oldKeys.count * 2)
        count = 0
        for (key, value) in zip(oldKeys, oldValues) {
            if let key { self[key] = value }
        }
    }
}
