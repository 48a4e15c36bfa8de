/// The text of a read tree's nodes as the simplified tree holds it.
enum DialectText {
    /// `node.fullText`, which is the node's own stored text when it has no children and
    /// its whitespace is already collapsed (most leaves of legislation): that string is
    /// shared, not copied.
    static func fullText(of node: DocumentNode) -> String {
        if node.children.isEmpty {
            guard let text = node.leafText else { return "" }
            if isCollapsed(text) { return text }
        }
        return node.fullText
    }

    /// Whether `text` is non-empty and reads the same with its whitespace collapsed (as
    /// `TextAccumulator` does): no whitespace at either end, and none inside but single
    /// plain spaces. Eight bytes at a time while they are printable ASCII and spaces.
    static func isCollapsed(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            let raw = UnsafeRawBufferPointer(bytes)
            var afterSpace = true
            var i = 0
            while i + 8 <= bytes.count {
                let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i, as: UInt64.self))
                let spaces = ByteSearch.zeroBytes(word ^ 0x2020_2020_2020_2020)
                // The high bit of each byte below 0x21; no carry crosses bytes.
                let controlsAndSpaces = ~(((word & 0x7F7F_7F7F_7F7F_7F7F) &+ 0x5F5F_5F5F_5F5F_5F5F) | word) & 0x8080_8080_8080_8080
                if (controlsAndSpaces & ~spaces) | (word & 0x8080_8080_8080_8080) == 0 {
                    // Little-endian: the lowest byte comes first.
                    if spaces & (spaces << 8) != 0 || (afterSpace && spaces & 0x80 != 0) { return false }
                    afterSpace = spaces >> 63 != 0
                    i += 8
                } else {
                    let end = i + 8
                    while i < end {
                        guard readsCollapsed(bytes, at: &i, afterSpace: &afterSpace) else { return false }
                    }
                }
            }
            while i < bytes.count {
                guard readsCollapsed(bytes, at: &i, afterSpace: &afterSpace) else { return false }
            }
            return !afterSpace
        }
    }

    /// Steps over the byte at `i`; false if it is whitespace that collapsing would change.
    private static func readsCollapsed(_ bytes: UnsafeBufferPointer<UInt8>, at i: inout Int, afterSpace: inout Bool) -> Bool {
        let byte = bytes[i]
        i += 1
        if byte == 0x20 {
            if afterSpace { return false }
            afterSpace = true
            return true
        }
        if byte >= 0x09 && byte <= 0x0D { return false }
        // Unicode whitespace beyond ASCII starts with C2, E1, E2 or E3; the other bytes of
        // multi-byte characters read as letters.
        if byte == 0xC2 || (byte >= 0xE1 && byte <= 0xE3) {
            let length = byte == 0xC2 ? 2 : 3
            guard i - 1 + length <= bytes.count else { return false }
            var value = UInt32(byte) & (length == 2 ? 0x1F : 0x0F)
            for k in 0..<(length - 1) { value = value << 6 | UInt32(bytes[i + k] & 0x3F) }
            if Unicode.Scalar(value)?.properties.isWhitespace == true { return false }
        }
        afterSpace = false
        return true
    }
}
