import HTTPTypes
import Hummingbird
import Logging

/// Turns every error a route throws into a page (or JSON under `/api/`) with the right
/// status, never a bare 500, and gives every response the same security headers: a strict
/// Content-Security-Policy (this host's stylesheet and script only, no frames, forms post
/// here only), `nosniff`, no referrer, no caching of results. No cookie is ever set.
struct SecurityHeadersMiddleware<Context: RequestContext>: RouterMiddleware {
    static var pageCSP: String {
        "default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
    }

    /// The batch HTML report is one self-contained file with its CSS and SVG inline and no
    /// script; it is served as it is written, so its styles are allowed inline.
    static var reportCSP: String {
        "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
    }

    let timeLimit: Duration

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response: Response
        do {
            response = try await next(request, context)
        } catch {
            let api = request.uri.path.hasPrefix("/api/")
            if let httpError = error as? HTTPResponseError, !(error is ServeError) {
                let status = httpError.status
                let serveError: ServeError
                switch status {
                case .contentTooLarge: serveError = ServeError(status: status, heading: "The upload is too large", message: "The upload is larger than this server accepts.")
                case .notFound: serveError = ServeError(status: status, heading: "Page not found", message: "There is no page at \(request.uri.path).")
                case .methodNotAllowed: serveError = ServeError(status: status, heading: "Not allowed", message: "\(request.method) is not allowed at \(request.uri.path).")
                default: serveError = ServeError(status: status, heading: "The request could not be answered", message: "\(status.code) \(status.reasonPhrase)")
                }
                response = Responses.error(serveError, api: api)
            } else {
                let serveError = ServeError.from(error, timeLimit: timeLimit)
                if serveError.status == .internalServerError {
                    context.logger.error("request failed", metadata: ["path": "\(request.uri.path)", "error": "\(error)"])
                }
                response = Responses.error(serveError, api: api)
            }
        }
        if response.headers[.contentSecurityPolicy] == nil { response.headers[.contentSecurityPolicy] = Self.pageCSP }
        response.headers[.xContentTypeOptions] = "nosniff"
        response.headers[HTTPField.Name("Referrer-Policy")!] = "no-referrer"
        response.headers[HTTPField.Name("X-Frame-Options")!] = "DENY"
        if response.headers[.cacheControl] == nil { response.headers[.cacheControl] = "no-store" }
        return response
    }
}
