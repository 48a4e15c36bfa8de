import ArgumentParser
import CriaKit

@main
struct Cria: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cria",
        abstract: "Check policy proposals for their impact on children's rights (UNCRC).",
        subcommands: []
    )
}
