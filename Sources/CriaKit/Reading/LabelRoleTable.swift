/// Element labels and what a simplifier does with each. Every element of a document is
/// looked up, so the table hashes a label's bytes with one multiply per byte (FNV-1a)
/// where `Set` or `Dictionary` would run `Hasher` over it.
struct LabelRoleTable<Role> {
    private struct Entry {
        let label: String
        let role: Role
    }

    private var entries: [Entry?]
    private let mask: Int

    init(_ roles: [String: Role]) {
        var size = 16
        while size < roles.count * 4 { size *= 2 }
        entries = Array(repeating: nil, count: size)
        mask = size - 1
        for (label, role) in roles {
            var i = Self.hash(label) & mask
            while entries[i] != nil { i = (i + 1) & mask }
            entries[i] = Entry(label: label, role: role)
        }
    }

    subscript(label: String) -> Role? {
        var i = Self.hash(label) & mask
        while let entry = entries[i] {
            if entry.label == label { return entry.role }
            i = (i + 1) & mask
        }
        return nil
    }

    private static func hash(_ label: String) -> Int {
        var label = label
        return label.withUTF8 { bytes in
            var hash: UInt64 = 0xCBF2_9CE4_8422_2325
            for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
            return Int(truncatingIfNeeded: hash >> 32)
        }
    }
}
