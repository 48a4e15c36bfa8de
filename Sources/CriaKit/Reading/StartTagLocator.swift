/// Finds the line:column of an element's start tag from the offset libxml2's cursor had
/// when it reported the element, only when the location is asked for: most elements'
/// locations never are, and counting lines and columns up to every tag cost more than the
/// rest of building the element.
///
/// Keeps the document's bytes (an array shares them rather than copying). Counting resumes
/// from the last answer when a later tag is asked for, and from the nearest checkpoint (an
/// earlier answer) before an earlier one: rules ask for a legislation document's provisions
/// and their mentions once per rule, each pass in document order, and a whole Act is often
/// a few long lines, so starting again from the top cost a scan of the document per pass.
struct StartTagLocator {
    private let bytes: [UInt8]
    /// The parsed source is `bytes[start...]` (after a byte order mark).
    private let start: Int
    private var mark = SourcePositionCounter.Mark()
    /// Marks of earlier answers, in order of offset and at least `checkpointSpacing` bytes
    /// apart: a question about an earlier tag counts from the last one before it.
    private var checkpoints: [SourcePositionCounter.Mark] = []
    private static let checkpointSpacing = 4096

    init(bytes: [UInt8], from start: Int) {
        precondition(start >= 0 && start <= bytes.count, "source start out of range")
        self.bytes = bytes
        self.start = start
    }

    /// Location of the last `<` before offset `end` of the source (a `<` cannot occur
    /// inside a start tag, so for the cursor after one this is its opening).
    mutating func location(ofTagBefore end: Int) -> SourceLocation {
        let start = self.start
        let opening = bytes.withUnsafeBufferPointer { whole in
            let source = UnsafeBufferPointer(rebasing: whole[start...])
            return ByteSearch.lastOffset(of: UInt8(ascii: "<"), in: source, before: min(end, source.count)) ?? 0
        }
        let resumeAt = self.resumePoint(for: opening)
        let (location, reached) = bytes.withUnsafeBufferPointer { whole in
            var counter = SourcePositionCounter(bytes: UnsafeBufferPointer(rebasing: whole[start...]), resumingAt: resumeAt)
            return (counter.location(ofOffset: opening), counter.mark)
        }
        mark = reached
        keepCheckpoint(reached)
        return location
    }

    /// The mark nearest before `offset`: the last answer's, or an earlier checkpoint.
    private func resumePoint(for offset: Int) -> SourcePositionCounter.Mark {
        let checkpoint = lastCheckpoint(atOrBefore: offset).map { checkpoints[$0] } ?? SourcePositionCounter.Mark()
        return mark.byteOffset <= offset && mark.byteOffset > checkpoint.byteOffset ? mark : checkpoint
    }

    /// Position in `checkpoints` of the last mark at or before `offset`.
    private func lastCheckpoint(atOrBefore offset: Int) -> Int? {
        var low = 0, high = checkpoints.count
        while low < high {
            let middle = (low + high) / 2
            if checkpoints[middle].byteOffset <= offset { low = middle + 1 } else { high = middle }
        }
        return low > 0 ? low - 1 : nil
    }

    private mutating func keepCheckpoint(_ reached: SourcePositionCounter.Mark) {
        let before = lastCheckpoint(atOrBefore: reached.byteOffset)
        let previous = before.map { checkpoints[$0].byteOffset } ?? 0
        guard reached.byteOffset - previous >= Self.checkpointSpacing else { return }
        let next = (before ?? -1) + 1
        if next < checkpoints.count, checkpoints[next].byteOffset - reached.byteOffset < Self.checkpointSpacing { return }
        checkpoints.insert(reached, at: next)
    }
}
