import CriaKit
import Foundation
import ServiceLifecycle
import XCTest

@testable import CriaServer

/// A `cria serve` server on a free loopback port for one test: started on setUp's thread,
/// talked to with `TestHTTPClient` from the test's own thread, shut down gracefully after.
final class ServerHarness {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let pack: CompiledPack = {
        do { return CompiledPack(try RuleLoader().load(directory: repository.appendingPathComponent("rules").path)) } catch {
            fatalError("the bundled rule pack does not load: \(error)")
        }
    }()

    let server: CriaServer
    let group: ServiceGroup
    let port: Int
    private let running: Task<Void, Error>

    init(_ configure: (inout ServerSettings) -> Void = { _ in }) throws {
        var settings = ServerSettings()
        settings.host = "127.0.0.1"
        settings.port = 0
        configure(&settings)
        server = CriaServer(pack: Self.pack, settings: settings)
        let ready = DispatchSemaphore(value: 0)
        let boundPort = LockedValue(0)
        group = server.serviceGroup(signals: []) { port in
            boundPort.set(port)
            ready.signal()
        }
        let group = self.group
        running = Task { try await group.run() }
        guard ready.wait(timeout: .now() + 60) == .success else { throw TestHTTPClient.Failure(description: "the server did not start") }
        port = boundPort.get()
    }

    var client: TestHTTPClient { TestHTTPClient(port: port) }

    /// Graceful shutdown, waiting for the server to stop (and for requests in flight).
    func stop() throws {
        let group = self.group
        let running = self.running
        let stopped = DispatchSemaphore(value: 0)
        let failure = LockedValue<Error?>(nil)
        Task {
            await group.triggerGracefulShutdown()
            do { try await running.value } catch { failure.set(error) }
            stopped.signal()
        }
        guard stopped.wait(timeout: .now() + 60) == .success else { throw TestHTTPClient.Failure(description: "the server did not stop") }
        server.checker.queue.stop()
        if let error = failure.get() { throw error }
    }

    static func fixture(_ relativePath: String) throws -> Data {
        try Data(contentsOf: repository.appendingPathComponent(relativePath))
    }
}

final class LockedValue<T>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: T
    init(_ value: T) { self.value = value }
    func get() -> T { lock.lock(); defer { lock.unlock() }; return value }
    func set(_ newValue: T) { lock.lock(); value = newValue; lock.unlock() }
    func update(_ change: (inout T) -> Void) { lock.lock(); change(&value); lock.unlock() }
}

/// The fails, reviews and waivers of the one document of a JSON report, as `outcome rule`.
func findings(ofJSON json: [String: Any]) -> [String] {
    let documents = json["documents"] as? [[String: Any]] ?? []
    return documents.flatMap { document in
        (document["results"] as? [[String: Any]] ?? []).compactMap { result -> String? in
            guard let outcome = result["outcome"] as? String, ["fail", "review", "waived"].contains(outcome) else { return nil }
            return "\(outcome) \(result["rule"] as? String ?? "")"
        }
    }.sorted()
}

/// A JSON result's location as `line:column path`.
func place(_ result: [String: Any]) -> String {
    let location = result["location"] as? [String: Any] ?? [:]
    return "\(location["line"] as? Int ?? 0):\(location["column"] as? Int ?? 0) \(location["path"] as? String ?? "")"
}
