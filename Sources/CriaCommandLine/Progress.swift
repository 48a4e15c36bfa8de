import Foundation

/// One line on stderr, redrawn with `\r`: done/total, documents per second, time left.
final class Progress {
    let total: Int
    let enabled: Bool
    private var done = 0
    private let start = Date()
    private var lastDraw = Date.distantPast
    private var shown = false

    init(total: Int, enabled: Bool) {
        self.total = total
        self.enabled = enabled
    }

    func tick() {
        done += 1
        guard enabled else { return }
        let now = Date()
        guard now.timeIntervalSince(lastDraw) >= 0.1 || done == total else { return }
        lastDraw = now
        let elapsed = max(now.timeIntervalSince(start), 0.001)
        let rate = Double(done) / elapsed
        let left = rate > 0 ? Int((Double(total - done) / rate).rounded()) : 0
        let line = String(format: "\r%d/%d documents  %.1f/s  %d:%02d left", done, total, rate, left / 60, left % 60)
        FileHandle.standardError.write(Data((line + "\u{1B}[K").utf8))
        shown = true
    }

    func clear() {
        guard enabled, shown else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
        shown = false
    }
}
