import ArgumentParser
import CriaKit
import Foundation

/// The executables installed beside `cria` that do the commands needing large libraries:
/// `cria serve` (Hummingbird, SwiftNIO), `cria history ...` and `cria batch --record` (GRDB
/// and SQLite). The Swift runtime scans every protocol conformance
/// record of a binary at each first generic-type lookup of a run, so linking those libraries
/// into `cria` made every single check pay for them (a third of its instructions). `cria`
/// parses and validates such a command itself, so that its help, usage errors, completions
/// and manual page are those of every other command, and then replaces itself with the
/// sibling, which is given the same arguments.
package enum SiblingExecutable: String, CaseIterable {
    case serve = "cria-serve"
    case history = "cria-history"

    /// Beside the running executable's real path (`/proc/self/exe`): found alike when cria is
    /// started through `PATH`, a symbolic link, an installed prefix or `.build/debug`.
    package var path: String {
        RuleLocator.executable().deletingLastPathComponent().appendingPathComponent(rawValue).path
    }

    /// Replaces this process with the sibling, given this process's arguments (same process,
    /// so signals, exit code and standard streams are the sibling's own). A missing sibling
    /// is one line on stderr and exit code 2.
    package func run() throws -> Never {
        let path = self.path
        // The sibling performs its commands itself (`SiblingWork`); reaching here in it would
        // exec it again and again.
        guard RuleLocator.executable().lastPathComponent != rawValue else {
            Terminal.error("cria: error: \(rawValue) cannot run this command; run it as `cria ...`")
            throw ExitCode(2)
        }
        guard FileManager.default.isExecutableFile(atPath: path) else {
            Terminal.error("cria: error: cannot find \(path), which runs this command; build it with `swift build` or install cria with scripts/install")
            throw ExitCode(2)
        }
        let arguments = [path] + CommandLine.arguments.dropFirst()
        var argv = arguments.map { strdup($0) }
        argv.append(nil)
        execv(path, argv)
        Terminal.error("cria: error: cannot run \(path): \(String(cString: strerror(errno)))")
        throw ExitCode(2)
    }
}
