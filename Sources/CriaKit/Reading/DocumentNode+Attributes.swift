extension DocumentNode {
    /// One attribute of a node: its name (with any prefix, `xml:lang`) and its value.
    public struct Attribute {
        public let name: String
        private let table: AttributeTable?
        private let index: Int
        private let text: String

        init(name: String, value: String) {
            self.name = name
            self.table = nil
            self.index = 0
            self.text = value
        }

        init(at index: Int, in table: AttributeTable) {
            self.name = table.name(at: index)
            self.table = table
            self.index = index
            self.text = ""
        }

        /// Spelled out when read: XML attribute values are kept as bytes until then.
        public var value: String { table?.value(at: index) ?? text }
    }

    /// A node's attributes in document order.
    public struct Attributes: RandomAccessCollection {
        enum Storage {
            case list([(name: String, value: String)])
            /// Entries `range` of a table shared by the whole document.
            case table(AttributeTable, Range<Int>)
        }

        let storage: Storage

        public var startIndex: Int { 0 }

        public var endIndex: Int {
            switch storage {
            case .list(let list): return list.count
            case .table(_, let range): return range.count
            }
        }

        public subscript(position: Int) -> Attribute {
            switch storage {
            case .list(let list):
                return Attribute(name: list[position].name, value: list[position].value)
            case .table(let table, let range):
                precondition(position >= 0 && position < range.count, "attribute index out of range")
                return Attribute(at: range.lowerBound + position, in: table)
            }
        }
    }
}
