#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The attributes of one document's elements, kept together: each value as UTF-8 bytes in
/// one shared buffer, spelled as a `String` only when it is read (most never are), so that
/// an element costs no array and no strings of its own for its attributes.
final class AttributeTable {
    /// 32-bit fields: a document is far smaller than 2 GiB (`ReadLimits`), and a table of
    /// half the size is half the copying as it grows.
    private struct Entry {
        /// Index in `names`.
        let name: Int32
        /// The value's bytes in `bytes`.
        let start: Int32
        let count: Int32
        /// Index in `spelled` of the value once read, or -1.
        var spelled: Int32 = -1
    }

    @exclusivity(unchecked) private var names: [String] = []
    @exclusivity(unchecked) private var entries: [Entry] = []
    /// The values' bytes, kept by hand: appending to an array costs more than the copy.
    @exclusivity(unchecked) private var bytes: UnsafeMutablePointer<UInt8>?
    @exclusivity(unchecked) private var byteCount = 0
    @exclusivity(unchecked) private var byteCapacity = 0
    /// Values read so far that took storage of their own (longer than a small string).
    @exclusivity(unchecked) private var spelled: [String] = []

    var count: Int { entries.count }

    deinit {
        bytes?.deallocate()
    }

    /// Makes room for `entries` attributes and `bytes` bytes of values at once, so that a
    /// large document's table is not copied over and over as it grows.
    func reserveCapacity(entries count: Int, bytes byteCount: Int) {
        entries.reserveCapacity(count)
        reserve(byteCount)
    }

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

    /// Adds an attribute with the value libxml2 gave. Without entity substitution libxml2
    /// hands over a `&` in a value as `&#38;` (every other reference is already replaced),
    /// so each `&` starts one.
    func append(name: Int, xmlValue value: UnsafeBufferPointer<UInt8>) {
        guard let source = value.baseAddress, memchr(source, Int32(UInt8(ascii: "&")), value.count) != nil else {
            append(name: name, bytes: value)
            return
        }
        reserve(value.count)
        let start = byteCount
        var i = 0
        while i < value.count {
            bytes![byteCount] = value[i]
            byteCount += 1
            if value[i] == UInt8(ascii: "&"), i + 4 < value.count, value[i + 1] == UInt8(ascii: "#"),
                value[i + 2] == UInt8(ascii: "3"), value[i + 3] == UInt8(ascii: "8"), value[i + 4] == UInt8(ascii: ";")
            {
                i += 5
            } else {
                i += 1
            }
        }
        entries.append(Entry(name: Int32(name), start: Int32(start), count: Int32(byteCount - start)))
    }

    private func append(name: Int, bytes value: UnsafeBufferPointer<UInt8>) {
        // An empty value needs no room, and before the first byte there is no buffer to point into.
        guard !value.isEmpty, let source = value.baseAddress else {
            entries.append(Entry(name: Int32(name), start: Int32(byteCount), count: 0))
            return
        }
        reserve(value.count)
        (bytes! + byteCount).initialize(from: source, count: value.count)
        entries.append(Entry(name: Int32(name), start: Int32(byteCount), count: Int32(value.count)))
        byteCount += value.count
    }

    /// Makes room for `extra` more bytes.
    private func reserve(_ extra: Int) {
        guard byteCount + extra > byteCapacity else { return }
        let capacity = max(byteCapacity * 2, byteCount + extra, 1024)
        let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
        if let bytes {
            grown.initialize(from: bytes, count: byteCount)
            bytes.deallocate()
        }
        bytes = grown
        byteCapacity = capacity
    }

    func name(at index: Int) -> String {
        names[Int(entries[index].name)]
    }

    /// The value of the first of entries `range` named `name`, if any.
    func value(named name: String, in range: Range<Int>) -> String? {
        for index in range where names[Int(entries[index].name)] == name { return value(at: index) }
        return nil
    }

    func value(at index: Int) -> String {
        let entry = entries[index]
        if entry.spelled >= 0 { return spelled[Int(entry.spelled)] }
        let (start, count) = (Int(entry.start), Int(entry.count))
        precondition(start + count <= byteCount, "attribute value out of range")
        let value = String(decoding: UnsafeBufferPointer(start: bytes.map { $0 + start }, count: count), as: UTF8.self)
        // Up to 15 bytes a string is stored inline, as cheap to make again as to keep.
        if count > 15 {
            entries[index].spelled = Int32(spelled.count)
            spelled.append(value)
        }
        return value
    }
}
