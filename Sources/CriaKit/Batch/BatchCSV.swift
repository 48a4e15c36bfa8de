/// RFC 4180: CRLF line ends; fields holding `"`, `,`, CR or LF are quoted, quotes doubled.
public enum BatchCSV {
    /// The document's identity and kind, the finding and its place; then what a campaigner needs to act on a row: the
    /// document's type, GOV.UK path and path within the folder given, the section, the guidance.
    public static let columns = [
        "file", "format", "kind", "department", "title", "rule", "articles", "severity", "outcome", "line", "column", "path", "message",
        "type", "govukPath", "source", "section", "guidance", "legislature",
    ]
    public static var header: String { line(columns) }

    public static func field(_ text: String) -> String {
        guard text.contains(where: { $0 == "\"" || $0 == "," || $0 == "\r" || $0 == "\n" || $0 == "\r\n" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    public static func line(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",") + "\r\n"
    }

    /// One row per provision of legislation that affects children (outcome `provision`), one
    /// for the rights a page engages (outcome `engaged`), then one per fail or review; the
    /// legislature on each row of legislation, for an article × legislature pivot.
    static func rows(_ assessment: Assessment, department: String, legislature: String?) -> String {
        let legislature = legislature ?? ""
        let engaged =
            assessment.rightsEngaged.map { result in
                line([
                    assessment.file, assessment.format.rawValue, assessment.kind.kind.rawValue, department, assessment.metadata.title ?? "", result.ruleID,
                    result.articles.map(String.init).joined(separator: " "), result.severity.rawValue, "engaged", "", "", result.path,
                    ([result.message] + result.evidence.map { "\($0.note ?? ""): \($0.text)" }).joined(separator: " "),
                    assessment.documentType ?? "", assessment.govukPath ?? "", assessment.source ?? assessment.file, "", "", legislature,
                ])
            } ?? ""
        return assessment.provisions.map { provision in
            line([
                assessment.file, assessment.format.rawValue, assessment.kind.kind.rawValue, department, assessment.metadata.title ?? "", "provision",
                provision.articles.map(String.init).joined(separator: " "), "", "provision",
                provision.location.isKnown ? String(provision.location.line) : "", provision.location.isKnown ? String(provision.location.column) : "",
                provision.path, "\(provision.name): \(provision.engaged.map(\.topic).joined(separator: "; ")). \(provision.text)",
                assessment.documentType ?? "", assessment.govukPath ?? "", assessment.source ?? assessment.file, provision.name, "", legislature,
            ])
        }.joined() + engaged
            + assessment.results.filter { $0.outcome == .fail || $0.outcome == .review || $0.outcome == .waived }.map { result in
                line([
                    assessment.file, assessment.format.rawValue, assessment.kind.kind.rawValue, department, assessment.metadata.title ?? "", result.ruleID,
                    result.articles.map(String.init).joined(separator: " "), result.severity.rawValue, result.outcome.rawValue,
                    result.location.isKnown ? String(result.location.line) : "", result.location.isKnown ? String(result.location.column) : "",
                    result.path, result.waiver.map { "\(result.message) (waived by \($0.by): \($0.reason))" } ?? result.message,
                    assessment.documentType ?? "", assessment.govukPath ?? "", assessment.source ?? assessment.file,
                    result.place.map(Self.section) ?? "", TextReport.collapsed(result.guidance), legislature,
                ])
            }.joined()
    }

    static func errorRow(_ error: InputError, department: String) -> String {
        line([
            error.file, "", "", department, "", "", "", "error", "error", String(error.location.line), String(error.location.column), "", error.message,
            "", "", "", "", "", "",
        ])
    }

    /// The section a finding concerns, or what is missing, in words.
    static func section(_ place: FindingPlace) -> String {
        switch place {
        case .section(let title, _): title
        case .belongsIn(let title, _): "\(title) (missing there)"
        case .noSection(let topic): "no section on \(topic)"
        case .nowhere: "not found anywhere"
        }
    }
}

extension BatchCSV: StreamedReportFormat {
    public static let name = "csv"
    public static let title = "CSV"
    public static let fileExtension = "csv"
    public static let mediaType = "text/csv; charset=utf-8"

    /// One row per fail, review, waived result and provision of legislation, and per input
    /// that could not be read.
    public static func batchStream(to path: String, setup: BatchStreamSetup) throws -> any BatchReportStream {
        try BatchCSVFile(path: path)
    }
}
