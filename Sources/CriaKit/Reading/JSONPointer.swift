/// JSON Pointer (RFC 6901) reference tokens.
enum JSONPointer {
    /// Escapes a member name for use as one step of a pointer: `~` → `~0`, `/` → `~1`.
    static func escape(_ name: String) -> String {
        guard name.utf8.contains(where: { $0 == UInt8(ascii: "~") || $0 == UInt8(ascii: "/") }) else { return name }
        var out = ""
        for scalar in name.unicodeScalars {
            switch scalar {
            case "~": out += "~0"
            case "/": out += "~1"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
