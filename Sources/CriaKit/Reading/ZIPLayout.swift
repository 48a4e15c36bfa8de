import Foundation
import ZIPFoundation

/// ZIPFoundation's archive in memory, opened only when every place its reader will seek to
/// lies inside the bytes. Both readers of cria's ZIPs (DOCX, and the server's uploaded
/// archives of documents) open them here.
///
/// Why by hand: ZIPFoundation 0.9.20 offers two readers and each fails on its own. From a
/// file (`Archive(url:)`) it opens the path through `FileManager.fileSystemRepresentation(withPath:)`,
/// whose buffer the caller must free on Linux and ZIPFoundation never does: a leak of the
/// path's bytes per package. From memory (`Archive(data:)`) it leaks its copy of the bytes
/// when it finds no end record, and a header offset past the end makes its reader compute
/// a negative count and trap; it reads nothing else out of bounds. So cria walks the records
/// ZIPFoundation walks (end record, central directory, local headers, data and descriptor
/// positions) and refuses the package when any would send it past the end. ZIP64 packages
/// are refused: their 64-bit fields are only needed past 4 GB, far beyond the read limits.
public enum ZIPLayout {
    /// Why the bytes were not opened, e.g. "not a ZIP archive (no end of central directory record)".
    public struct Refusal: Error, CustomStringConvertible {
        public let reason: String
        public var description: String { reason }
    }

    public static func open(_ bytes: [UInt8]) throws -> ZIPArchive {
        guard let endRecord = endRecordOffset(bytes) else { throw Refusal(reason: "not a ZIP archive (no end of central directory record)") }
        let entries: [EntryData]
        switch walk(bytes, endRecord: endRecord) {
        case .failure(let refusal): throw refusal
        case .success(let found): entries = found
        }
        let archive = try Archive(data: Data(bytes), accessMode: .read)
        return ZIPArchive(archive: archive, bytes: bytes, entries: entries)
    }

    /// Where one entry's data lies in the archive, and how it is compressed (0 stored, 8 deflated).
    struct EntryData {
        let method: Int
        let range: Range<Int>
    }

    /// Where ZIPFoundation finds the end of central directory record (its
    /// `scanForEndOfCentralDirectoryRecord`): the signature PK 5 6 nearest the end with a
    /// whole 22-byte record after it, followed by all of the comment the record declares;
    /// nil when it finds none.
    static func endRecordOffset(_ bytes: [UInt8]) -> Int? {
        let recordSize = 22
        guard bytes.count >= recordSize else { return nil }
        var start = bytes.count - recordSize
        while true {
            if bytes[start] == 0x50, bytes[start + 1] == 0x4B, bytes[start + 2] == 5, bytes[start + 3] == 6 {
                let commentSize = Int(bytes[start + 20]) | Int(bytes[start + 21]) << 8
                return start + recordSize + commentSize <= bytes.count ? start : nil
            }
            if start == 0 { return nil }
            start -= 1
        }
    }

    /// Why ZIPFoundation cannot safely read `bytes` from memory, or nil when it can.
    static func problem(in bytes: [UInt8], endRecord: Int) -> String? {
        if case .failure(let refusal) = walk(bytes, endRecord: endRecord) { return refusal.reason }
        return nil
    }

    /// The entries' data in central directory order (ZIPFoundation's order), or why the archive
    /// cannot be read safely.
    static func walk(_ bytes: [UInt8], endRecord: Int) -> Result<[EntryData], Refusal> {
        func refuse(_ reason: String) -> Result<[EntryData], Refusal> { .failure(Refusal(reason: reason)) }
        func u16(_ at: Int) -> Int { Int(bytes[at]) | Int(bytes[at + 1]) << 8 }
        func u32(_ at: Int) -> Int { u16(at) | u16(at + 2) << 16 }
        func signature(_ at: Int, _ third: UInt8, _ fourth: UInt8) -> Bool {
            at >= 0 && at + 4 <= bytes.count && bytes[at] == 0x50 && bytes[at + 1] == 0x4B && bytes[at + 2] == third && bytes[at + 3] == fourth
        }
        // ZIPFoundation reads a ZIP64 locator just before the end record when there is one.
        if signature(endRecord - 20, 6, 7) { return refuse("ZIP64 archives are not read") }
        let entries = u16(endRecord + 10)
        var record = u32(endRecord + 16)
        var found: [EntryData] = []
        for number in stride(from: 1, through: entries, by: 1) {
            let central = 46
            guard record + central <= bytes.count, signature(record, 1, 2) else {
                return refuse("central directory entry \(number) of \(entries) lies outside the archive")
            }
            let method = u16(record + 10), compressed = u32(record + 20), uncompressed = u32(record + 24)
            let nameLength = u16(record + 28), extraLength = u16(record + 30), commentLength = u16(record + 32)
            let localHeader = u32(record + 42)
            if compressed == 0xFFFF_FFFF || uncompressed == 0xFFFF_FFFF || localHeader == 0xFFFF_FFFF {
                return refuse("ZIP64 archives are not read")
            }
            let next = record + central + nameLength + extraLength + commentLength
            guard next <= bytes.count else { return refuse("central directory entry \(number) runs past the end") }
            let local = 30
            guard localHeader + local <= bytes.count, signature(localHeader, 3, 4) else {
                return refuse("entry \(number)'s local header lies outside the archive")
            }
            // Where its data starts, and where ZIPFoundation looks for its data descriptor:
            // after the compressed bytes, or the stored ones.
            let data = localHeader + local + u16(localHeader + 26) + u16(localHeader + 28)
            let length = method == 0 ? uncompressed : compressed
            guard data + length <= bytes.count else {
                return refuse("entry \(number)'s data runs past the end")
            }
            found.append(EntryData(method: method, range: data..<(data + length)))
            record = next
        }
        return .success(found)
    }
}
