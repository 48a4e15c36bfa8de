/// What a byte of UTF-8 is when it is ASCII: the readers' and the matcher's byte-level fast
/// paths ask these of text before (or instead of) making a String of it.
extension UInt8 {
    /// The byte with an ASCII capital read as its small letter; any other byte as it is.
    @inline(__always) var asciiLowercased: UInt8 { self >= 0x41 && self <= 0x5A ? self | 0x20 : self }

    /// A-Z or a-z.
    @inline(__always) var isASCIILetter: Bool { (self | 0x20) >= 0x61 && (self | 0x20) <= 0x7A }

    /// Tab, line feed, vertical tab, form feed, carriage return or space: `Character.isWhitespace`
    /// in ASCII.
    @inline(__always) var isASCIIWhitespace: Bool { self == 0x20 || (0x09...0x0D).contains(self) }
}
