/// The report files one batch run writes (any combination; several from one run).
public struct BatchOutputs: Sendable {
    public var html: String?
    public var json: String?
    public var csv: String?
    public var markdown: String?
    public var sarif: String?

    public init(html: String? = nil, json: String? = nil, csv: String? = nil, markdown: String? = nil, sarif: String? = nil) {
        self.html = html
        self.json = json
        self.csv = csv
        self.markdown = markdown
        self.sarif = sarif
    }

    public var isEmpty: Bool { [html, json, csv, markdown, sarif].allSatisfy { $0 == nil } }
    public var all: [String] { [html, json, csv, markdown, sarif].compactMap { $0 } }
}
