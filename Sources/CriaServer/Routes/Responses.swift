import Foundation
import HTTPTypes
import Hummingbird

/// Responses with their content types; the security headers are added to every response
/// by `SecurityHeadersMiddleware`.
enum Responses {
    static func html(_ text: String, status: HTTPResponse.Status = .ok, csp: String? = nil) -> Response {
        var headers: HTTPFields = [.contentType: "text/html; charset=utf-8"]
        if let csp { headers[.contentSecurityPolicy] = csp }
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    static func json(_ text: String, status: HTTPResponse.Status = .ok) -> Response {
        Response(status: status, headers: [.contentType: "application/json; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    static func text(_ text: String, contentType: String) -> Response {
        Response(status: .ok, headers: [.contentType: contentType, .cacheControl: "public, max-age=3600"], body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    /// A file to save, not to show: `Content-Disposition: attachment`.
    static func download(_ text: String, contentType: String, fileName: String, csp: String? = nil) -> Response {
        let safe = String(fileName.map { $0.isLetter || $0.isNumber || "-_.".contains($0) ? $0 : "-" }.prefix(120))
        var headers: HTTPFields = [.contentType: contentType, .contentDisposition: "attachment; filename=\"\(safe)\""]
        if let csp { headers[.contentSecurityPolicy] = csp }
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    static func error(_ error: ServeError, api: Bool) -> Response {
        var response: Response
        if api {
            let body = (try? JSONSerialization.data(withJSONObject: ["error": error.message], options: [.sortedKeys])).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
            response = json(body, status: error.status)
        } else {
            response = html(ErrorPage.html(status: error.status.code, heading: error.heading, message: error.message), status: error.status)
        }
        if let retryAfter = error.retryAfter { response.headers[.retryAfter] = String(retryAfter) }
        return response
    }
}
