/// MultipartKit 4.7.1 checks a part's header-name bytes against a table of the 128 ASCII
/// characters indexed by the byte itself, so a byte of 128 or more there is out of range and
/// traps, which stops the whole server (found by schemathesis, `scripts/serve-under-fire`).
/// Such a body is refused before MultipartKit sees it.
enum MultipartHeaderNames {
    /// Whether every byte in a header-name position is ASCII: from each delimiter
    /// (`--boundary` at the start or after CR LF) to the blank line that ends the part's
    /// headers, the bytes of each line before its first colon.
    static func areASCII(_ body: UnsafeRawBufferPointer, boundary: String) -> Bool {
        let delimiter = Array(("--" + boundary).utf8)
        let count = body.count
        var index = 0
        while index + delimiter.count <= count {
            let atLineStart = index == 0 || (index >= 2 && body[index - 2] == 0x0D && body[index - 1] == 0x0A)
            guard atLineStart, body[index] == 0x2D, (0..<delimiter.count).allSatisfy({ body[index + $0] == delimiter[$0] }) else {
                index += 1
                continue
            }
            // The rest of the delimiter line, then the headers: name bytes until a colon,
            // then the value until the line ends.
            var position = index + delimiter.count
            while position < count, body[position] != 0x0A { position += 1 }
            position += 1
            var inName = true
            var lineLength = 0
            while position < count {
                let byte = body[position]
                if byte == 0x0A {
                    if lineLength == 0 { break }  // the blank line: the part's body follows
                    inName = true
                    lineLength = 0
                } else if byte != 0x0D {
                    if byte == UInt8(ascii: ":") { inName = false }
                    if inName && byte >= 0x80 { return false }
                    lineLength += 1
                }
                position += 1
            }
            index = position
        }
        return true
    }
}
