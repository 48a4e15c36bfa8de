import CriaKit
import Foundation

// Checks one document with a rule pack through CriaKit's public API and prints a line per
// outcome: `Dependent RULES-DIR FILE`.
let arguments = CommandLine.arguments
guard arguments.count == 3 else {
    print("usage: Dependent RULES-DIR FILE")
    exit(2)
}
do {
    let pack = CompiledPack(try RuleLoader().load(directory: arguments[1]))
    var settings = CheckSettings(files: [arguments[2]])
    settings.rules = arguments[1]
    settings.format = JSONReport.self
    var report = ""
    let run = Checker(settings: settings).run(output: { report += $0 }, diagnostic: { print("diagnostic: \($0)") })
    let assessment = try Evaluator(pack: pack).check(path: arguments[2], loader: DocumentLoader())
    for outcome in Outcome.allCases {
        print("\(outcome.rawValue): \(assessment.results.filter { $0.outcome == outcome }.count)")
    }
    print("checker exit \(run.exitCode), report \(report.hasPrefix("{") ? "json" : "missing")")
} catch {
    print("error: \(error)")
    exit(1)
}
