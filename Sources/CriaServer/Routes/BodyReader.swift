import Hummingbird
import NIOCore

/// Reads a request body into memory, refusing (413) any past the upload limit: at once
/// when `Content-Length` says so, else as soon as the bytes read pass it; a body that
/// ends early is a 400.
enum BodyReader {
    static func read(_ request: Request, limit: Int) async throws -> ByteBuffer {
        if let length = request.headers[.contentLength].flatMap({ Int($0) }), length > limit {
            throw ServeError.tooLarge(limit: limit)
        }
        do {
            return try await request.body.collect(upTo: limit)
        } catch is NIOTooManyBytesError {
            throw ServeError.tooLarge(limit: limit)
        } catch {
            // Found by scripts/serve-under-fire: a body cut short was a 500.
            throw ServeError.bodyCutShort
        }
    }
}
