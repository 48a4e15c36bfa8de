import ArgumentParser
import CriaCommandLine
import CriaKit
import Foundation

struct InspectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inspect",
        abstract: "Show what cria sees in a document: format, metadata, the section tree and (with --statements) the statements it read.",
        discussion:
            "Section roles are shown when a rule pack is found (see --rules). With --statements, each sentence, list item or table cell the statement reading found is listed with what it was read as: its kinds, whom it is about and the domains it speaks of. The kind is detected from each document unless --kind or `kind:` of .cria.yml sets it, as for `check`."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @Argument(help: ArgumentHelp("Documents to inspect.", valueName: "file"))
    var files: [String]

    @Option(name: .long, help: "Output format: text or json.")
    var format: Format = .text

    @Flag(name: .long, help: "Also list the statements read: each with what it was read as (kinds, about whom, on which domains).")
    var statements = false

    @Option(name: .long, help: ArgumentHelp("Configuration file, for its `kind:` (default: .cria.yml in this folder or the nearest parent).", valueName: "file"))
    var config: String?

    @Option(
        name: .long,
        help: ArgumentHelp("Read every document as this kind: assessment, proposal, legislation, guidance, news, statistics or other (default: `kind:` of .cria.yml, else detected from each document).", valueName: "kind")
    )
    var kind: DocumentKind?

    @OptionGroup var rulesOption: RulesOption
    @OptionGroup var limitOptions: LimitOptions

    func run() throws {
        let kinds = try ConfigFlags(config: config, kind: kind).resolve(ConfigOverrides()).kindOverride()
        let pack = RuleLocator.locate(explicit: rulesOption.rules).flatMap { try? CompiledPack(RuleLoader().load(directory: $0, cache: rulesOption.cache)) }
        let loader = DocumentLoader(limits: limitOptions.limits)
        var failed = false
        var documents: [JSONValue] = []
        for input in BatchInputs.expand(files) {
            let path = input.path, failure = input.failure
            do {
                if let failure { throw failure }
                var proposal = Proposal(document: try loader.load(path: path))
                kinds.apply(to: &proposal)
                var relevance: RelevanceBasis?, read: [Evidence]?
                if let pack, statements {
                    (relevance, read) = Evaluator.readStatements(proposal, pack: pack)
                } else {
                    relevance = pack.map { Evaluator.analyse(proposal, pack: $0) }
                }
                if format == .text {
                    Terminal.print(SectionTreeReport.text(proposal, relevance: relevance, statements: read))
                } else {
                    documents.append(SectionTreeReport.json(proposal, relevance: relevance, statements: read))
                }
            } catch let error as InputError {
                Terminal.error(error.description)
                failed = true
            }
        }
        if format == .json { Terminal.print(JSONValue.array(documents).serialized() + "\n") }
        if failed { throw ExitCode(2) }
    }
}
