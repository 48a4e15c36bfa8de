extension JSONParser {
    /// Parses the string whose opening quote is at `pos`. Strings without escapes are
    /// validated in place and decoded once; only escapes go through a buffer.
    mutating func parseString() throws -> String {
        let quote = pos
        pos += 1
        let start = pos
        while pos < bytes.count {
            let b = bytes[pos]
            if b >= 0x80 {
                try skipUTF8Scalar()
            } else if b == UInt8(ascii: "\"") {
                let text = try makeString(UnsafeBufferPointer(rebasing: bytes[start..<pos]), quote: quote)
                pos += 1
                return text
            } else if b == UInt8(ascii: "\\") {
                return try parseEscapedString(quote: quote, start: start)
            } else if b < 0x20 {
                throw controlCharacter(b, quote: quote)
            } else {
                pos += 1
            }
        }
        throw error("unterminated string", at: quote)
    }

    private mutating func parseEscapedString(quote: Int, start: Int) throws -> String {
        var buffer: [UInt8] = []
        buffer.reserveCapacity(pos - start + 64)
        var runStart = start
        while pos < bytes.count {
            let b = bytes[pos]
            if b >= 0x80 {
                try skipUTF8Scalar()
            } else if b == UInt8(ascii: "\"") {
                buffer.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<pos]))
                let text = try buffer.withUnsafeBufferPointer { try makeString($0, quote: quote) }
                pos += 1
                return text
            } else if b == UInt8(ascii: "\\") {
                buffer.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<pos]))
                guard pos + 1 < bytes.count else { throw error("unterminated string", at: quote) }
                try decodeEscape(into: &buffer)
                runStart = pos
            } else if b < 0x20 {
                throw controlCharacter(b, quote: quote)
            } else {
                pos += 1
            }
        }
        throw error("unterminated string", at: quote)
    }

    private mutating func makeString(_ utf8: UnsafeBufferPointer<UInt8>, quote: Int) throws -> String {
        if utf8.count > limits.maxTextBytes {
            throw error("string is longer than the limit of \(limits.maxTextBytes) bytes (--max-text)", at: quote)
        }
        return String(decoding: utf8, as: UTF8.self)
    }

    private mutating func controlCharacter(_ b: UInt8, quote: Int) -> InputError {
        if b == 0x0A || b == 0x0D { return error("unterminated string", at: quote) }
        return error("control character U+\(hex4(UInt32(b))) in string must be escaped", at: pos)
    }

    /// Decodes the escape at `pos` (a backslash) and appends its UTF-8.
    private mutating func decodeEscape(into buffer: inout [UInt8]) throws {
        let backslash = pos
        let c = bytes[pos + 1]
        pos += 2
        switch c {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): buffer.append(c)
        case UInt8(ascii: "b"): buffer.append(0x08)
        case UInt8(ascii: "f"): buffer.append(0x0C)
        case UInt8(ascii: "n"): buffer.append(0x0A)
        case UInt8(ascii: "r"): buffer.append(0x0D)
        case UInt8(ascii: "t"): buffer.append(0x09)
        case UInt8(ascii: "u"):
            let unit = try hexQuad(backslash: backslash)
            var scalarValue = UInt32(unit)
            if (0xD800...0xDBFF).contains(unit) {
                let low =
                    pos + 1 < bytes.count && bytes[pos] == UInt8(ascii: "\\") && bytes[pos + 1] == UInt8(ascii: "u")
                    ? peekLowSurrogate() : nil
                guard let low else {
                    throw error("unpaired surrogate \\u\(hex4(UInt32(unit))) in string", at: backslash)
                }
                pos += 6
                scalarValue = 0x10000 + ((UInt32(unit) - 0xD800) << 10) + (UInt32(low) - 0xDC00)
            } else if (0xDC00...0xDFFF).contains(unit) {
                throw error("unpaired surrogate \\u\(hex4(UInt32(unit))) in string", at: backslash)
            }
            UTF8.encode(Unicode.Scalar(scalarValue)!) { buffer.append($0) }
        default:
            if c < 0x20 || c >= 0x80 { throw error("invalid escape in string", at: backslash) }
            throw error("invalid escape '\\\(Character(Unicode.Scalar(c)))' in string", at: backslash)
        }
    }

    /// Reads the four hex digits after `\u` at `pos`.
    private mutating func hexQuad(backslash: Int) throws -> UInt16 {
        guard let value = hexValue(at: pos) else {
            throw error("invalid \\u escape: expected four hex digits", at: backslash)
        }
        pos += 4
        return value
    }

    /// The low surrogate of a `\uXXXX` escape at `pos`, if that is what is there.
    private func peekLowSurrogate() -> UInt16? {
        guard let value = hexValue(at: pos + 2), (0xDC00...0xDFFF).contains(value) else { return nil }
        return value
    }

    private func hexValue(at offset: Int) -> UInt16? {
        guard offset + 4 <= bytes.count else { return nil }
        var value: UInt16 = 0
        for i in offset..<offset + 4 {
            let b = bytes[i]
            let digit: UInt8
            switch b {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = b - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = b - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = b - UInt8(ascii: "A") + 10
            default: return nil
            }
            value = value << 4 | UInt16(digit)
        }
        return value
    }

    /// Validates the multi-byte UTF-8 sequence at `pos` (RFC 3629: no overlongs, no
    /// surrogates, nothing above U+10FFFF) and steps over it.
    mutating func skipUTF8Scalar() throws {
        let lead = bytes[pos]
        let length: Int
        var low: UInt8 = 0x80, high: UInt8 = 0xBF
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; low = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED: length = 3; high = 0x9F
        case 0xF0: length = 4; low = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4: length = 4; high = 0x8F
        default: throw error("invalid UTF-8", at: pos)
        }
        guard pos + length <= bytes.count else { throw error("invalid UTF-8", at: pos) }
        let second = bytes[pos + 1]
        guard second >= low, second <= high else { throw error("invalid UTF-8", at: pos) }
        for i in pos + 2..<pos + length where bytes[i] & 0xC0 != 0x80 {
            throw error("invalid UTF-8", at: pos)
        }
        pos += length
    }

    /// Parses the number at `pos`, keeping its literal text.
    mutating func parseNumber() throws -> String {
        let start = pos
        if bytes[pos] == UInt8(ascii: "-") {
            pos += 1
            guard pos < bytes.count, isDigit(bytes[pos]) else {
                if pos < bytes.count, bytes[pos] == UInt8(ascii: "I") {
                    throw error("NaN and Infinity are not allowed in JSON", at: start)
                }
                throw error("invalid number: expected a digit after '-'", at: pos)
            }
        }
        if bytes[pos] == UInt8(ascii: "0") {
            pos += 1
            if pos < bytes.count, isDigit(bytes[pos]) {
                throw error("invalid number: leading zeros are not allowed", at: start)
            }
        } else {
            skipDigits()
        }
        if pos < bytes.count, bytes[pos] == UInt8(ascii: ".") {
            pos += 1
            guard pos < bytes.count, isDigit(bytes[pos]) else {
                throw error("invalid number: expected a digit after '.'", at: pos)
            }
            skipDigits()
        }
        if pos < bytes.count, bytes[pos] | 0x20 == UInt8(ascii: "e") {
            pos += 1
            if pos < bytes.count, bytes[pos] == UInt8(ascii: "+") || bytes[pos] == UInt8(ascii: "-") { pos += 1 }
            guard pos < bytes.count, isDigit(bytes[pos]) else {
                throw error("invalid number: expected a digit in the exponent", at: pos)
            }
            skipDigits()
        }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<pos]), as: UTF8.self)
    }

    private mutating func skipDigits() {
        while pos < bytes.count, isDigit(bytes[pos]) { pos += 1 }
    }

    private func isDigit(_ b: UInt8) -> Bool { b &- UInt8(ascii: "0") < 10 }

    /// Parses `true`, `false` or `null` at `pos`; anything else that starts a value here
    /// is an error, described as precisely as possible.
    mutating func parseLiteral() throws -> (String, DocumentNode.ScalarType) {
        let start = pos
        if matches("true") { return ("true", .boolean) }
        if matches("false") { return ("false", .boolean) }
        if matches("null") { return ("null", .null) }
        while pos < bytes.count, isWordByte(bytes[pos]) { pos += 1 }
        let word = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<pos]), as: UTF8.self)
        switch word {
        case "true", "false": return (word, .boolean)
        case "null": return (word, .null)
        case "NaN", "Infinity": throw error("NaN and Infinity are not allowed in JSON", at: start)
        case "": break
        default:
            let shown = word.count > 30 ? String(word.prefix(30)) + "…" : word
            throw error("invalid literal '\(shown)'", at: start)
        }
        pos = start
        let b = bytes[pos]
        switch b {
        case UInt8(ascii: "'"): throw error("strings must use double quotes", at: pos)
        case UInt8(ascii: "/") where startsComment(): throw error("comments are not allowed in JSON", at: pos)
        case UInt8(ascii: "."), UInt8(ascii: "+"): throw error("invalid number", at: pos)
        case 0x80...:
            try skipUTF8Scalar()
            let scalar = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<pos]), as: UTF8.self)
            throw error("expected a value, found '\(scalar)'", at: start)
        case 0..<0x20, 0x7F: throw error("expected a value, found U+\(hex4(UInt32(b)))", at: pos)
        default: throw error("expected a value, found '\(Character(Unicode.Scalar(b)))'", at: pos)
        }
    }

    /// Steps over `literal` if it is at `pos` and not followed by more of a word.
    private mutating func matches(_ literal: StaticString) -> Bool {
        let count = literal.utf8CodeUnitCount
        guard pos + count <= bytes.count else { return false }
        let text = literal.utf8Start
        for i in 0..<count where bytes[pos + i] != text[i] { return false }
        if pos + count < bytes.count, isWordByte(bytes[pos + count]) { return false }
        pos += count
        return true
    }

    private func isWordByte(_ b: UInt8) -> Bool {
        switch b {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"):
            return true
        default:
            return false
        }
    }
}
