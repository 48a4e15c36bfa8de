import ArgumentParser
import CriaCommandLine
import CriaKit
import Foundation

@main
struct Cria: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cria",
        abstract: "Check policy proposals for their impact on children's rights (UNCRC).",
        discussion: """
            Exit codes: 0 nothing at or above the fail level; 1 findings at or above it; \
            2 usage, input or rule errors.
            """,
        version: ToolInfo.version,
        subcommands: [CheckCommand.self, BatchCommand.self, ServeCommand.self, HistoryCommand.self, InspectCommand.self, RulesCommand.self, ExplainCommand.self, ConfigCommand.self, InitCommand.self]
    )

    /// Usage errors exit 2, as every other error of cria does (ArgumentParser's default is 64).
    static func main() {
        do {
            let arguments = CommandLine.arguments.dropFirst()
            if Array(arguments) == ["--version"] {
                print(versionLine())
                return
            }
            if arguments.first == "check", let settings = CheckSettings(arguments: arguments.dropFirst()) {
                try CheckCommand.run(settings)
                return
            }
            if let problem = CommandSpelling.problem(in: Array(arguments)) {
                Terminal.error("cria: error: " + problem)
                Foundation.exit(2)
            }
            var command = try parsedDirectly() ?? parseAsRoot()
            try command.run()
        } catch let code as ExitCode {
            // What `exit(withError:)` does with an exit code, without first building the
            // usage text that it would then not print.
            Foundation.exit(code.rawValue)
        } catch {
            let code = exitCode(for: error)
            if code == .validationFailure {
                FileHandle.standardError.write(Data((CommandSpelling.withSuggestion(fullMessage(for: error)) + "\n").utf8))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }

    /// "cria 0.1.0, rule pack cria-uncrc 2026.12.0 (/usr/local/share/cria/rules)": the pack
    /// a check would use without `--rules` or a configuration.
    static func versionLine() -> String {
        var line = "cria \(ToolInfo.version)"
        if let directory = RuleLocator.locate(explicit: nil, environment: CriaEnvironment.packSettings()) {
            let info = RulePackInfo.read(directory: directory)
            line += ", rule pack \(info.map(\.description) ?? "without a version") (\(directory))"
        } else {
            line += ", no rule pack found"
        }
        return line
    }

    /// `check` and `batch` parsed as commands of their own, which skips reflecting every
    /// other command's options: a sixth of the instructions of checking one small file.
    /// Anything that does not parse cleanly (help, a usage error, `--version`) returns nil
    /// and goes through `parseAsRoot` as before, so messages and usage text are unchanged.
    private static func parsedDirectly() -> ParsableCommand? {
        let arguments = CommandLine.arguments.dropFirst()
        guard !arguments.contains("help") else { return nil }
        let rest = Array(arguments.dropFirst())
        switch arguments.first {
        case "check": return try? CheckCommand.parseAsRoot(rest)
        case "batch": return try? BatchCommand.parseAsRoot(rest)
        default: return nil
        }
    }
}
