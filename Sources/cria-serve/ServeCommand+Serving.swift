import ArgumentParser
import CriaCommandLine
import CriaKit
import CriaServer
import Foundation

extension ServeCommand: SiblingWork {
    /// Loads the pack once and serves until SIGINT or SIGTERM.
    package func perform() throws {
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
