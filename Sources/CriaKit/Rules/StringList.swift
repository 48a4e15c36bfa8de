import Foundation

/// A list of strings that a pack read back from the cache holds as their UTF-8, one after
/// another, until they are first asked for: a check reads thousands of lexicon terms and
/// stems from the cache and matches by numbers, so it makes a string of few of them or none.
/// Shared, read-only, by every thread.
final class StringList: @unchecked Sendable {
    /// The strings, once made (at once for a list built from strings).
    private var made: [String]?
    private let lock = NSLock()
    /// The UTF-8 of a list read back, and where each string ends (one past its last byte).
    private let read: (utf8: [UInt8], ends: [Int32])?

    init(_ strings: [String]) {
        made = strings
        read = nil
    }

    /// A list read back, or nil unless `ends` rises from 0 to the end of `utf8` without falling.
    init?(utf8: [UInt8], ends: [Int32]) {
        var previous: Int32 = 0
        for end in ends {
            guard end >= previous else { return nil }
            previous = end
        }
        guard Int(previous) == utf8.count else { return nil }
        read = (utf8, ends)
    }

    var count: Int { read?.ends.count ?? made?.count ?? 0 }

    var strings: [String] {
        lock.lock()
        defer { lock.unlock() }
        if let made { return made }
        let strings = Self.strings(read?.utf8 ?? [], ends: read?.ends ?? [])
        made = strings
        return strings
    }

    /// Whether string `index` holds a capital A-Z, read from its bytes without making the
    /// list's strings (false past the end).
    func containsASCIICapital(at index: Int) -> Bool {
        if let read {
            guard read.ends.indices.contains(index) else { return false }
            let start = index == 0 ? 0 : Int(read.ends[index - 1])
            return read.utf8[start..<Int(read.ends[index])].contains { $0 >= 0x41 && $0 <= 0x5A }
        }
        let strings = strings
        return strings.indices.contains(index) && strings[index].utf8.contains { $0 >= 0x41 && $0 <= 0x5A }
    }

    /// The UTF-8 and ends that the cache keeps.
    var utf8AndEnds: (utf8: [UInt8], ends: [Int32]) {
        if let read { return read }
        var utf8: [UInt8] = [], ends: [Int32] = []
        ends.reserveCapacity(count)
        for string in strings {
            utf8.append(contentsOf: string.utf8)
            ends.append(Int32(utf8.count))
        }
        return (utf8, ends)
    }

    private static func strings(_ utf8: [UInt8], ends: [Int32]) -> [String] {
        utf8.withUnsafeBufferPointer { utf8 in
            var start = 0
            return ends.map { end in
                defer { start = Int(end) }
                return String(decoding: UnsafeBufferPointer(rebasing: utf8[start..<Int(end)]), as: UTF8.self)
            }
        }
    }
}

extension PackEncoder {
    mutating func stringList(_ list: StringList) {
        let (utf8, ends) = list.utf8AndEnds
        uint8s(utf8)
        int32s(ends)
    }
}

extension PackDecoder {
    mutating func stringList() throws -> StringList {
        let utf8 = try uint8s(), ends = try int32s()
        guard let list = StringList(utf8: utf8, ends: ends) else { throw Damaged() }
        return list
    }
}
