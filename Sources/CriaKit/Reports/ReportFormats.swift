/// Every report format, once.
public enum ReportFormats {
    public static let registered: [any ReportFormat.Type] = [
        TextReport.self,
        JSONReport.self,
        SARIFReport.self,
        JUnitReport.self,
        GitHubReport.self,
        CheckstyleReport.self,
    ]

    public static func named(_ name: String) -> (any ReportFormat.Type)? {
        registered.first { $0.name == name }
    }

    /// "text, json, sarif, junit, github or checkstyle".
    public static var names: String {
        let names = registered.map { $0.name }
        return names.dropLast().joined(separator: ", ") + " or " + names.last!
    }
}
