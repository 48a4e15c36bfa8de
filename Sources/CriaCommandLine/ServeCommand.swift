import ArgumentParser
import CriaKit
import Foundation

/// `cria serve`: declared here, so that `cria` shows its help, completions and manual page,
/// and served by `cria-serve`, which alone links the HTTP stack (see `SiblingExecutable`).
package struct ServeCommand: ParsableCommand {
    package static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve a web page (and an API) where officials upload a document and see what it lacks.",
        discussion: """
            Listens on 127.0.0.1 (this machine only) unless --host names another address. \
            The page takes DOCX, XML, JSON or HTML files, several files or a ZIP (a batch \
            report), or pasted text. API: POST /api/check (the JSON of `cria check --format \
            json`), GET /api/rules, GET /healthz, GET /openapi.json. Stops on SIGINT or \
            SIGTERM once the requests in flight have been answered.
            Example: cria serve --port 8080
            """
    )

    @Option(name: .long, help: "Address to listen on; 127.0.0.1 is this machine only.")
    package var host = "127.0.0.1"

    @Option(name: .long, help: "Port to listen on (0: any free port).")
    package var port = 8080

    @Option(name: .long, help: ArgumentHelp("Largest upload accepted, in bytes (suffixes K, M, G); larger ones get 413.", valueName: "bytes"))
    package var maxUpload = ByteCount(20 << 20)

    @Option(name: .long, help: "Documents checked at once (one per core unless given).")
    package var jobs = ProcessInfo.processInfo.activeProcessorCount

    @Option(name: .long, help: ArgumentHelp("Seconds a request may wait for its answer before it gets 503.", valueName: "seconds"))
    package var timeLimit = 30

    @OptionGroup package var rulesOption: RulesOption
    @Option(name: .long, help: ArgumentHelp("Configuration file (default: .cria.yml in this folder or the nearest parent).", valueName: "file"))
    package var config: String?
    @OptionGroup package var limitOptions: LimitOptions

    package func validate() throws {
        if port < 0 || port > 65535 { throw ValidationError("--port must be between 0 and 65535") }
        if maxUpload.value < 1 { throw ValidationError("--max-upload must be at least 1 byte") }
        if jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        if timeLimit < 1 { throw ValidationError("--time-limit must be at least 1 second") }
    }

    package init() {}

    package func run() throws { try SiblingExecutable.serve.run() }
}
