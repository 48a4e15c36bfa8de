/// A JSON value with ordered object members, so reports come out in a documented, stable
/// order byte for byte. Not `indirect`: nesting goes through arrays, which already live on
/// the heap, so scalars need no box of their own.
public enum JSONValue: Equatable {
    case null
    case bool(Bool)
    case int(Int)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])

    public static func == (a: JSONValue, b: JSONValue) -> Bool { a.serialized() == b.serialized() }

    public static func optional(_ value: String?) -> JSONValue { value.map(JSONValue.string) ?? .null }

    public func serialized(pretty: Bool = true) -> String {
        var out = JSONBytes()
        out.write(self, indent: pretty ? 0 : nil)
        return out.string
    }

    /// Pretty-printed with every line after the first indented `level` more levels, as if
    /// it were nested that deep (no string holds a raw newline, they are escaped).
    func serialized(nestedAt level: Int) -> String {
        serializedBytes(nestedAt: level).string
    }

    func serializedBytes(nestedAt level: Int) -> JSONBytes {
        var out = JSONBytes()
        out.write(self, indent: level)
        return out
    }
}
