import CriaKit
import Foundation
import ZIPFoundation

/// A ZIP of documents uploaded for a batch report, opened in memory. A Word document is a
/// ZIP too; one holding `word/document.xml` is a document, not an archive of them. Limits
/// stop a small archive from expanding into more than the server is willing to read.
enum UploadArchive {
    static let documentExtensions: Set<String> = ["xml", "json", "html", "htm", "docx"]
    static let maxEntries = 1_000

    /// The documents inside `upload` if it is a ZIP of documents; nil if it is anything else.
    static func documents(in upload: Upload, maxDocumentBytes: Int, maxTotalBytes: Int) throws -> [Upload]? {
        guard upload.bytes.count >= 4, upload.bytes[0] == 0x50, upload.bytes[1] == 0x4B else { return nil }
        // Opened as cria opens a DOCX: ZIPFoundation's reader alone traps on a header that
        // points past the end, which stopped the server.
        guard let archive = try? ZIPLayout.open(upload.bytes) else { return nil }
        if archive["word/document.xml"] != nil { return nil }
        var documents: [Upload] = []
        var total = 0
        var entries = 0
        for entry in archive where entry.type == .file {
            entries += 1
            guard entries <= maxEntries else {
                throw UploadError(status: 413, message: "\(upload.name) holds more than \(maxEntries) files; send fewer at a time.")
            }
            let path = entry.path
            let name = (path as NSString).lastPathComponent
            guard !path.hasPrefix("__MACOSX/"), !name.hasPrefix("."),
                documentExtensions.contains((name as NSString).pathExtension.lowercased())
            else { continue }
            guard entry.uncompressedSize <= UInt64(maxDocumentBytes) else {
                throw UploadError(status: 413, message: "\(upload.name): \(path) is larger than the limit of \(maxDocumentBytes) bytes.")
            }
            var bytes: [UInt8] = []
            do {
                try archive.extract(entry) { chunk in
                    bytes.append(contentsOf: chunk)
                    // The sizes an archive declares can lie; what is inflated cannot.
                    if bytes.count > maxDocumentBytes || total + bytes.count > maxTotalBytes { throw ArchiveTooLarge() }
                }
            } catch is ArchiveTooLarge {
                throw UploadError(status: 413, message: "\(upload.name) expands to more than \(maxTotalBytes) bytes; send fewer documents at a time.")
            } catch {
                throw UploadError(status: 422, message: "\(upload.name): \(path) cannot be extracted: \(error)")
            }
            total += bytes.count
            documents.append(Upload(name: "\(upload.name)/\(path)", bytes: bytes))
        }
        guard !documents.isEmpty else {
            throw UploadError(status: 422, message: "\(upload.name) holds no .docx, .xml, .json or .html document.")
        }
        return documents
    }

    private struct ArchiveTooLarge: Error {}
}
