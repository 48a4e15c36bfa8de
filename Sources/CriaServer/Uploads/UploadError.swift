/// Why a request's body holds no document to check (a 400 or 415, not a 422: the
/// document itself was never reached).
struct UploadError: Error, Equatable {
    let status: Int
    let message: String

    static let noDocument = UploadError(status: 400, message: "No document was sent: choose a file (field `file`) or paste the text (field `text`).")
}
