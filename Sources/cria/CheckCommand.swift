import ArgumentParser
import CriaKit
import Foundation

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check proposals against the UNCRC checklists.",
        discussion: """
            Reads XML, JSON and HTML (detected by content). Folders are searched for \
            .xml, .json and .html files. Only fails count towards the exit code; reviews \
            ask a person to judge and never fail a build.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json, sarif }
    enum FailLevel: String, ExpressibleByArgument, CaseIterable { case error, warning, info, never }

    @Argument(help: ArgumentHelp("Proposal files or folders.", valueName: "file"))
    var files: [String]

    @Option(name: .long, help: "Output format: text, json or sarif.")
    var format: Format = .text

    @Option(name: .long, help: "Lowest severity of a fail that makes the exit code 1: error, warning, info or never.")
    var failOn: FailLevel = .error

    @Flag(name: .long, help: "In SARIF, also report passes and not-applicable results.")
    var sarifAll = false

    @Flag(name: .long, help: "In text, also list passing results.")
    var showPassing = false

    @OptionGroup var rulesOption: RulesOption
    @OptionGroup var limitOptions: LimitOptions

    func run() throws {
        let pack = try rulesOption.loadPack()
        let loader = DocumentLoader(limits: limitOptions.limits)
        let evaluator = Evaluator(pack: pack)
        var assessments: [Assessment] = []
        var errors: [InputError] = []
        let text = TextReport(colour: Terminal.stdoutWantsColour, showPassing: showPassing)
        for (path, failure) in InputPaths.expand(files) {
            do {
                if let failure { throw failure }
                let assessment = evaluator.assess(Proposal(document: try loader.load(path: path)))
                if format == .text { Terminal.print(text.render(assessment) + "\n") }
                assessments.append(assessment)
            } catch let error as InputError {
                Terminal.error(error.description)
                errors.append(error)
            }
        }
        switch format {
        case .text:
            if assessments.count + errors.count > 1 { Terminal.print(summary(assessments, errors: errors)) }
        case .json:
            Terminal.print(JSONReport.render(assessments, errors: errors, rulesDirectory: pack.pack.directory))
        case .sarif:
            Terminal.print(SARIFReport.render(assessments, errors: errors, pack: pack.pack, includeAll: sarifAll))
        }
        if !errors.isEmpty { throw ExitCode(2) }
        if let threshold = Severity(rawValue: failOn.rawValue),
           assessments.contains(where: { $0.results.contains { $0.outcome == .fail && $0.severity >= threshold } }) {
            throw ExitCode(1)
        }
    }

    private func summary(_ assessments: [Assessment], errors: [InputError]) -> String {
        let results = assessments.flatMap(\.results)
        let fails = results.filter { $0.outcome == .fail }.count
        let reviews = results.filter { $0.outcome == .review }.count
        var line = "\(assessments.count) document\(assessments.count == 1 ? "" : "s") checked: \(fails) fail, \(reviews) review"
        if !errors.isEmpty { line += "; \(errors.count) could not be read" }
        return line + "\n"
    }
}
