/// A spool of items of one JSON array, each serialized at `indent` levels, comma-separated,
/// so that the final report can be assembled without holding them in memory.
final class JSONArraySpool {
    let file: AtomicFile
    let indent: String
    let indentLevel: Int
    private(set) var count = 0

    init(next destination: String, name: String, indentLevel: Int) throws {
        file = try AtomicFile(destination: destination, purpose: "spool-\(name)")
        indent = String(repeating: "  ", count: indentLevel)
        self.indentLevel = indentLevel
    }

    /// Bytes reused from item to item.
    private var scratch = JSONBytes()

    func append(_ value: JSONValue) throws {
        try append { out, level in out.write(value, indent: level) }
    }

    /// Appends the item that `write` writes at the given indent level.
    func append(writing write: (inout JSONBytes, _ level: Int) -> Void) throws {
        scratch.bytes.removeAll(keepingCapacity: true)
        if count > 0 { scratch.bytes.append(UInt8(ascii: ",")) }
        scratch.newline(indentLevel)
        write(&scratch, indentLevel)
        try file.write(scratch.bytes)
        count += 1
    }

    /// Writes `[ ... ]` into `out`; the closing bracket is one level less indented.
    func emit(into out: AtomicFile) throws {
        if count == 0 { try out.write("[]"); return }
        try out.write("[")
        try out.append(contentsOf: file)
        try out.write("\n" + String(indent.dropLast(2)) + "]")
    }
}
