/// Replaces `"\u0001spool:NONCE:NAME"` markers in a serialized skeleton with spooled arrays.
/// The nonce is drawn afresh by each run, so that no text of a document (a department
/// name, say) can spell a marker and have an array spliced in its place.
enum Splicer {
    static let nonce = String(UInt64.random(in: .min ... .max), radix: 16)

    static func marker(_ name: String) -> JSONValue { .string("\u{1}spool:\(nonce):\(name)") }

    static func write(_ skeleton: String, spools: [String: JSONArraySpool], into out: AtomicFile) throws {
        let bytes = Array(skeleton.utf8)
        let prefix = Array("\"\\u0001spool:\(nonce):".utf8)
        var rest = 0
        while let start = firstIndex(of: prefix, in: bytes, from: rest) {
            try out.write(Array(bytes[rest..<start]))
            let afterPrefix = start + prefix.count
            guard let end = bytes[afterPrefix...].firstIndex(of: UInt8(ascii: "\"")) else { break }
            let name = String(decoding: bytes[afterPrefix..<end], as: UTF8.self)
            if let spool = spools[name] { try spool.emit(into: out) } else { try out.write("[]") }
            rest = end + 1
        }
        try out.write(Array(bytes[rest...]))
    }

    private static func firstIndex(of target: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        guard let first = target.first, bytes.count >= target.count else { return nil }
        var i = start
        while i <= bytes.count - target.count {
            if bytes[i] == first && bytes[i..<(i + target.count)].elementsEqual(target) { return i }
            i += 1
        }
        return nil
    }
}
