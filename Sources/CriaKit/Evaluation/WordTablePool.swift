import Foundation

/// Word tables filled by documents read against one vocabulary, kept for the next document,
/// so that a word met in an earlier document is not stemmed again. A table holds only what a
/// word's bytes decide (its stem number and flags), so reusing one changes nothing but the
/// work. Shared by the threads reading documents.
final class WordTablePool: @unchecked Sendable {
    /// A table holding more words is not kept: a run over many documents of distinct words
    /// does not hold on to them all.
    static let maximumWords = 1 << 18

    private let vocabulary: Vocabulary
    private let lock = NSLock()
    private var spare: [WordTable] = []

    init(vocabulary: Vocabulary) {
        self.vocabulary = vocabulary
    }

    /// A table that a finished document gave back, or a new one.
    func take() -> WordTable {
        lock.lock()
        let table = spare.popLast()
        lock.unlock()
        return table ?? WordTable(vocabulary: vocabulary)
    }

    /// Keeps a table taken from this pool for the next document.
    func giveBack(_ table: WordTable) {
        guard table.count <= Self.maximumWords && table.vocabulary === vocabulary else { return }
        lock.lock()
        spare.append(table)
        lock.unlock()
    }
}
