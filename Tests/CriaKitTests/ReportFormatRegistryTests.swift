import Foundation
import XCTest

@testable import CriaKit

/// Every format of `ReportFormats.registered` is offered by `cria check` (`--format`,
/// `--output`) and `cria batch` (`--output`) alike, so that adding a format to the registry
/// is all it takes (the server's downloads: `ServerAPITests`).
final class ReportFormatRegistryTests: XCTestCase {
    static let sample = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("samples/dfe-kinship-allowance-pilot.xml").path

    func testTheRegistryHoldsEachFormatOnceWithItsOwnFileExtension() {
        let names = ReportFormats.registered.map { $0.name }
        XCTAssertEqual(names, ["text", "json", "sarif", "junit", "github", "checkstyle", "html", "markdown", "csv"])
        XCTAssertEqual(Set(ReportFormats.registered.map { $0.fileExtension }).count, names.count)
        for format in ReportFormats.registered {
            XCTAssertFalse(format.title.isEmpty, format.name)
            XCTAssertTrue(format.mediaType.hasSuffix("; charset=utf-8"), format.name)
        }
    }

    func testEveryRegisteredFormatIsWrittenByCheckAndByBatch() throws {
        let folder = NSTemporaryDirectory() + "cria-formats-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        for format in ReportFormats.registered {
            let checked = try CriaBinary.run(["check", Self.sample, "--format", format.name, "--output", "\(format.name)=\(folder)/check.\(format.fileExtension)"])
            XCTAssertEqual(checked.status, 0, "check --format \(format.name): \(checked.stderr)")
            let saved = try String(contentsOfFile: "\(folder)/check.\(format.fileExtension)", encoding: .utf8)
            for (text, how) in [(checked.stdout, "--format"), (saved, "--output")] {
                XCTAssertTrue(text.contains("dfe-kinship-allowance-pilot.xml"), "check \(how) \(format.name) does not name the document")
                XCTAssertTrue(Self.showsTheFailOfTheSample(text, format: format.name), "check \(how) \(format.name) does not give the fail")
            }

            let batch = try CriaBinary.run(["batch", Self.sample, "--quiet", "--output", "\(format.name)=\(folder)/batch.\(format.fileExtension)"])
            XCTAssertEqual(batch.status, 0, "batch --output \(format.name): \(batch.stderr)")
            XCTAssertEqual(batch.stdout, "", "batch --output \(format.name) writes no report on stdout")
            let written = try String(contentsOfFile: "\(folder)/batch.\(format.fileExtension)", encoding: .utf8)
            XCTAssertTrue(written.contains("dfe-kinship-allowance-pilot.xml"), "batch \(format.name) does not name the document")
            XCTAssertTrue(Self.showsTheFailOfTheSample(written, format: format.name), "batch \(format.name) does not give the fail")
        }
        // No temporary folder of a check's batch-rendered formats is left behind.
        let left = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        XCTAssertEqual(left, ReportFormats.registered.flatMap { ["batch.\($0.fileExtension)", "check.\($0.fileExtension)"] }.sorted())
    }

    func testTheHelpOfCheckAndBatchNamesEveryFormat() throws {
        for command in ["check", "batch"] {
            let help = try CriaBinary.run([command, "--help"]).stdout
            for format in ReportFormats.registered {
                XCTAssertTrue(help.contains(format.name), "\(command) --help does not name \(format.name)")
            }
        }
    }

    /// The sample fails `feedback-to-children` (a warning); the Markdown report counts each
    /// document's fails and reviews instead of naming rules.
    static func showsTheFailOfTheSample(_ text: String, format: String) -> Bool {
        format == "markdown" ? text.contains("| direct | 3 | 3 |") : text.contains("feedback-to-children")
    }
}
