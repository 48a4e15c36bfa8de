/// `cria check --format json`: the documented contract other tools read.
public enum JSONReport {
    public static func render(_ assessments: [Assessment], errors: [InputError], rulesDirectory: String) -> String {
        var out = JSONBytes()
        var object = out.openObject(at: 0)
        out.key("tool", in: &object)
        var tool = out.openObject(at: 1)
        out.key("name", in: &tool); out.writeString(ToolInfo.name)
        out.key("version", in: &tool); out.writeString(ToolInfo.version)
        out.key("rules", in: &tool); out.writeString(rulesDirectory)
        out.close(object: tool)
        out.key("documents", in: &object)
        var documents = out.openArray(at: 1)
        for assessment in assessments {
            out.startItem(in: &documents)
            writeDocument(assessment, at: 2, into: &out)
        }
        out.close(array: documents)
        out.key("errors", in: &object)
        var failed = out.openArray(at: 1)
        for error in errors {
            out.startItem(in: &failed)
            writeError(error, at: 2, into: &out)
        }
        out.close(array: failed)
        out.close(object: object)
        out.append("\n")
        return out.string
    }

    /// What a document's kind rests on: `{"source": "metadata", "evidence": "GOV.UK document_type \"policy_paper\""}`.
    static func kindBasis(_ kind: KindJudgement) -> JSONValue {
        .object([("source", .string(kind.source.rawValue)), ("evidence", .string(kind.evidence))])
    }

    static func location(_ location: SourceLocation, path: String) -> JSONValue {
        .object([
            ("line", location.isKnown ? .int(location.line) : .null),
            ("column", location.isKnown ? .int(location.column) : .null),
            ("path", .string(path)),
        ])
    }
}

extension JSONReport: ReportFormat {
    public static let name = "json"
    public static let title = "JSON"
    public static let fileExtension = "json"
    public static let mediaType = "application/json; charset=utf-8"

    /// A batch's JSON report says more than a check's: departments, articles, the baseline.
    public static func batchStream(to path: String, setup: BatchStreamSetup) throws -> any BatchReportStream {
        try BatchJSONFile(path: path, setup: setup)
    }

    public static func render(_ report: CheckReport) -> String {
        render(report.assessments, errors: report.errors, rulesDirectory: report.rulesDirectory)
    }
}
