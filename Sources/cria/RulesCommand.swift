import ArgumentParser
import CriaCommandLine
import CriaKit
import Foundation

struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "List, lint and test the rule pack.",
        subcommands: [List.self, Lint.self, Test.self]
    )

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List every rule with its severity and articles.")
        @OptionGroup var rulesOption: RulesOption

        func run() throws {
            let pack = try rulesOption.loadPack()
            let width = pack.rules.map(\.id.count).max() ?? 10
            for rule in pack.rules {
                let articles = rule.articles.map { "Art \($0)" }.joined(separator: ", ")
                Terminal.print("\(rule.id.padding(toLength: width, withPad: " ", startingAt: 0))  \(rule.severity.rawValue.padding(toLength: 7, withPad: " ", startingAt: 0))  \(rule.title)  (\(articles))\n")
            }
            let articles = Set(pack.rules.flatMap(\.articles))
            Terminal.print("\(pack.rules.count) rules covering \(articles.count) UNCRC articles\n")
        }
    }

    struct Lint: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "lint", abstract: "Validate every rule, lexicon and role file; exit 2 on any problem.")
        @OptionGroup var rulesOption: RulesOption

        func run() throws {
            let pack = try rulesOption.loadPack(useCache: false)
            Terminal.print("\(pack.pack.directory): \(pack.rules.count) rules, \(pack.pack.lexicons.values.filter { !$0.name.contains("#") }.count) lexicons, \(pack.pack.roles.count) section roles: no problems\n")
        }
    }

    struct Test: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "test", abstract: "Run every rule's examples: fail examples must fail, pass examples must pass.")
        @OptionGroup var rulesOption: RulesOption
        @Option(name: .long, help: "Only this rule (repeatable).")
        var rule: [String] = []

        func run() throws {
            let pack = try rulesOption.loadPack()
            let (count, mismatches) = ExampleRunner(pack: pack).run(only: rule.isEmpty ? nil : Set(rule))
            for mismatch in mismatches { Terminal.error(mismatch.description) }
            Terminal.print("\(count - mismatches.count) passed, \(mismatches.count) failed\n")
            if !mismatches.isEmpty { throw ExitCode(1) }
        }
    }
}
