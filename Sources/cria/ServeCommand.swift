import ArgumentParser
import CriaKit
import CriaServer
import Foundation

struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
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
    var host = "127.0.0.1"

    @Option(name: .long, help: "Port to listen on (0: any free port).")
    var port = 8080

    @Option(name: .long, help: ArgumentHelp("Largest upload accepted, in bytes (suffixes K, M, G); larger ones get 413.", valueName: "bytes"))
    var maxUpload = ByteCount(20 << 20)

    @Option(name: .long, help: "Documents checked at once (one per core unless given).")
    var jobs = ProcessInfo.processInfo.activeProcessorCount

    @Option(name: .long, help: ArgumentHelp("Seconds a request may wait for its answer before it gets 503.", valueName: "seconds"))
    var timeLimit = 30

    @OptionGroup var rulesOption: RulesOption
    @Option(name: .long, help: ArgumentHelp("Configuration file (default: .cria.yml in this folder or the nearest parent).", valueName: "file"))
    var config: String?
    @OptionGroup var limitOptions: LimitOptions

    func validate() throws {
        if port < 0 || port > 65535 { throw ValidationError("--port must be between 0 and 65535") }
        if maxUpload.value < 1 { throw ValidationError("--max-upload must be at least 1 byte") }
        if jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        if timeLimit < 1 { throw ValidationError("--time-limit must be at least 1 second") }
    }

    func run() throws {
        let flags = ConfigFlags(config: config)
        let environment = CriaEnvironment.packSettings()
        let resolved = try flags.resolve(ConfigOverrides(rules: rulesOption.rules))
        let pack = try flags.loadPack(resolved, environment: environment, cache: RulesOption.cache(noCache: rulesOption.noCache, environment: environment))

        var settings = ServerSettings()
        settings.host = host
        settings.port = port
        settings.maxUploadBytes = maxUpload.value
        settings.workers = jobs
        settings.timeLimit = .seconds(timeLimit)
        settings.limits = limitOptions.limits
        let server = CriaServer(pack: pack, settings: settings)
        let host = self.host
        let loopback = settings.isLoopback
        let outcome = BlockingTask {
            try await server.run { port in
                let shown = host.contains(":") ? "[\(host)]" : host
                Terminal.error("cria: serving \(pack.rules.count) rules on http://\(shown):\(port)/ (Ctrl-C to stop)")
                if !loopback {
                    Terminal.error("cria: warning: listening on \(host), not on this machine only: anyone who can reach this address can upload documents")
                }
            }
        }.wait()
        do { try outcome.get() } catch {
            // Most often the port is taken (`bind ... Address already in use`).
            Terminal.error("cria: error: cannot serve on \(host):\(port): \(error)")
            throw ExitCode(2)
        }
        Terminal.error("cria: stopped")
    }
}

/// Runs async work to its end from synchronous code (ArgumentParser's `run`).
private final class BlockingTask<T>: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private var result: Result<T, Error>?

    init(_ work: @escaping @Sendable () async throws -> T) {
        Task {
            do { self.result = .success(try await work()) } catch { self.result = .failure(error) }
            self.done.signal()
        }
    }

    func wait() -> Result<T, Error> {
        done.wait()
        return result!
    }
}
