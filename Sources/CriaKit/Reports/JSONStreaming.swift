/// JSON written entry by entry, laid out byte for byte as `write(_:indent:)` lays out the
/// same `JSONValue` pretty-printed: reports of many documents need no tree built first and
/// torn down after.
extension JSONBytes {
    /// An object or array being written: how deep it sits, and its entries so far.
    struct Container {
        let indent: Int
        fileprivate var count = 0

        init(indent: Int) { self.indent = indent }

        /// An object whose first `entries` members were written already (copied whole).
        init(indent: Int, entries: Int) {
            self.indent = indent
            count = entries
        }
    }

    mutating func openObject(at indent: Int) -> Container {
        bytes.append(UInt8(ascii: "{"))
        return Container(indent: indent)
    }

    /// Starts the next member with `"name": `; the name must need no escaping.
    mutating func key(_ name: StaticString, in object: inout Container) {
        let spaces = 2 * (object.indent + 1)
        guard spaces < Self.newlineAndSpaces.utf8CodeUnitCount else {
            startEntry(in: &object)
            bytes.append(0x22)
            append(name)
            append("\": ")
            return
        }
        // `,` `\n` spaces `"` name `": `, put together first and appended at once.
        let comma = object.count > 0 ? 1 : 0, length = name.utf8CodeUnitCount
        object.count += 1
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: comma + 1 + spaces + 1 + length + 3) { run in
            guard var at = run.baseAddress else { return }
            if comma == 1 {
                at.initialize(to: UInt8(ascii: ","))
                at += 1
            }
            at.initialize(from: Self.newlineAndSpaces.utf8Start, count: 1 + spaces)
            at += 1 + spaces
            at.initialize(to: 0x22)
            at += 1
            at.initialize(from: name.utf8Start, count: length)
            at += length
            at.initialize(to: 0x22)
            (at + 1).initialize(to: UInt8(ascii: ":"))
            (at + 2).initialize(to: 0x20)
            bytes.append(contentsOf: UnsafeBufferPointer(run))
        }
    }

    mutating func close(object: Container) {
        if object.count > 0 { newline(object.indent) }
        bytes.append(UInt8(ascii: "}"))
    }

    mutating func openArray(at indent: Int) -> Container {
        bytes.append(UInt8(ascii: "["))
        return Container(indent: indent)
    }

    /// Starts the next item of an array; the item is written at `array.indent + 1`.
    mutating func startItem(in array: inout Container) {
        startEntry(in: &array)
    }

    mutating func close(array: Container) {
        if array.count > 0 { newline(array.indent) }
        bytes.append(UInt8(ascii: "]"))
    }

    /// An array of numbers (a result's articles) at `indent`.
    mutating func writeArray(_ numbers: [Int], at indent: Int) {
        var array = openArray(at: indent)
        for number in numbers {
            startItem(in: &array)
            writeInt(number)
        }
        close(array: array)
    }

    /// An array of strings at `indent`.
    mutating func writeArray<Texts: Sequence<String>>(_ texts: Texts, at indent: Int) {
        var array = openArray(at: indent)
        for text in texts {
            startItem(in: &array)
            writeString(text)
        }
        close(array: array)
    }

    private mutating func startEntry(in container: inout Container) {
        if container.count > 0 { bytes.append(UInt8(ascii: ",")) }
        container.count += 1
        newline(container.indent + 1)
    }

    mutating func writeBool(_ value: Bool) { value ? append("true") : append("false") }

    /// A string, or `null` for nil (`JSONValue.optional`).
    mutating func writeOptional(_ text: String?) {
        if let text { writeString(text) } else { append("null") }
    }

    /// `"…"` with the 16 lowercase hex digits of `value`, zero-padded (`StableHash.hex`).
    mutating func writeHex(_ value: UInt64) {
        let digits: StaticString = "0123456789abcdef"
        bytes.append(0x22)
        var shift = 60
        while shift >= 0 {
            bytes.append(digits.utf8Start[Int((value >> UInt64(shift)) & 0xF)])
            shift -= 4
        }
        bytes.append(0x22)
    }
}
