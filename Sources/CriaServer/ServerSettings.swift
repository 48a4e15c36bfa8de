import CriaKit
import Foundation

/// How `cria serve` listens and how much work it accepts.
public struct ServerSettings: Sendable {
    public var host = "127.0.0.1"
    /// 0 asks the system for a free port (tests).
    public var port = 8080
    /// The largest request body accepted; larger uploads get 413.
    public var maxUploadBytes = 20 * 1024 * 1024
    /// Documents assessed at once (default: one per core).
    public var workers = ProcessInfo.processInfo.activeProcessorCount
    /// Requests that may wait for a worker; more get 503 at once rather than queueing
    /// without end.
    public var queueLength = 64
    /// How long a request waits for its answer, queueing included, before it gets 503.
    public var timeLimit: Duration = .seconds(30)
    /// Checked results kept in memory for their downloads and filters (oldest dropped first).
    public var resultsKept = 64
    /// ... and at most about this much of their text and evidence.
    public var resultsKeptBytes = 128 * 1024 * 1024
    /// The read limits of `cria check`.
    public var limits = ReadLimits.default

    public init() {}

    /// True for addresses only this machine can reach.
    public var isLoopback: Bool {
        host == "localhost" || host == "::1" || host.hasPrefix("127.")
    }
}
