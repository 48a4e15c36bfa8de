/// Finds the line:column of an element's start tag from the offset libxml2's cursor had
/// when it reported the element, only when the location is asked for: most elements'
/// locations never are, and counting lines and columns up to every tag cost more than the
/// rest of building the element.
///
/// Keeps the document's bytes (an array shares them rather than copying). Tags are mostly
/// asked for in document order, so the counting resumes from the last answer.
struct StartTagLocator {
    private let bytes: [UInt8]
    /// The parsed source is `bytes[start...]` (after a byte order mark).
    private let start: Int
    private var mark = SourcePositionCounter.Mark()

    init(bytes: [UInt8], from start: Int) {
        precondition(start >= 0 && start <= bytes.count, "source start out of range")
        self.bytes = bytes
        self.start = start
    }

    /// Location of the last `<` before offset `end` of the source (a `<` cannot occur
    /// inside a start tag, so for the cursor after one this is its opening).
    mutating func location(ofTagBefore end: Int) -> SourceLocation {
        let start = self.start
        let resumeAt = mark
        let (location, reached) = bytes.withUnsafeBufferPointer { whole in
            let source = UnsafeBufferPointer(rebasing: whole[start...])
            var counter = SourcePositionCounter(bytes: source, resumingAt: resumeAt)
            let opening = ByteSearch.lastOffset(of: UInt8(ascii: "<"), in: source, before: min(end, source.count)) ?? 0
            return (counter.location(ofOffset: opening), counter.mark)
        }
        mark = reached
        return location
    }
}
