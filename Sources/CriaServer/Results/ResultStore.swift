/// The checked documents kept in memory, newest last; the oldest go first once `capacity`
/// are kept or they hold more than `maxBytes` (the newest is always kept). Nothing is ever
/// written to disk. Ids are 128 random bits, so one user cannot guess another's result.
actor ResultStore {
    private var documents: [String: CheckedDocument] = [:]
    private var order: [(id: String, bytes: Int)] = []
    private var bytes = 0
    private let capacity: Int
    private let maxBytes: Int

    init(capacity: Int, maxBytes: Int) {
        self.capacity = max(1, capacity)
        self.maxBytes = maxBytes
    }

    func keep(_ document: CheckedDocument) {
        let size = document.approximateBytes
        documents[document.id] = document
        order.append((document.id, size))
        bytes += size
        while order.count > capacity || (bytes > maxBytes && order.count > 1) {
            let oldest = order.removeFirst()
            documents[oldest.id] = nil
            bytes -= oldest.bytes
        }
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
