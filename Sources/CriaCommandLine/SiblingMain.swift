import ArgumentParser
import Foundation

/// The `main` of a sibling executable: parses the arguments `cria` passed on under `root`
/// (named `cria`, with the sibling's commands as its subcommands) and performs the command.
/// Errors end the process as they do in `cria`: exit code 2 for usage errors.
package enum SiblingMain {
    package static func run(_ root: ParsableCommand.Type) -> Never {
        do {
            let command = try root.parseAsRoot()
            if let work = command as? SiblingWork {
                try work.perform()
            } else {
                var command = command
                try command.run()
            }
            Foundation.exit(0)
        } catch let code as ExitCode {
            Foundation.exit(code.rawValue)
        } catch {
            if root.exitCode(for: error) == .validationFailure {
                Terminal.error(root.fullMessage(for: error))
                Foundation.exit(2)
            }
            root.exit(withError: error)
        }
    }
}
