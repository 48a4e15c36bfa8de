import Foundation
import XCTest

/// `cria serve` as a process: it says where it listens, and SIGTERM lets a request that is
/// in flight finish before the process exits 0. It is started through a symbolic link, as an
/// installed cria on `PATH` often is: `cria` runs `cria-serve` from beside its real path, in
/// the same process (the signal reaches the server).
final class ServeCommandTests: XCTestCase {
    private static var binary: String? {
        var candidates: [String] = []
        if let given = ProcessInfo.processInfo.environment["CRIA_BINARY"] { candidates.append(given) }
        candidates.append(Bundle.main.bundleURL.appendingPathComponent("cria").path)
        candidates.append(ServerHarness.repository.appendingPathComponent(".build/debug/cria").path)
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    func testSIGTERMAnswersTheRequestInFlightThenExits() throws {
        guard let binary = Self.binary else { throw XCTSkip("the cria binary is not built (swift build), or set CRIA_BINARY") }
        let links = NSTemporaryDirectory() + "cria-serve-link-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: links, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: links) }
        try FileManager.default.createSymbolicLink(atPath: links + "/cria", withDestinationPath: binary)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: links + "/cria")
        process.arguments = ["serve", "--port", "0", "--rules", ServerHarness.repository.appendingPathComponent("rules").path]
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        defer { if process.isRunning { process.terminate() } }

        let stderr = errors.fileHandleForReading
        var started = ""
        while !started.contains("\n") {
            let chunk = stderr.availableData
            guard !chunk.isEmpty else { break }
            started += String(decoding: chunk, as: UTF8.self)
        }
        let pattern = try NSRegularExpression(pattern: #"^cria: serving \d+ rules on http://127\.0\.0\.1:(\d+)/ \(Ctrl-C to stop\)$"#, options: .anchorsMatchLines)
        let match = try XCTUnwrap(pattern.firstMatch(in: started, range: NSRange(started.startIndex..., in: started)), started)
        let port = try XCTUnwrap(Int(started[Range(match.range(at: 1), in: started)!]))
        let client = TestHTTPClient(port: port)

        let xml = try ServerHarness.fixture("samples/dfe-kinship-allowance-pilot.xml")
        let (contentType, body) = TestHTTPClient.multipart(files: [("kinship.xml", xml)])
        let head = "POST /api/check HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\nContent-Type: \(contentType)\r\nContent-Length: \(body.count)\r\n\r\n"
        let answer = LockedValue<Result<TestHTTPClient.Response, Error>?>(nil)
        let halfSent = DispatchSemaphore(value: 0)
        let signalled = DispatchSemaphore(value: 0)
        let finished = DispatchSemaphore(value: 0)
        Thread {
            answer.set(
                Result {
                    try client.send(head: head, body: body) {
                        halfSent.signal()
                        signalled.wait()
                        Thread.sleep(forTimeInterval: 0.2)
                    }
                })
            finished.signal()
        }.start()
        XCTAssertEqual(halfSent.wait(timeout: .now() + 30), .success)
        // In flight: the server counts it (healthz counts the others).
        var inFlight = 0
        for _ in 0..<3000 where inFlight < 1 {
            inFlight = try client.get("/healthz").json["requestsInFlight"] as? Int ?? 0
            if inFlight < 1 { usleep(1000) }
        }
        XCTAssertEqual(inFlight, 1)

        process.terminate()  // SIGTERM
        signalled.signal()
        XCTAssertEqual(finished.wait(timeout: .now() + 60), .success)
        let response = try XCTUnwrap(answer.get()).get()
        XCTAssertEqual(response.status, 200)
        XCTAssertEqual(findings(ofJSON: response.json), ServerUploadTests.kinshipFindings)
        process.waitUntilExit()
        XCTAssertEqual(process.terminationReason, .exit)
        XCTAssertEqual(process.terminationStatus, 0)
        let rest = String(decoding: stderr.readDataToEndOfFile(), as: UTF8.self)
        XCTAssertEqual(rest, "cria: stopped\n")
    }
}
