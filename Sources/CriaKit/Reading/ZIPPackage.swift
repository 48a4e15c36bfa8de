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
    private let archive: ZIPArchive
    private var extracted = 0

    init(bytes: [UInt8], file: String, limits: ReadLimits) throws {
        self.file = file
        self.limits = limits
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

    private static func openArchive(_ bytes: [UInt8], file: String) throws -> ZIPArchive {
        do { return try ZIPLayout.open(bytes) } catch let refusal as ZIPLayout.Refusal {
            throw invalid(file, refusal.reason)
        } catch {
            throw invalid(file, "not a ZIP archive (\(error))")
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
            try archive.extract(entry, bufferSize: 64 * 1024) { chunk in
                guard out.count + chunk.count <= bound else { throw LimitExceeded() }
                out.append(contentsOf: chunk)
            }
        } catch is LimitExceeded {
            throw Self.invalid(file, "entry '\(path)' holds more than its declared size or the \(limits.maxDecompressedBytes)-byte limit")
        } catch {
            // ZIPFoundation's compression errors are internal to it: known by their case names.
            let reason = ["corruptedData": "its deflate stream is corrupt", "invalidStream": "its deflate stream cannot be opened"]["\(error)"]
            throw Self.invalid(file, "entry '\(path)' cannot be read (\(reason ?? "\(error)"))")
        }
        extracted += out.count
        return out
    }
}
