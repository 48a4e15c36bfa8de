#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Decides how to read a file from its first bytes, not its name.
public enum FormatDetector {
    public enum Syntax: Equatable { case xml, json, html, zip, utf16XML, unknown(String) }

    public static func syntax(of bytes: [UInt8], fileName: String) -> Syntax {
        // Any "PK" start goes to the DOCX reader, which says why a broken ZIP is not a DOCX.
        if bytes.count >= 2 && bytes[0] == 0x50 && bytes[1] == 0x4B { return .zip }
        if bytes.count >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)) { return .utf16XML }
        if let unit = utf16WithoutBOM(bytes) {
            // The readers say what is wrong: XML is transcoded, JSON refused as UTF-16.
            return unit == UInt8(ascii: "<") ? .utf16XML : .json
        }
        var start = 0
        if bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF { start = 3 }
        while start < bytes.count, isXMLSpace(bytes[start]) { start += 1 }
        guard start < bytes.count else { return .unknown("empty document") }
        if firstNUL(in: bytes) != nil { return .unknown(binaryMessage) }
        switch bytes[start] {
        case UInt8(ascii: "{"), UInt8(ascii: "["): return .json
        case UInt8(ascii: "<"):
            let head = bytes[start..<min(bytes.count, start + 1024)]
            switch ASCIIMarkupHead(head).reading {
            case .syntax(let syntax): return syntax
            case .undecided: if let syntax = markupSyntax(of: head) { return syntax }
            case .byFileName: break
            }
            let lowerName = fileName.lowercased()
            if lowerName.hasSuffix(".html") || lowerName.hasSuffix(".htm") { return .html }
            return .xml
        case UInt8(ascii: "\""), UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "t"), UInt8(ascii: "f"), UInt8(ascii: "n"):
            return .json
        default:
            return .unknown("not XML, JSON, HTML or DOCX (starts with \(describe(bytes[start])))")
        }
    }

    /// What the first 1 KiB of markup says it is (`.html` or `.xml`), or nil when only the
    /// file name can tell. `ASCIIMarkupHead` gives the same answers from the ASCII bytes
    /// without making a lowercased string of them (nearly every file); this is for the rest.
    static func markupSyntax(of bytes: ArraySlice<UInt8>) -> Syntax? {
        let head = String(decoding: bytes, as: UTF8.self).lowercased()
        if head.hasPrefix("<!doctype html") || head.hasPrefix("<html") { return .html }
        // XHTML: an XML declaration (and comments) before the HTML doctype or root.
        if head.hasPrefix("<?xml"), let end = head.range(of: "?>") {
            var rest = head[end.upperBound...].drop { $0.isWhitespace }
            while rest.hasPrefix("<!--"), let close = rest.range(of: "-->") { rest = rest[close.upperBound...].drop { $0.isWhitespace } }
            if rest.hasPrefix("<!doctype html") || rest.hasPrefix("<html") { return .html }
        }
        if head.hasPrefix("<?xml") || head.hasPrefix("<!--") || head.hasPrefix("<!doctype") { return .xml }
        return nil
    }

    private static func isXMLSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    static let binaryMessage = "binary file (NUL bytes); expected XML, JSON, HTML or DOCX"

    /// Offset of the first NUL byte among the first 8 KiB: text formats never hold one.
    static func firstNUL(in bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress, let found = memchr(base, 0, min(buffer.count, 8192)) else { return nil }
            return UnsafeRawPointer(base).distance(to: found)
        }
    }

    /// The first character of UTF-16 text without a byte order mark, if the first bytes are
    /// ASCII `<`, `{` or `[` alternating with zeros (either byte order).
    static func utf16WithoutBOM(_ bytes: [UInt8]) -> UInt8? {
        guard bytes.count >= 4 else { return nil }
        let starts: [UInt8] = [UInt8(ascii: "<"), UInt8(ascii: "{"), UInt8(ascii: "[")]
        if starts.contains(bytes[0]), bytes[1] == 0, bytes[2] != 0, bytes[3] == 0 { return bytes[0] }
        if bytes[0] == 0, starts.contains(bytes[1]), bytes[2] == 0, bytes[3] != 0 { return bytes[1] }
        return nil
    }

    private static func describe(_ byte: UInt8) -> String {
        (0x21...0x7E).contains(byte) ? "'\(Character(UnicodeScalar(byte)))'" : String(format: "byte 0x%02X", byte)
    }

    /// Recognises dialects whose metadata and structure cria knows (`InputDialects`).
    public static func dialect(of root: DocumentNode, syntax: DocumentFormat) -> DocumentFormat {
        InputDialects.detect(root, syntax: syntax)?.format ?? syntax
    }
}
