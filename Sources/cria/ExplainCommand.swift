import ArgumentParser
import CriaKit
import Foundation

struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Explain a rule: its articles, citations, guidance and examples.",
        discussion: "With documents, explain instead what the rule found in each: the statements each outcome rests on, or what was looked for and the nearest candidates that did not qualify."
    )

    @Argument(help: ArgumentHelp("The rule id, as shown in findings.", valueName: "rule-id"))
    var ruleID: String

    @Argument(help: ArgumentHelp("Documents to explain the rule's outcome for.", valueName: "file"))
    var files: [String] = []

    @OptionGroup var rulesOption: RulesOption
    @OptionGroup var limitOptions: LimitOptions

    func run() throws {
        let pack = try rulesOption.loadPack()
        guard let rule = pack.pack.rule(id: ruleID) else {
            let hint = Spelling.closest(to: ruleID, among: pack.rules.map(\.id)).map { "did you mean '\($0)'? " } ?? ""
            Terminal.error("cria: error: no rule '\(ruleID)'; \(hint)`cria rules list` shows them all")
            throw ExitCode(2)
        }
        if !files.isEmpty { return try trace(rule, pack: pack) }
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

    /// The rule's outcome on each document, part by part, with the passages it rests on.
    private func trace(_ rule: Rule, pack: CompiledPack) throws {
        let loader = DocumentLoader(limits: limitOptions.limits)
        let evaluator = Evaluator(pack: pack)
        var failed = false
        for input in BatchInputs.expand(files) {
            do {
                if let failure = input.failure { throw failure }
                let proposal = Proposal(document: try loader.load(path: input.path))
                let trace = evaluator.trace(rule, in: proposal)
                var out = "\(input.path): \(rule.id) — \(trace.result.outcome.rawValue)\n"
                out += "  relevance \(trace.relevance.relevance.rawValue) (\(trace.relevance.directMentions) mentions of children, \(trace.relevance.indirectMentions) of families or people reached)\n"
                for part in trace.parts {
                    out += "  \(part.name): \(part.holds ? "holds" : "does not hold")\n"
                    for evidence in part.evidence {
                        out += "    \(evidence.location.line):\(evidence.location.column) \(evidence.note.map { "[\($0)] " } ?? "")\(evidence.text)\n"
                    }
                }
                Terminal.print(out)
            } catch let error as InputError {
                Terminal.error(error.description)
                failed = true
            }
        }
        if failed { throw ExitCode(2) }
    }
}
