#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The attributes of one document's elements, kept together: each value as UTF-8 bytes in
/// one shared buffer, spelled as a `String` only when it is read (most never are), so that
/// an element costs no array and no strings of its own for its attributes.
final class AttributeTable {
    private struct Entry {
        /// Index in `names`.
        let name: Int
        /// The value's bytes in `bytes`.
        let start: Int
        let count: Int
        /// Index in `spelled` of the value once read, or -1.
        var spelled = -1
    }

    private var names: [String] = []
    private var entries: [Entry] = []
    private var bytes: [UInt8] = []
    /// Values read so far that took storage of their own (longer than a small string).
    private var spelled: [String] = []

    var count: Int { entries.count }

    /// Makes `name` usable in `append`; returns the index that `append` takes.
    func addName(_ name: String) -> Int {
        names.append(name)
        return names.count - 1
    }

    /// Adds an attribute whose value is already resolved; returns its index.
    func append(name: Int, value: String) -> Int {
        var value = value
        value.withUTF8 { append(name: name, bytes: $0) }
        return entries.count - 1
    }

    /// Adds an attribute with the value libxml2 gave (see `appendXMLValue`).
    func append(name: Int, xmlValue: UnsafeBufferPointer<UInt8>) {
        let start = bytes.count
        Self.appendXMLValue(xmlValue, to: &bytes)
        entries.append(Entry(name: name, start: start, count: bytes.count - start))
    }

    private func append(name: Int, bytes value: UnsafeBufferPointer<UInt8>) {
        let start = bytes.count
        bytes.append(contentsOf: value)
        entries.append(Entry(name: name, start: start, count: value.count))
    }

    func name(at index: Int) -> String {
        names[entries[index].name]
    }

    func value(at index: Int) -> String {
        let entry = entries[index]
        if entry.spelled >= 0 { return spelled[entry.spelled] }
        let value = bytes.withUnsafeBufferPointer {
            String(decoding: UnsafeBufferPointer(rebasing: $0[entry.start..<entry.start + entry.count]), as: UTF8.self)
        }
        // Up to 15 bytes a string is stored inline, as cheap to make again as to keep.
        if entry.count > 15 {
            entries[index].spelled = spelled.count
            spelled.append(value)
        }
        return value
    }

    /// Without entity substitution libxml2 hands over a `&` in an attribute value as
    /// `&#38;` (every other reference is already replaced), so each `&` starts one.
    static func appendXMLValue(_ value: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        guard let base = value.baseAddress, memchr(base, Int32(UInt8(ascii: "&")), value.count) != nil else {
            out.append(contentsOf: value)
            return
        }
        var i = 0
        while i < value.count {
            out.append(value[i])
            if value[i] == UInt8(ascii: "&"), i + 4 < value.count, value[i + 1] == UInt8(ascii: "#"),
               value[i + 2] == UInt8(ascii: "3"), value[i + 3] == UInt8(ascii: "8"), value[i + 4] == UInt8(ascii: ";") {
                i += 5
            } else {
                i += 1
            }
        }
    }
}
