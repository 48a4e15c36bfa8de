import CriaKit
import Foundation
import Hummingbird
import Logging
import NIOCore
import ServiceLifecycle
import UnixSignals

/// `cria serve`: the checker as a web page and an API, on Hummingbird. The pack is loaded
/// once by the caller; documents are checked on `settings.workers` threads.
public struct CriaServer: Sendable {
    public let settings: ServerSettings
    let checker: ServeChecker

    public init(pack: CompiledPack, settings: ServerSettings) {
        self.settings = settings
        checker = ServeChecker(check: MemoryCheck(pack: pack, limits: settings.limits), settings: settings)
    }

    /// The Hummingbird application; `onRunning` is told the port it listens on (the one
    /// the system chose when `settings.port` is 0).
    public func application(onRunning: @escaping @Sendable (Int) async -> Void = { _ in }) -> some ApplicationProtocol {
        let router = Router(context: BasicRequestContext.self)
        router.add(middleware: SecurityHeadersMiddleware(timeLimit: settings.timeLimit))
        router.add(middleware: InFlightMiddleware(counter: checker.inFlight))
        PageRoutes(checker: checker).add(to: router)
        APIRoutes(checker: checker).add(to: router)
        var logger = Logger(label: "cria.serve")
        logger.logLevel = .warning
        // A connection that sends nothing for as long as a check may take is closed, so a
        // client that starts an upload and stalls cannot hold it open.
        let idleTimeout = TimeAmount.seconds(max(1, settings.timeLimit.components.seconds))
        return Application(
            router: router,
            server: .http1(configuration: .init(idleTimeout: idleTimeout)),
            configuration: ApplicationConfiguration(address: .hostname(settings.host, port: settings.port), serverName: nil),
            onServerRunning: { channel in await onRunning(channel.localAddress?.port ?? 0) },
            logger: logger
        )
    }

    /// Serves until SIGINT or SIGTERM, then stops taking connections, lets the requests in
    /// flight finish and returns.
    public func run(onRunning: @escaping @Sendable (Int) async -> Void = { _ in }) async throws {
        try await serviceGroup(signals: [.sigterm, .sigint], onRunning: onRunning).run()
        checker.queue.stop()
    }

    /// The server as a service group that shuts down gracefully on `signals` or when
    /// told to (`triggerGracefulShutdown`, as the tests do).
    func serviceGroup(signals: [UnixSignal], onRunning: @escaping @Sendable (Int) async -> Void) -> ServiceGroup {
        ServiceGroup(configuration: .init(services: [application(onRunning: onRunning)], gracefulShutdownSignals: signals, logger: Logger(label: "cria.serve")))
    }
}
