/// Reads JSON (RFC 8259, strictly) into a `DocumentNode` tree, keeping the line and column
/// of every key and value.
///
/// Objects become `.object` nodes, arrays `.array`, scalars `.value` nodes holding their
/// literal text (numbers are never converted, so no precision is lost). Members are
/// labelled with their name and located at their key; array items take the array's label.
/// Paths are JSON Pointers (`/sections/2/title`). Strings holding HTML are parsed into
/// child nodes (see `HTMLReader.readFragment`).
public enum JSONReader {
    public static func read(bytes: [UInt8], file: String, limits: ReadLimits = .default) throws -> DocumentNode {
        try rejectOtherEncodings(bytes, file: file)
        return try bytes.withUnsafeBufferPointer { buffer in
            var parser = JSONParser(bytes: buffer, file: file, limits: limits)
            return try parser.parseDocument()
        }
    }

    /// JSON text starts with an ASCII character, so a zero byte among the first two (or a
    /// UTF-16 byte order mark) means UTF-16 or UTF-32.
    private static func rejectOtherEncodings(_ bytes: [UInt8], file: String) throws {
        guard bytes.count >= 2 else { return }
        let (b0, b1) = (bytes[0], bytes[1])
        let utf32LE = b0 == 0xFF && b1 == 0xFE && bytes.count >= 4 && bytes[2] == 0 && bytes[3] == 0
        if (b0 == 0 && b1 == 0) || utf32LE || (bytes.count >= 4 && bytes[1] == 0 && bytes[2] == 0 && bytes[3] == 0) {
            throw InputError(file: file, message: "UTF-32 JSON is not supported; save as UTF-8")
        }
        if (b0 == 0xFE && b1 == 0xFF) || (b0 == 0xFF && b1 == 0xFE) || b0 == 0 || b1 == 0 {
            throw InputError(file: file, message: "UTF-16 JSON is not supported; save as UTF-8")
        }
    }
}
