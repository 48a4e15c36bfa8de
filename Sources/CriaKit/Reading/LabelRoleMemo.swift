/// A `LabelRoleTable` with the roles of the labels met so far remembered, for one walk over
/// one document (see `StringBitsMemo`).
struct LabelRoleMemo<Role> {
    private let table: LabelRoleTable<Role>
    private var memo = StringBitsMemo<Role?>()

    init(_ table: LabelRoleTable<Role>) {
        self.table = table
    }

    subscript(label: String) -> Role? {
        mutating get {
            if let role = memo.remembered(label) { return role }
            let role = table[label]
            memo.remember(role, for: label)
            return role
        }
    }
}
