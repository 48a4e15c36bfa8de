import Foundation
import ZIPFoundation

/// A ZIP archive opened by `ZIPLayout.open`: ZIPFoundation's listing of its entries, and each
/// entry inflated from exactly its own compressed bytes.
///
/// Why not ZIPFoundation's `extract`: from memory it feeds the inflater whatever follows an
/// entry's data, and once the bytes run out it feeds it nothing, forever: a deflate stream
/// that never ends (found by the docx fuzz target: 1.1 kB that made `cria check`, and any
/// server worker given it, spin without end) never reaches its end marker and the loop never
/// stops. Here the inflater gets the entry's own bytes and a request past them is an error.
public struct ZIPArchive: Sequence {
    public let archive: Archive
    private let bytes: [UInt8]
    /// Each entry's data by its path; the first of two entries with one path wins, as in
    /// ZIPFoundation's `archive[path]`.
    private let dataByPath: [String: ZIPLayout.EntryData]

    init(archive: Archive, bytes: [UInt8], entries: [ZIPLayout.EntryData]) {
        self.archive = archive
        self.bytes = bytes
        var dataByPath: [String: ZIPLayout.EntryData] = [:]
        for (entry, data) in zip(archive, entries) where dataByPath[entry.path] == nil { dataByPath[entry.path] = data }
        self.dataByPath = dataByPath
    }

    public func makeIterator() -> Archive.Iterator { archive.makeIterator() }

    public subscript(path: String) -> Entry? { archive[path] }

    /// Why an entry was not extracted.
    public struct Unreadable: Error, CustomStringConvertible {
        public let description: String
    }

    /// Hands `consumer` the entry's uncompressed bytes, chunk by chunk, and checks them against
    /// the entry's CRC-32. Throws `Unreadable` for a stream that does not end within its own
    /// bytes, a checksum that does not match or a compression method other than stored and
    /// deflated; errors thrown by `consumer` pass through.
    public func extract(_ entry: Entry, bufferSize: Int = 64 * 1024, consumer: (Data) throws -> Void) throws {
        guard let data = dataByPath[entry.path] else { throw Unreadable(description: "no data for '\(entry.path)'") }
        let range = data.range
        let checksum: CRC32
        switch data.method {
        case 0:
            var sum = CRC32(0)
            var start = range.lowerBound
            while start < range.upperBound {
                let chunk = Data(bytes[start..<Swift.min(start + bufferSize, range.upperBound)])
                try consumer(chunk)
                sum = chunk.crc32(checksum: sum)
                start += chunk.count
            }
            checksum = sum
        case 8:
            checksum = try Data.decompress(
                size: Int64(range.count), bufferSize: bufferSize, skipCRC32: false,
                provider: { position, size in
                    let start = range.lowerBound + Int(position)
                    guard start < range.upperBound else {
                        throw Unreadable(description: "the compressed data of '\(entry.path)' ends before its deflate stream does")
                    }
                    // ZIPFoundation tells zlib that a chunk holds `size` bytes whatever its length,
                    // so a shorter last chunk was read past its end (a stored block copied 20 kB
                    // beyond a 346-byte chunk: found by the docx fuzz target under AddressSanitizer).
                    // Zeros make up the rest: a stream that ends within its own bytes stops before
                    // them; one that does not fails on them or asks for more, which throws above.
                    var chunk = Data(bytes[start..<Swift.min(start + size, range.upperBound)])
                    if chunk.count < size { chunk.append(Data(count: size - chunk.count)) }
                    return chunk
                }, consumer: consumer)
        default:
            throw Unreadable(description: "'\(entry.path)' uses compression method \(data.method); only stored and deflated entries are read")
        }
        guard checksum == entry.checksum else { throw Unreadable(description: "the CRC-32 of '\(entry.path)' does not match its contents") }
    }
}
