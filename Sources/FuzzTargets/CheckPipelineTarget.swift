import CriaKit
import Foundation

extension FuzzTargets {
    /// What `cria check --format json` does with one file, from its bytes to the report,
    /// against the shipped pack. The oracle: the report is always valid JSON.
    static let check = FuzzTarget(
        name: "check", summary: "the whole check of one file against the shipped pack, bytes to JSON report (which must parse as JSON)",
        seedExtensions: ["xml", "json", "html", "htm", "docx"], dictionaries: ["xml.dict", "json.dict"]
    ) { bytes in
        guard let pack = FuzzEnvironment.compiledPack else { throw FuzzFinding("the rule pack at \(FuzzEnvironment.rulesDirectory) did not load") }
        var assessments: [Assessment] = []
        var errors: [InputError] = []
        do {
            let document = try DocumentLoader().read(bytes: bytes, file: "fuzz-input")
            assessments.append(try Evaluator(pack: pack).check(Proposal(document: document)))
        } catch let error as InputError {
            errors.append(error)
        }
        let report = JSONReport.render(assessments, errors: errors, rulesDirectory: FuzzEnvironment.rulesDirectory)
        do { _ = try JSONSerialization.jsonObject(with: Data(report.utf8)) } catch {
            throw FuzzFinding("the JSON report does not parse: \(error)\n\(report.prefix(2000))")
        }
    }
}
