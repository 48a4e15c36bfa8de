/// Something a finding rests on: a quoted passage and where it is.
public struct Evidence: Sendable, Equatable {
    public let text: String
    public let location: SourceLocation
    public let path: String
    public let note: String?

    public init(text: String, location: SourceLocation, path: String, note: String? = nil) {
        self.text = text
        self.location = location
        self.path = path
        self.note = note
    }

    /// The note of evidence that says what a condition looked for and how much it found
    /// ("looked for an effect statement ...: 1 found"): a search, not a line of the document.
    public static let searchNote = "not found"

    public var isSearch: Bool { note == Self.searchNote }
}

/// Evidence quoted once, in the order found: once per `path|text`.
func unique(_ evidence: [Evidence]) -> [Evidence] {
    if evidence.count < 2 { return evidence }
    // Lists are short: compared pairwise, without joining and hashing strings. With no `|`
    // in either path, two `path|text` are equal just when their paths and texts are.
    if evidence.count <= 16, !evidence.contains(where: { $0.path.utf8.contains(UInt8(ascii: "|")) }) {
        var kept: [Evidence] = []
        kept.reserveCapacity(evidence.count)
        for item in evidence where !kept.contains(where: { $0.path == item.path && $0.text == item.text }) {
            kept.append(item)
        }
        return kept
    }
    var seen = Set<String>()
    return evidence.filter { seen.insert("\($0.path)|\($0.text)").inserted }
}
