import Foundation
import XCTest

@testable import CriaKit

/// `cria batch` when some inputs are broken, and when it is interrupted.
final class BatchFaultTests: XCTestCase {
    /// 40 files, 1 in 20 broken: every file is accounted for in the JSON and CSV reports.
    func testOneFileInTwentyBroken() throws {
        _ = try CriaBinary.require()
        let fixture = try BatchFixture()
        let folder = fixture.root + "/forty"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let sample = fixture.read(fixture.fixtures + "/dfe/a.json")
        var broken: [String] = []
        for i in 1...40 {
            let path = String(format: "%@/p%02d.json", folder, i)
            if i % 20 == 7 {
                try String(sample.dropLast(20)).write(toFile: path, atomically: false, encoding: .utf8)
                broken.append(path)
            } else {
                try sample.write(toFile: path, atomically: false, encoding: .utf8)
            }
        }
        let json = fixture.out + "/forty.json", csv = fixture.out + "/forty.csv"
        let run = try CriaBinary.run(["batch", "--rules", fixture.pack, "--quiet", "--jobs", "2", "--json", json, "--csv", csv, folder], timeout: 60)
        XCTAssertFalse(run.timedOut)
        XCTAssertEqual(run.status, 2, run.stderr)
        XCTAssertEqual(run.stderr.split(separator: "\n").count, 2, run.stderr)

        let report = try fixture.json(json)
        let documents = try XCTUnwrap(report["documents"] as? [[String: Any]]).compactMap { $0["file"] as? String }
        let failed = try XCTUnwrap(report["failed"] as? [[String: Any]])
        XCTAssertEqual(documents.count, 38)
        XCTAssertEqual(failed.compactMap { $0["file"] as? String }, broken)
        for entry in failed {
            let line = "\(entry["file"]!):\(entry["line"]!):\(entry["column"]!): error: \(entry["message"]!)"
            XCTAssertTrue(run.stderr.contains(line), line)
        }
        XCTAssertEqual(Set(documents + broken).count, 40)
        let summary = try XCTUnwrap((report["summary"] as? [String: Any])?["documents"] as? [String: Any])
        XCTAssertEqual(summary["given"] as? Int, 40)
        XCTAssertEqual(summary["assessed"] as? Int, 38)
        XCTAssertEqual(summary["failed"] as? Int, 2)

        // The CSV has a row for every file: findings of the assessed ones, an error row each
        // for the broken ones.
        let rows = fixture.read(csv).components(separatedBy: "\r\n").dropFirst().filter { !$0.isEmpty }
        let files = Set(rows.map { String($0.prefix { $0 != "," }) })
        XCTAssertEqual(files.count, 40)
        for path in broken { XCTAssertEqual(rows.filter { $0.hasPrefix(path + ",") && $0.contains(",error,error,") }.count, 1, path) }
    }

    /// SIGINT while reports are being spooled: exit 130, no report and no temporary file left,
    /// next to the reports or in TMPDIR (where the Markdown spools go).
    func testInterruptedBatchLeavesNothingBehind() throws {
        _ = try CriaBinary.require()
        let fixture = try BatchFixture()
        let folder = fixture.root + "/many"
        let tmp = fixture.root + "/tmp"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: tmp, withIntermediateDirectories: true)
        let sample = fixture.read(fixture.fixtures + "/dfe/a.json")
        for i in 1...1_500 { try sample.write(toFile: folder + "/p\(i).json", atomically: false, encoding: .utf8) }
        let html = fixture.out + "/report.html"
        let json = fixture.out + "/report.json"
        // Interrupt once documents are being spooled (the spool has content).
        let spooling = {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: fixture.out)) ?? []
            return names.contains { name in
                name.contains("spool-documents") && ((try? FileManager.default.attributesOfItem(atPath: fixture.out + "/" + name)[.size] as? Int) ?? 0) > 0
            }
        }
        let run = try CriaBinary.run(
            ["batch", "--rules", fixture.pack, "--quiet", "--jobs", "1", "--html", html, "--json", json, folder],
            timeout: 120, environment: ["TMPDIR": tmp + "/"], interruptWhen: spooling)
        XCTAssertFalse(run.timedOut)
        XCTAssertEqual(run.status, 130, run.stderr)
        XCTAssertEqual(run.stderr, "cria: interrupted; temporary files removed\n")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: fixture.out), [])
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: tmp), [])
    }

    func testTemporaryFilesAreForgottenOnceCommittedOrDiscarded() throws {
        let folder = NSTemporaryDirectory() + "cria-tmp-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let kept = try AtomicFile(destination: folder + "/a.txt")
        let dropped = try AtomicFile(destination: folder + "/b.txt", purpose: "spool")
        XCTAssertTrue(TemporaryFiles.current.isSuperset(of: [kept.temporaryPath, dropped.temporaryPath]))
        try kept.write("x")
        try kept.commit()
        dropped.discard()
        XCTAssertTrue(TemporaryFiles.current.isDisjoint(with: [kept.temporaryPath, dropped.temporaryPath]))
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder), ["a.txt"])
    }
}
