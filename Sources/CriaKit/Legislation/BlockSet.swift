/// A set of a provision's text blocks, kept as one flag per block of its range: the blocks a
/// provision speaks of a child in are asked about once per mention and topic, and a long
/// provision (a whole scheduled convention) has thousands, which a `Set<Int>` hashed each time
/// (about 20M instructions over the bench corpus).
struct BlockSet {
    let range: Range<Int>
    private var flags: [Bool]

    /// No block of the range, or every one.
    init(_ range: Range<Int>, all: Bool = false) {
        self.range = range
        flags = Array(repeating: all, count: range.count)
    }

    mutating func insert(_ block: Int) {
        guard range.contains(block) else { return }
        flags[block - range.lowerBound] = true
    }

    func contains(_ block: Int) -> Bool {
        range.contains(block) && flags[block - range.lowerBound]
    }
}
