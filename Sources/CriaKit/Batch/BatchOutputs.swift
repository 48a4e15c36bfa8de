/// The report files one batch run writes: any formats of `ReportFormats.registered`, each to
/// its own file, several from one run.
public struct BatchOutputs {
    public var files: [(format: any ReportFormat.Type, path: String)]

    public init(_ files: [(format: any ReportFormat.Type, path: String)] = []) {
        self.files = files
    }

    /// The reports `cria batch` has options of their own for (`--html FILE` is
    /// `--output html=FILE`), in the order the terminal summary names them.
    public init(html: String? = nil, json: String? = nil, csv: String? = nil, markdown: String? = nil, sarif: String? = nil) {
        let named: [(String, String?)] = [("html", html), ("json", json), ("csv", csv), ("markdown", markdown), ("sarif", sarif)]
        files = named.compactMap { name, path in path.map { (ReportFormats.named(name)!, $0) } }
    }

    public var isEmpty: Bool { files.isEmpty }
    public var paths: [String] { files.map(\.path) }
}
