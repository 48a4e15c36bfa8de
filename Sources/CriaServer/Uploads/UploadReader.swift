import Foundation
import MultipartKit
import NIOCore

/// Turns a request body into documents: `multipart/form-data` with files in the field
/// `file` (parsed by MultipartKit) and pasted text in `text`, or, for the API, the raw
/// body with its own content type.
enum UploadReader {
    static func form(contentType: String?, body: ByteBuffer) throws -> UploadForm {
        let (type, parameters) = HeaderParameters.parse(contentType ?? "")
        guard type == "multipart/form-data" else {
            throw UploadError(status: 415, message: "The form must be sent as multipart/form-data (got \(type.isEmpty ? "no content type" : type)).")
        }
        guard let boundary = parameters["boundary"], !boundary.isEmpty else {
            throw UploadError(status: 400, message: "The multipart/form-data body names no boundary.")
        }
        guard body.withUnsafeReadableBytes({ MultipartHeaderNames.areASCII($0, boundary: boundary) }) else {
            throw UploadError(status: 400, message: "The multipart/form-data body is malformed: a part's header name is not ASCII.")
        }
        var form = UploadForm()
        var headers: [String: String] = [:]
        var bytes: [UInt8] = []
        let parser = MultipartParser(boundary: boundary)
        parser.onHeader = { name, value in headers[name.lowercased()] = value }
        parser.onBody = { buffer in bytes.append(contentsOf: buffer.readableBytesView) }
        parser.onPartComplete = {
            let disposition = HeaderParameters.parse(headers["content-disposition"] ?? "").parameters
            let field = disposition["name"] ?? ""
            if let fileName = disposition["filename"] {
                // A browser sends an empty file part when no file was chosen.
                if field == "file" && !(fileName.isEmpty && bytes.isEmpty) {
                    form.files.append(Upload(name: fileName.isEmpty ? "upload" : fileName, bytes: bytes))
                }
            } else if !field.isEmpty {
                form.fields[field] = String(decoding: bytes, as: UTF8.self)
            }
            headers = [:]
            bytes = []
        }
        do {
            try parser.execute(body)
        } catch {
            throw UploadError(status: 400, message: "The multipart/form-data body is malformed: \(error).")
        }
        return form
    }

    /// The documents of an upload form: the files, else the pasted text.
    static func documents(of form: UploadForm) throws -> [Upload] {
        if !form.files.isEmpty { return form.files }
        if let text = form.fields["text"], !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            return [PastedText.document(text)]
        }
        throw UploadError.noDocument
    }

    /// For the API: multipart with a `file` field, or the raw body (any content type; the
    /// format is detected from the content, as `cria check` does).
    static func apiDocument(contentType: String?, body: ByteBuffer, name: String?) throws -> Upload {
        if HeaderParameters.parse(contentType ?? "").value == "multipart/form-data" {
            guard let first = try documents(of: form(contentType: contentType, body: body)).first else { throw UploadError.noDocument }
            return first
        }
        guard body.readableBytes > 0 else { throw UploadError.noDocument }
        return Upload(name: name ?? "document", bytes: Array(body.readableBytesView))
    }
}
