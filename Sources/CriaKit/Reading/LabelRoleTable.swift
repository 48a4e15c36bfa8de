/// Element labels and what a simplifier does with each. Every element of a document is
/// looked up, so the table hashes a label's bytes with one multiply per byte (FNV-1a,
/// `StableHash`) where `Set` or `Dictionary` would run `Hasher` over it.
struct LabelRoleTable<Role> {
    /// Open addressing; an empty label marks a free slot (element names are never empty).
    private var labels: [String]
    private var roles: [Role?]
    private let mask: Int

    init(_ table: [String: Role]) {
        var size = 16
        while size < table.count * 4 { size *= 2 }
        labels = Array(repeating: "", count: size)
        roles = Array(repeating: nil, count: size)
        mask = size - 1
        for (label, role) in table where !label.isEmpty {
            var i = Self.hash(label) & mask
            while !labels[i].isEmpty { i = (i + 1) & mask }
            labels[i] = label
            roles[i] = role
        }
    }

    subscript(label: String) -> Role? {
        var i = Self.hash(label) & mask
        while !labels[i].isEmpty {
            if labels[i] == label { return roles[i] }
            i = (i + 1) & mask
        }
        return nil
    }

    private static func hash(_ label: String) -> Int {
        var hash = StableHash()
        hash.add(label)
        return Int(truncatingIfNeeded: hash.value >> 32)
    }
}
