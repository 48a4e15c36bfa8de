import Foundation
import XCTest

@testable import CriaKit

/// The `cria init` templates: well-formed, valid against their own schemas, every section
/// recognised in its role, guidance never read as prose, and a properly filled-in example of
/// each passes every rule of the bundled pack.
final class TemplateTests: XCTestCase {
    private static let fixtures = packageRoot + "/Tests/CriaKitTests/Fixtures/"
    private static let filledXML = fixtures + "template-filled.xml"
    private static let filledJSON = fixtures + "template-filled.json"

    /// The role each top-level section of the template must get from the bundled `roles.yaml`.
    private static let expectedRoles: [(title: String, role: String)] = [
        ("policy summary", "summary"), ("screening", "screening"), ("children affected", "children-affected"),
        ("evidence", "evidence"), ("childrens views", "children-views"), ("rights impacts", "rights-engaged"),
        ("best interests", "best-interests"), ("non discrimination", "groups"), ("mitigation", "mitigation"),
        ("options considered", "options"), ("resources", "resources"), ("monitoring and evaluation", "monitoring"),
        ("child friendly summary", "child-friendly-summary"), ("publication", "publication"), ("conclusion", "conclusion"),
    ]

    private func bundledPack() throws -> CompiledPack {
        CompiledPack(try RuleLoader().load(directory: packageRoot + "/rules"))
    }

    private func load(text: String, file: String) throws -> Proposal {
        Proposal(document: try DocumentLoader().read(bytes: Array(text.utf8), file: file))
    }

    private func load(path: String) throws -> Proposal {
        Proposal(document: try DocumentLoader().load(path: path))
    }

    // MARK: Well-formed and recognised

    func testXMLTemplateIsWellFormed() throws {
        let root = try XMLReader.read(bytes: Array(CRIATemplate.template(.xml).utf8), file: "cria-assessment.xml")
        XCTAssertEqual(root.label, "ChildRightsImpactAssessment")
        XCTAssertNoThrow(try XMLReader.read(bytes: Array(CRIATemplate.schema(.xml).utf8), file: "cria-template.xsd"))
    }

    func testJSONTemplateAndSchemaAreValidJSON() throws {
        for text in [CRIATemplate.template(.json), CRIATemplate.schema(.json)] {
            let object = try JSONSerialization.jsonObject(with: Data(text.utf8))
            XCTAssertTrue(object is [String: Any])
        }
        XCTAssertNoThrow(try load(text: CRIATemplate.template(.json), file: "cria-assessment.json"))
    }

    func testEverySectionOfBothTemplatesGetsItsRole() throws {
        let pack = try bundledPack()
        for (format, file) in [(CRIATemplate.Format.xml, "t.xml"), (.json, "t.json")] {
            for proposal in [
                try load(text: CRIATemplate.template(format), file: file),
                try load(path: format == .xml ? Self.filledXML : Self.filledJSON),
            ] {
                _ = Evaluator.analyse(proposal, pack: pack)
                // An element's attributes may follow its name: "conclusion: overall impact positive".
                let top = proposal.root.children
                let titles = top.map { String($0.title.prefix { $0 != ":" }) }
                XCTAssertEqual(titles, Self.expectedRoles.map(\.title), "\(format)")
                for (title, role) in Self.expectedRoles {
                    let section = top.first { $0.title.prefix { $0 != ":" } == title }
                    XCTAssertTrue(section?.roles.contains(role) ?? false, "\(format): \(title) has roles \(section?.roles.sorted() ?? []), not \(role)")
                }
            }
        }
    }

    func testBlankTemplatesHoldNoProseAndFilledJSONGuidanceIsNotRead() throws {
        for (format, file) in [(CRIATemplate.Format.xml, "t.xml"), (.json, "t.json")] {
            let blank = try load(text: CRIATemplate.template(format), file: file)
            XCTAssertEqual(blank.root.wordCount, 0, "\(format): guidance was read as prose")
        }
        let filled = try load(path: Self.filledJSON)
        let raw = try String(contentsOfFile: Self.filledJSON, encoding: .utf8)
        XCTAssertTrue(raw.contains("\"_guidance\""), "the JSON fixture keeps the template's guidance")
        XCTAssertFalse(filled.root.text.contains("GC12 paras 45 and 132-134"), "guidance was read as prose")
    }

