import CriaKit

/// One uploaded document's assessment and its text, kept for the result page, its filters
/// and its downloads.
struct CheckedDocument: Sendable {
    let id: String
    let name: String
    let assessment: Assessment
    let view: DocumentView
}

/// The checked documents kept in memory, newest last; the oldest go first once `capacity`
/// are kept. Nothing is ever written to disk. Ids are 128 random bits, so one user cannot
/// guess another's result.
actor ResultStore {
    private var documents: [String: CheckedDocument] = [:]
    private var order: [String] = []
    private let capacity: Int

    init(capacity: Int) { self.capacity = max(1, capacity) }

    func keep(_ document: CheckedDocument) {
        documents[document.id] = document
        order.append(document.id)
        while order.count > capacity { documents[order.removeFirst()] = nil }
    }

    func document(id: String) -> CheckedDocument? { documents[id] }

    static func newID() -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<2).map { _ in
            let digits = String(generator.next() as UInt64, radix: 16)
            return String(repeating: "0", count: 16 - digits.count) + digits
        }.joined()
    }
}
