/// Every report format, once: what `check`, `batch` and the server offer.
public enum ReportFormats {
    public static let registered: [any ReportFormat.Type] = [
        TextReport.self,
        JSONReport.self,
        SARIFReport.self,
        JUnitReport.self,
        GitHubReport.self,
        CheckstyleReport.self,
        BatchHTML.self,
        BatchMarkdown.self,
        BatchCSV.self,
    ]

    public static func named(_ name: String) -> (any ReportFormat.Type)? {
        registered.first { $0.name == name }
    }

    /// "text, json, sarif, junit, github, checkstyle, html, markdown or csv".
    public static var names: String {
        let names = registered.map { $0.name }
        return names.dropLast().joined(separator: ", ") + " or " + names.last!
    }
}
