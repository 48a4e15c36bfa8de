import ArgumentParser
import CriaCommandLine

/// `cria-serve`: what `cria serve` runs (see `SiblingExecutable`). It is started with the
/// arguments `cria` was given, so its command is `cria serve`.
@main
struct CriaServe: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "cria", subcommands: [ServeCommand.self])

    static func main() { SiblingMain.run(Self.self) }
}
