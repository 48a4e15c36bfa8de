extension DocumentNode {
    /// The text runs of a node with children, in order: an array of the node's own, or a
    /// range of the table a reader filled for the whole document, so that a read element
    /// costs no array (and no allocation) of its own for them.
    struct TextRuns: RandomAccessCollection, ExpressibleByArrayLiteral {
        private let own: [TextRun]
        private let table: TextRunTable?
        private let range: Range<Int>

        init(arrayLiteral runs: TextRun...) {
            self.init(runs)
        }

        init(_ runs: [TextRun]) {
            own = runs
            table = nil
            range = 0..<0
        }

        /// Entries `range` of `table`.
        init(_ range: Range<Int>, in table: TextRunTable) {
            own = []
            self.table = table
            self.range = range
        }

        var startIndex: Int { 0 }
        var endIndex: Int { table == nil ? own.count : range.count }

        subscript(position: Int) -> TextRun {
            guard let table else { return own[position] }
            precondition(position >= 0 && position < range.count, "text run index out of range")
            return table[range.lowerBound + position]
        }

        /// The entries of `table` these runs are, if they are.
        func range(in table: TextRunTable) -> Range<Int>? {
            self.table === table ? range : nil
        }
    }

    /// The text runs of one document's elements with children, each element's together.
    final class TextRunTable {
        @exclusivity(unchecked) private var runs = GatheringStack<TextRun>()

        /// Makes room for `count` runs at once, so that a large document's table is not
        /// copied over and over as it grows.
        func reserveCapacity(_ count: Int) {
            runs.reserveCapacity(count)
        }

        subscript(index: Int) -> TextRun {
            runs[index]
        }

        /// Moves the runs from `start` up off `stack` into the table, in order.
        func take(from stack: inout GatheringStack<TextRun>, from start: Int) -> TextRuns {
            let first = runs.count
            runs.append(movingFrom: &stack, from: start)
            return first == runs.count ? [] : TextRuns(first..<runs.count, in: self)
        }
    }
}
