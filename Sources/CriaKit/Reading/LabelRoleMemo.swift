/// A `LabelRoleTable` with the roles of the labels met so far remembered, for one walk over
/// one document: every element's label is looked up, and a remembered role costs less than
/// hashing the label's bytes again.
///
/// Readers intern names, so a label met again is nearly always the same String value, bit for
/// bit. Its slot is found from those bits, with no hashing of its bytes, and a slot's role is
/// used only when its label `==` the one asked about (which compares the bits before any
/// byte). A label whose slot is taken by another replaces it; roles never depend on the slot.
struct LabelRoleMemo<Role> {
    private static var slotBits: Int { 6 }

    private let table: LabelRoleTable<Role>
    /// Each slot's label, and its bits; a slot's role is that label's. Holding the label keeps
    /// its storage, so no other String can take on the same bits meanwhile.
    private var labels: [String?]
    private var bits: [LabelBits]
    private var roles: [Role?]

    private struct LabelBits: Equatable {
        let low: UInt64
        let high: UInt64
    }

    init(_ table: LabelRoleTable<Role>) {
        self.table = table
        let count = 1 << Self.slotBits
        labels = Array(repeating: nil, count: count)
        bits = Array(repeating: LabelBits(low: 0, high: 0), count: count)
        roles = Array(repeating: nil, count: count)
    }

    subscript(label: String) -> Role? {
        mutating get {
            // A String is two words: equal bits are the same small string or the same storage.
            let labelBits = unsafeBitCast(label, to: LabelBits.self)
            let mixed = ((labelBits.low &* 0x9E37_79B9_7F4A_7C15) ^ labelBits.high) &* 0xC2B2_AE3D_27D4_EB4F
            let slot = Int(truncatingIfNeeded: mixed >> UInt64(64 - Self.slotBits))
            if bits[slot] == labelBits, labels[slot] != nil { return roles[slot] }
            let role = table[label]
            labels[slot] = label
            bits[slot] = labelBits
            roles[slot] = role
            return role
        }
    }
}
