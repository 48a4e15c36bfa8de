import ArgumentParser
import CriaKit
import Foundation

struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Explain a rule: its articles, citations, guidance and examples."
    )

    @Argument(help: ArgumentHelp("The rule id, as shown in findings.", valueName: "rule-id"))
    var ruleID: String

    @OptionGroup var rulesOption: RulesOption

    func run() throws {
        let pack = try rulesOption.loadPack()
        guard let rule = pack.pack.rule(id: ruleID) else {
            Terminal.error("cria: error: no rule '\(ruleID)'; `cria rules list` shows them all")
            throw ExitCode(2)
        }
        var out = "\(rule.id) — \(rule.title)\n"
        out += "severity: \(rule.severity.rawValue)\n"
        out += "articles: \(rule.articles.map { "UNCRC Art \($0)" }.joined(separator: ", "))\n"
        out += "references: \(rule.references.joined(separator: "; "))\n"
        out += "defined at: \(rule.file):\(rule.location.line):\(rule.location.column)\n\n"
        out += "When it fails: \(rule.message.trimmingCharacters(in: .whitespacesAndNewlines))\n\n"
        out += "Guidance: \(rule.guidance.trimmingCharacters(in: .whitespacesAndNewlines))\n"
        for (kind, examples) in [("fails", rule.examples.fail), ("passes", rule.examples.pass), ("needs review", rule.examples.review)] {
            for example in examples {
                out += "\nExample that \(kind):\n" + example.split(separator: "\n", omittingEmptySubsequences: false).map { "    " + $0 }.joined(separator: "\n") + "\n"
            }
        }
        Terminal.print(out)
    }
}
