import CriaKit
import Foundation

/// Renders the report formats of cria for checked uploads: every format of
/// `ReportFormats.registered` (as `cria check --format NAME` renders it), and the batch
/// HTML report.
enum ServeReports {
    static func render(_ format: any ReportFormat.Type, _ assessments: [Assessment], errors: [InputError] = [], pack: CompiledPack) -> String {
        var report = CheckReport(assessments: assessments, errors: errors, pack: pack)
        // Uploads have no folder: SARIF's URIs are the names they were uploaded under.
        report.workingDirectory = "/"
        return format.render(report)
    }

    static func json(_ assessments: [Assessment], errors: [InputError] = [], pack: CompiledPack) -> String {
        render(JSONReport.self, assessments, errors: errors, pack: pack)
    }

    /// The file extension and content type of a download in `format`.
    static func fileType(of format: any ReportFormat.Type) -> (fileExtension: String, contentType: String) {
        switch format.name {
        case "json": return ("json", "application/json; charset=utf-8")
        case "sarif": return ("sarif", "application/sarif+json; charset=utf-8")
        case "junit", "checkstyle": return ("\(format.name).xml", "application/xml; charset=utf-8")
        default: return ("\(format.name).txt", "text/plain; charset=utf-8")
        }
    }

    /// `BatchReportWriter` spools to files next to its output: it writes into a private
    /// temporary folder that is removed before this returns. Only the report is written
    /// there, never the uploaded document.
    static func batchHTML(_ entries: [BatchEntry], pack: CompiledPack) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("cria-serve-\(ResultStore.newID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o700])
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("report.html").path
        let context = BatchContext(generated: BatchContext.timestamp(), rulesDirectory: (pack.pack.directory as NSString).lastPathComponent, workingDirectory: "/")
        let writer = try BatchReportWriter(outputs: BatchOutputs(html: path), pack: pack, context: context)
        for entry in entries { try writer.add(entry) }
        _ = try writer.finish()
        return try String(contentsOfFile: path, encoding: .utf8)
    }
}
