import ArgumentParser
import CriaCommandLine
import CriaKit
import Foundation

struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Explain a rule: what it asks, what to do, its sources with links, and examples told as prose.",
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
        let out = RuleExplanation.text(rule, pack: pack.pack)
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
                let judgement = trace.relevance
                out += "  relevance \(judgement.relevance.rawValue)\(TextReport.relevanceNote(judgement))"
                out += " (\(judgement.directMentions) mentions of children, \(judgement.indirectMentions) of families or people reached)\n"
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
