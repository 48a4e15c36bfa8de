import ArgumentParser
import CriaCommandLine

/// `cria-history`: what `cria history ...` and `cria batch ... --record` run (see
/// `SiblingExecutable`). It is started with the arguments `cria` was given, so its commands
/// are `cria history` and `cria batch`.
@main
struct CriaHistoryMain: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "cria", subcommands: [BatchCommand.self, HistoryCommand.self])

    static func main() { SiblingMain.run(Self.self) }
}
