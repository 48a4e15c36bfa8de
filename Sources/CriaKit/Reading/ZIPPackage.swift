import Foundation
import ZIPFoundation

/// A ZIP package (DOCX) opened from memory, refusing ZIP bombs: entries may declare at most
/// `limits.maxDecompressedBytes` in total and compress at most 200:1, and extraction stops
/// past the declared size or the limit whatever the headers claim.
struct ZIPPackage {
    static let maxCompressionRatio: UInt64 = 200
    /// Entries this small cannot exhaust memory, whatever their ratio (tiny XML parts of
    /// repeated markup legitimately compress well).
    static let ratioCheckFloor: UInt64 = 1024 * 1024

    let file: String
    let limits: ReadLimits
    private let archive: Archive
    private var extracted = 0

    init(bytes: [UInt8], file: String, limits: ReadLimits) throws {
        self.file = file
        self.limits = limits
        guard Self.hasEndRecord(bytes) else { throw Self.invalid(file, "not a ZIP archive (no end of central directory record)") }
        archive = try Self.openArchive(bytes, file: file)
        var total: UInt64 = 0
        var entries = 0
        for entry in archive {
            entries += 1
            let size = UInt64(entry.uncompressedSize)
            total += size
            if total > UInt64(limits.maxDecompressedBytes) {
                throw Self.invalid(file, "entries declare more than \(limits.maxDecompressedBytes) bytes uncompressed")
            }
            let compressed = max(UInt64(entry.compressedSize), 1)
            if size > Self.ratioCheckFloor, size / compressed > Self.maxCompressionRatio {
                throw Self.invalid(file, "entry '\(entry.path)' expands \(size / compressed):1, more than \(Self.maxCompressionRatio):1 (ZIP bomb?)")
            }
        }
        guard entries > 0 else { throw Self.invalid(file, "the ZIP archive is empty") }
    }

    /// ZIPFoundation 0.9.20's archive in memory (`Archive(data:)`) traps when a header
    /// sends it past the end of the bytes (its reader computes a negative count), and leaks
    /// its copy of them when it finds no end record. Read from a file, the same headers give
    /// a short read and an error, so the bytes go to a temporary file, removed once open.
    private static func openArchive(_ bytes: [UInt8], file: String) throws -> Archive {
        var template = Array((NSTemporaryDirectory() as NSString).appendingPathComponent("cria-docx.XXXXXX").utf8CString)
        let (descriptor, failure): (Int32, Int32) = TemporaryFiles.create {
            let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
            return (descriptor, errno, descriptor >= 0 ? String(cString: template.map { $0 }) : nil)
        }
        guard descriptor >= 0 else {
            throw InputError(file: file, message: "cannot create a temporary file to read the DOCX from: \(String(cString: strerror(failure)))")
        }
        let path = String(cString: template.map { $0 })
        defer { TemporaryFiles.remove(path) { _ = unlink(path) } }
        let written = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        do {
            try written.write(contentsOf: Data(bytes))
            try written.close()
        } catch {
            throw InputError(file: file, message: "cannot write a temporary file to read the DOCX from: \(error.localizedDescription)")
        }
        do {
            return try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
        } catch {
            throw Self.invalid(file, "not a ZIP archive (\(error))")
        }
    }

    /// Whether ZIPFoundation finds an end of central directory record (its
    /// `scanForEndOfCentralDirectoryRecord`): the signature PK 5 6 nearest the end with a
    /// whole 22-byte record after it, followed by all of the comment the record declares.
    static func hasEndRecord(_ bytes: [UInt8]) -> Bool {
        let recordSize = 22
        guard bytes.count >= recordSize else { return false }
        var start = bytes.count - recordSize
        while true {
            if bytes[start] == 0x50, bytes[start + 1] == 0x4B, bytes[start + 2] == 5, bytes[start + 3] == 6 {
                let commentSize = Int(bytes[start + 20]) | Int(bytes[start + 21]) << 8
                return start + recordSize + commentSize <= bytes.count
            }
            if start == 0 { return false }
            start -= 1
        }
    }

    static func invalid(_ file: String, _ reason: String) -> InputError {
        InputError(file: file, message: "not a valid DOCX: \(reason)")
    }

    func contains(_ path: String) -> Bool { archive[path] != nil }

    private struct LimitExceeded: Error {}

    /// The bytes of one entry, or nil when it is absent.
    mutating func data(_ path: String) throws -> [UInt8]? {
        guard let entry = archive[path] else { return nil }
        let bound = min(Int(clamping: entry.uncompressedSize), limits.maxDecompressedBytes - extracted)
        var out: [UInt8] = []
        // Room for the declared size at once: growing by doubling past it could take twice
        // the limit. Pages that are never written are never resident.
        out.reserveCapacity(max(0, bound))
        do {
            _ = try archive.extract(entry, bufferSize: 64 * 1024, skipCRC32: false) { chunk in
                guard out.count + chunk.count <= bound else { throw LimitExceeded() }
                out.append(contentsOf: chunk)
            }
        } catch is LimitExceeded {
            throw Self.invalid(file, "entry '\(path)' holds more than its declared size or the \(limits.maxDecompressedBytes)-byte limit")
        } catch {
            throw Self.invalid(file, "entry '\(path)' cannot be read (\(error))")
        }
        extracted += out.count
        return out
    }
}
