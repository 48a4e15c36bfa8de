import CriaKit
import Foundation

/// Renders the report formats of cria for checked uploads: every format of
/// `ReportFormats.registered` (as `cria check --format NAME` renders it), and the batch
/// HTML report.
enum ServeReports {
    static func render(_ format: any ReportFormat.Type, _ assessments: [Assessment], errors: [InputError] = [], pack: CompiledPack) throws -> String {
        var report = CheckReport(assessments: assessments, errors: errors, pack: pack)
        // Uploads have no folder: SARIF's URIs are the names they were uploaded under.
        report.workingDirectory = "/"
        report.rulesDirectory = rulesFolderName(pack)
        return try format.render(report)
    }

    static func json(_ assessments: [Assessment], errors: [InputError] = [], pack: CompiledPack) -> String {
        JSONReport.render(assessments, errors: errors, rulesDirectory: pack.pack.directory)
    }

    /// Reports name the rule pack's folder, not where it is on the server.
    private static func rulesFolderName(_ pack: CompiledPack) -> String { (pack.pack.directory as NSString).lastPathComponent }

    /// The batch HTML report of `entries`. Its rules folder is named, not its path on the server.
    static func batchHTML(_ entries: [BatchEntry], pack: CompiledPack) throws -> String {
        let context = BatchContext(generated: BatchContext.timestamp(), rulesDirectory: rulesFolderName(pack), workingDirectory: "/")
        return try StreamedRendering.text(of: ReportFormats.named("html")!, entries: entries, pack: pack, context: context)
    }
}