    func testFilledExamplesAreCompleteAndMatchTheirMetadata() throws {
        for path in [Self.filledXML, Self.filledJSON] {
            let proposal = try load(path: path)
            XCTAssertGreaterThanOrEqual(proposal.root.wordCount, 500, path)
            XCTAssertEqual(proposal.metadata.title, "Expanding free breakfast clubs to every state-funded primary school in England")
            XCTAssertEqual(proposal.metadata.department, "Department for Education")
            XCTAssertEqual(proposal.metadata.reference, "DFE-CRIA-2025-031")
            XCTAssertEqual(proposal.metadata.date, "2025-06-18")
        }
    }

    // MARK: Valid against the schemas

    func testXMLTemplateAndFilledExampleAreValidAgainstTheXSD() throws {
        guard let xmllint = Self.executable("xmllint") else { throw XCTSkip("xmllint is not installed (apt-get install libxml2-utils)") }
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let schema = folder + "/cria-template.xsd", blank = folder + "/blank.xml"
        try CRIATemplate.schema(.xml).write(toFile: schema, atomically: true, encoding: .utf8)
        try CRIATemplate.template(.xml).write(toFile: blank, atomically: true, encoding: .utf8)
        for file in [blank, Self.filledXML] {
            let run = try Self.run(xmllint, ["--noout", "--schema", schema, file])
            XCTAssertEqual(run.status, 0, "\(file) is not valid against the XSD:\n\(run.output)")
        }
        // The schema does reject a wrong value.
        let wrong = folder + "/wrong.xml"
        try CRIATemplate.template(.xml).replacingOccurrences(of: "<Conclusion overallImpact=\"\">", with: "<Conclusion overallImpact=\"great\">")
            .write(toFile: wrong, atomically: true, encoding: .utf8)
        XCTAssertNotEqual(try Self.run(xmllint, ["--noout", "--schema", schema, wrong]).status, 0)
    }

    func testJSONTemplateAndFilledExampleAreValidAgainstTheJSONSchema() throws {
        guard let python = Self.executable("python3"), (try? Self.run(python, ["-c", "import jsonschema"]))?.status == 0 else {
            throw XCTSkip("python3 with jsonschema is not installed")
        }
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let schema = folder + "/cria-template.schema.json", blank = folder + "/blank.json"
        try CRIATemplate.schema(.json).write(toFile: schema, atomically: true, encoding: .utf8)
        try CRIATemplate.template(.json).write(toFile: blank, atomically: true, encoding: .utf8)
        let script = """
            import json, sys, jsonschema
            schema = json.load(open(sys.argv[1]))
            jsonschema.Draft202012Validator.check_schema(schema)
            errors = list(jsonschema.Draft202012Validator(schema).iter_errors(json.load(open(sys.argv[2]))))
            for e in errors: print(list(e.path), e.message)
            sys.exit(1 if errors else 0)
            """
        for file in [blank, Self.filledJSON] {
            let run = try Self.run(python, ["-c", script, schema, file])
            XCTAssertEqual(run.status, 0, "\(file) is not valid against the JSON Schema:\n\(run.output)")
        }
        let wrong = folder + "/wrong.json"
        try CRIATemplate.template(.json).replacingOccurrences(of: "\"overallImpact\": \"\"", with: "\"overallImpact\": \"great\"")
            .write(toFile: wrong, atomically: true, encoding: .utf8)
        XCTAssertNotEqual(try Self.run(python, ["-c", script, schema, wrong]).status, 0)
    }

    // MARK: A filled-in template passes the bundled rules

    func testFilledXMLTemplatePassesEveryBundledRule() throws {
        try assertPassesEveryRule(Self.filledXML)
    }

    func testFilledJSONTemplatePassesEveryBundledRule() throws {
        try assertPassesEveryRule(Self.filledJSON)
    }

    private func assertPassesEveryRule(_ path: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let assessment = Evaluator(pack: try bundledPack()).assess(try load(path: path))
        XCTAssertEqual(assessment.relevance, .direct, file: file, line: line)
        let problems = assessment.results.filter { $0.outcome == .fail || $0.outcome == .review }
        XCTAssertTrue(problems.isEmpty, "\((path as NSString).lastPathComponent): " + problems.map { "\($0.outcome) \($0.ruleID): \($0.message)" }.joined(separator: "\n"), file: file, line: line)
        XCTAssertGreaterThan(assessment.results.filter { $0.outcome == .pass }.count, 20, file: file, line: line)
    }

    // MARK: Helpers

    private static func executable(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    private static func temporaryFolder() throws -> String {
        let folder = NSTemporaryDirectory() + "cria-template-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return folder
    }

    private static func run(_ executable: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
