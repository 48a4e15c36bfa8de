import Foundation
import Hummingbird

/// Counts the requests being answered (`/healthz` reports it; the shutdown test waits on
/// it to know a request is truly in flight).
final class InFlightCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0

    var current: Int {
        lock.lock()
        defer { lock.unlock() }
        return count
    }

    fileprivate func add(_ delta: Int) {
        lock.lock()
        count += delta
        lock.unlock()
    }
}

struct InFlightMiddleware<Context: RequestContext>: RouterMiddleware {
    let counter: InFlightCounter

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        counter.add(1)
        defer { counter.add(-1) }
        return try await next(request, context)
    }
}
