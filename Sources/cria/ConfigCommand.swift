import ArgumentParser
import CriaCommandLine
import CriaKit
import Foundation

struct ConfigCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "config",
        abstract: "Show the effective configuration (.cria.yml and flags).",
        subcommands: [Show.self]
    )

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "show",
            abstract: "Print the effective configuration with where each value came from: default, file or flag.",
            discussion: "Give the same flags as to `cria check` or `cria batch` to see how they override the file. Rule ids are checked against the pack."
        )

        @Option(name: .long, help: "Lowest severity of a fail that makes the exit code 1.")
        var failOn: FailLevel?
        @OptionGroup var selectionOptions: SelectionOptions
        @Option(name: .long, help: ArgumentHelp("Batch department pattern.", valueName: "pattern"))
        var departmentFrom: String?

        @OptionGroup var rulesOption: RulesOption
        @OptionGroup var configOptions: ConfigOptions

        func run() throws {
            let config = try configOptions.resolve(
                ConfigOverrides(
                    rules: rulesOption.rules, failOn: failOn,
                    include: selectionOptions.include, exclude: selectionOptions.exclude, departmentFrom: departmentFrom))
            _ = try configOptions.loadPack(config, cache: rulesOption.cache)  // validates rule ids
            Terminal.print(config.show())
        }
    }
}
