/// What an upload form held: the files of the `file` field and the other fields' text.
struct UploadForm {
    var files: [Upload] = []
    var fields: [String: String] = [:]
}
