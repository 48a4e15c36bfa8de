/// The paths of one document's elements, kept as steps (`/section[3]`: a label and a
/// number) that each point at their parent's entry, so that a path is spelled out only for
/// the nodes whose path is asked for, and a deep document's paths take linear rather than
/// quadratic memory. Likewise each element's location, found only when asked for.
///
/// The table also holds the rest of what a read document's elements keep outside their
/// nodes (attribute values, text runs, namespaces), so that a node refers to its document
/// through this one table and costs fewer counted references to make and to free.
final class PathTable {
    /// 32-bit fields: a document is far smaller than 2 GiB (`ReadLimits`, and the XML
    /// reader refuses larger input).
    private struct Entry {
        let parent: Int32
        let label: Int32
        /// 1-based; 0 for a step without a number (the root).
        let number: Int32
        /// The source offset from which `tags` finds the element's start tag, or -1 if the
        /// location was given (in `givenLocations`) or is unknown.
        let tagEnd: Int32
        /// Index in `namespaces`, or -1.
        let namespace: Int32
    }

    /// The UTF-8 of each label, copied into paths as it is.
    @exclusivity(unchecked) private var labels: [[UInt8]] = []
    @exclusivity(unchecked) private var entries: [Entry] = []
    @exclusivity(unchecked) private var tags: StartTagLocator?
    @exclusivity(unchecked) private var givenLocations: [Int: SourceLocation] = [:]
    @exclusivity(unchecked) private var namespaces: [String] = []
    /// The attributes of the document's elements.
    let attributes = AttributeTable()
    /// The text runs of the document's elements with children.
    let textRuns = DocumentNode.TextRunTable()

    init() {}

    /// A table whose entries can be located in the source by their start tags.
    init(tags: StartTagLocator) {
        self.tags = tags
    }

    /// Makes room for `count` entries at once, so that a large document's table is not
    /// copied over and over as it grows.
    func reserveEntries(_ count: Int) {
        entries.reserveCapacity(count)
    }

    /// Makes `label` usable in steps; returns the index that `append` takes.
    func addLabel(_ label: String) -> Int {
        labels.append(Array(label.utf8))
        return labels.count - 1
    }

    /// Adds `/label` or `/label[number]` below the entry `parent` and returns its index.
    func append(parent: Int?, label: Int, number: Int?, namespace: Int = -1) -> Int {
        entries.append(
            Entry(
                parent: Int32(parent ?? -1), label: Int32(label), number: Int32(number ?? 0), tagEnd: -1,
                namespace: Int32(namespace)))
        return entries.count - 1
    }

    /// Adds a step for an element whose start tag ends before source offset `tagEnd`.
    func append(parent: Int?, label: Int, number: Int?, tagEnd: Int, namespace: Int = -1) -> Int {
        entries.append(
            Entry(
                parent: Int32(parent ?? -1), label: Int32(label), number: Int32(number ?? 0),
                tagEnd: Int32(max(tagEnd, 0)), namespace: Int32(namespace)))
        return entries.count - 1
    }

    /// Adds a step for an element at a location already known.
    func append(parent: Int?, label: Int, number: Int?, location: SourceLocation, namespace: Int = -1) -> Int {
        let index = append(parent: parent, label: label, number: number, namespace: namespace)
        givenLocations[index] = location
        return index
    }

    /// Makes `uri` usable as a namespace in `append`; returns the index that takes.
    func addNamespace(_ uri: String) -> Int {
        namespaces.append(uri)
        return namespaces.count - 1
    }

    func namespace(at index: Int) -> String? {
        let namespace = Int(entries[index].namespace)
        return namespace >= 0 ? namespaces[namespace] : nil
    }

    func location(at index: Int) -> SourceLocation {
        let tagEnd = Int(entries[index].tagEnd)
        if tagEnd >= 0, tags != nil { return tags!.location(ofTagBefore: tagEnd) }
        return givenLocations[index] ?? .unknown
    }

    func path(at index: Int) -> String {
        var length = 0
        var i = index
        while i >= 0 {
            let entry = entries[i]
            length += 1 + labels[Int(entry.label)].count
            if entry.number > 0 { length += 2 + Self.digitCount(Int(entry.number)) }
            i = Int(entry.parent)
        }
        // Written from the end, the innermost step first.
        return String(unsafeUninitializedCapacity: length) { buffer in
            var end = length
            func write(_ byte: UInt8) {
                end -= 1
                buffer[end] = byte
            }
            var i = index
            while i >= 0 {
                let entry = entries[i]
                if entry.number > 0 {
                    write(UInt8(ascii: "]"))
                    var rest = Int(entry.number)
                    repeat {
                        write(UInt8(ascii: "0") + UInt8(rest % 10))
                        rest /= 10
                    } while rest > 0
                    write(UInt8(ascii: "["))
                }
                labels[Int(entry.label)].withUnsafeBufferPointer { bytes in
                    end -= bytes.count
                    precondition(end >= 0, "path longer than measured")
                    if let source = bytes.baseAddress { (buffer.baseAddress! + end).initialize(from: source, count: bytes.count) }
                }
                write(UInt8(ascii: "/"))
                i = Int(entry.parent)
            }
            return length
        }
    }

    private static func digitCount(_ value: Int) -> Int {
        var count = 1
        var rest = value
        while rest >= 10 {
            rest /= 10
            count += 1
        }
        return count
    }
}
