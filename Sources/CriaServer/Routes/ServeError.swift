import CriaKit
import HTTPTypes

/// A request answered with an error status: one plain line for a person (on a page) or a
/// program (in JSON under `/api/`).
struct ServeError: Error {
    let status: HTTPResponse.Status
    let heading: String
    let message: String
    var retryAfter: Int? = nil

    static func tooLarge(limit: Int) -> ServeError {
        ServeError(
            status: .contentTooLarge, heading: "The upload is too large",
            message: "The upload is larger than the limit of \(ByteSize.describe(limit)) (\(limit) bytes). Send a smaller file, or fewer files at once.")
    }

    static func unreadable(_ error: InputError) -> ServeError {
        ServeError(status: .unprocessableContent, heading: "cria could not read this document", message: error.description)
    }

    /// The body stopped before its `Content-Length` or last chunk (the client closed its side).
    static let bodyCutShort = ServeError(
        status: .badRequest, heading: "The upload did not arrive whole",
        message: "The request body ended before it was complete. Send the file again.")

    static let notKept = ServeError(
        status: .notFound, heading: "This result is no longer kept",
        message: "Results are kept in memory for a while only. Upload the document again to see its result.")

    /// What any error thrown by a route becomes.
    static func from(_ error: Error, timeLimit: Duration) -> ServeError {
        switch error {
        case let error as ServeError: return error
        case let error as InputError: return .unreadable(error)
        case let error as UploadError:
            return ServeError(status: HTTPResponse.Status(code: error.status), heading: "No document to check", message: error.message)
        case CheckQueue.CheckQueueError.busy:
            return ServeError(
                status: .serviceUnavailable, heading: "The server is busy",
                message: "The server is busy checking other documents. Try again in a minute.", retryAfter: 30)
        case CheckQueue.CheckQueueError.timedOut:
            return ServeError(
                status: .serviceUnavailable, heading: "The check took too long",
                message: "The check did not finish within \(timeLimit.components.seconds) seconds. Try again later, or send a smaller document.", retryAfter: 60)
        default:
            return ServeError(
                status: .internalServerError, heading: "Something went wrong",
                message: "The server could not answer this request.")
        }
    }
}
