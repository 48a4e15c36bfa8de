#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Brings XML input to UTF-8 before libxml2 sees it, so that the parser's buffer is the
/// exact byte sequence the reader computes line:column positions from.
enum XMLInputDecoding {
    enum Decoded {
        /// Already UTF-8: parse `bytes[skip...]` (skipping a byte order mark).
        case utf8(skip: Int)
        case transcoded([UInt8])
    }

    static func decode(_ bytes: [UInt8], file: String) throws -> Decoded {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return .utf8(skip: 3) }
        if bytes.starts(with: [0xFF, 0xFE]) { return .transcoded(try utf16(bytes, from: 2, bigEndian: false, file: file)) }
        if bytes.starts(with: [0xFE, 0xFF]) { return .transcoded(try utf16(bytes, from: 2, bigEndian: true, file: file)) }
        // UTF-16 without a byte order mark: `<` and the next ASCII character, each with a zero byte.
        if bytes.count >= 4, bytes[0] == 0x3C, bytes[1] == 0, bytes[2] != 0, bytes[3] == 0 {
            return .transcoded(try utf16(bytes, from: 0, bigEndian: false, file: file))
        }
        if bytes.count >= 4, bytes[0] == 0, bytes[1] == 0x3C, bytes[2] == 0, bytes[3] != 0 {
            return .transcoded(try utf16(bytes, from: 0, bigEndian: true, file: file))
        }

        guard let declared = declaredEncoding(bytes) else { return .utf8(skip: 0) }
        switch declared.lowercased() {
        case "utf-8", "utf8", "us-ascii", "ascii", "utf-16", "utf16":
            // A file labelled UTF-16 without a byte order mark but readable as ASCII is
            // read as UTF-8, which is what it must be.
            return .utf8(skip: 0)
        case "iso-8859-1", "iso8859-1", "iso_8859-1", "latin1", "latin-1", "l1":
            return .transcoded(singleByte(bytes, table: nil))
        case "windows-1252", "cp1252", "x-cp1252":
            return .transcoded(singleByte(bytes, table: windows1252))
        default:
            return .transcoded(try iconvToUTF8(bytes, from: declared, file: file))
        }
    }

    /// The `encoding` pseudo-attribute of an ASCII-compatible XML declaration.
    static func declaredEncoding(_ bytes: [UInt8]) -> String? {
        guard bytes.starts(with: Array("<?xml".utf8)) else { return nil }
        let head = Array(bytes.prefix(512))
        let end = head.firstIndex(of: UInt8(ascii: ">")) ?? head.count
        let keyword = Array("encoding".utf8)
        guard let found = (0..<max(0, end - keyword.count)).first(where: { head[$0..<$0 + keyword.count].elementsEqual(keyword) })
        else { return nil }
        func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }
        var i = found + keyword.count
        while i < end, isSpace(head[i]) { i += 1 }
        guard i < end, head[i] == UInt8(ascii: "=") else { return nil }
        i += 1
        while i < end, isSpace(head[i]) { i += 1 }
        guard i < end, head[i] == UInt8(ascii: "\"") || head[i] == UInt8(ascii: "'") else { return nil }
        let quote = head[i]
        guard let close = head[(i + 1)..<end].firstIndex(of: quote), close > i + 1 else { return nil }
        return String(decoding: head[(i + 1)..<close], as: UTF8.self)
    }

    private static func utf16(_ bytes: [UInt8], from start: Int, bigEndian: Bool, file: String) throws -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var units: [UInt16] = []
        units.reserveCapacity((bytes.count - start) / 2)
        var i = start
        while i + 1 < bytes.count {
            let (hi, lo) = bigEndian ? (bytes[i], bytes[i + 1]) : (bytes[i + 1], bytes[i])
            units.append(UInt16(hi) << 8 | UInt16(lo))
            i += 2
        }
        var failed = false
        var iterator = units.makeIterator()
        var decoder = UTF16()
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): out.append(contentsOf: UTF8.encode(scalar)!)
            case .emptyInput: break loop
            case .error: failed = true; break loop
            }
        }
        if failed || (bytes.count - start) % 2 != 0 {
            let location = out.withUnsafeBufferPointer { buffer in
                var counter = SourcePositionCounter(bytes: buffer)
                return counter.location(ofOffset: buffer.count)
            }
            throw InputError(file: file, location: location, message: "invalid UTF-16 (unpaired surrogate or odd length)")
        }
        return out
    }

    private static func singleByte(_ bytes: [UInt8], table: [UInt16]?) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + bytes.count / 8)
        for byte in bytes {
            if byte < 0x80 {
                out.append(byte)
                continue
            }
            var scalar = UInt32(byte)
            if let table, byte < 0xA0 { scalar = UInt32(table[Int(byte) - 0x80]) }
            out.append(contentsOf: UTF8.encode(Unicode.Scalar(scalar)!)!)
        }
        return out
    }

    /// 0x80...0x9F; the five unassigned bytes map to the C1 controls, as WHATWG does.
    private static let windows1252: [UInt16] = [
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
        0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
    ]

    private static func iconvToUTF8(_ bytes: [UInt8], from encoding: String, file: String) throws -> [UInt8] {
        let converter = iconv_open("UTF-8", encoding)
        guard let converter, converter != iconv_t(bitPattern: -1) else {
            throw InputError(file: file, message: "unsupported encoding '\(encoding)'")
        }
        defer { iconv_close(converter) }
        var input = bytes
        var out = [UInt8](repeating: 0, count: bytes.count * 4 + 16)
        let (failedAt, produced): (Int?, Int) = input.withUnsafeMutableBufferPointer { source in
            out.withUnsafeMutableBufferPointer { target in
                var inPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(source.baseAddress!)
                    .assumingMemoryBound(to: CChar.self)
                var inLeft = source.count
                var outPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(target.baseAddress!)
                    .assumingMemoryBound(to: CChar.self)
                var outLeft = target.count
                let result = iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft)
                let produced = target.count - outLeft
                return (result == -1 ? source.count - inLeft : nil, produced)
            }
        }
        out.removeLast(out.count - produced)
        if failedAt != nil {
            let location = out.withUnsafeBufferPointer { buffer in
                var counter = SourcePositionCounter(bytes: buffer)
                return counter.location(ofOffset: buffer.count)
            }
            throw InputError(file: file, location: location, message: "invalid \(encoding) byte sequence")
        }
        return out
    }
}
