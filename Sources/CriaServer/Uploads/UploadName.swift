/// File names as browsers and archives send them, made safe to show and to report: the
/// path inside an archive is kept, any directory a browser sends is dropped, and nothing
/// can climb out (`..`) or hide control characters.
enum UploadName {
    static func clean(_ raw: String) -> String {
        let parts = raw.split(whereSeparator: { $0 == "/" || $0 == "\\" })
            .map { String($0.unicodeScalars.filter { $0.value >= 0x20 && $0.value != 0x7F }.map(Character.init)) }
            .filter { !$0.isEmpty && $0 != "." && $0 != ".." }
        let joined = parts.joined(separator: "/")
        return joined.isEmpty ? "upload" : String(joined.prefix(200))
    }
}
