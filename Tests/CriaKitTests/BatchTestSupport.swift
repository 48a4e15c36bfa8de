import Foundation
import XCTest

@testable import CriaKit

/// A temporary folder holding a tiny rule pack and a fixed set of documents.
///
/// Expected results with the pack (rule `views`: Art 12, error; `best-interests`: Arts 3 and 2,
/// warning, only for direct relevance):
/// - dfe/a.json (department DfE): direct; views pass, best-interests fail
/// - dfe/b.xml (no department): direct; views review (4 words), best-interests pass
/// - dwp/c.json (department DWP): indirect; views fail, best-interests notApplicable
/// - dwp/d.xml (no department): none; both notApplicable
/// - bad/broken.json, bad/broken.xml: malformed
final class BatchFixture {
    let root: String
    var fixtures: String { root + "/fixtures" }
    var pack: String { root + "/pack" }
    var out: String { root + "/out" }

    init() throws {
        root = NSTemporaryDirectory() + "cria-batch-tests-" + UUID().uuidString
        try write("pack/lexicons/kids.yaml", "description: children\nterms: [child, pupil]\n")
        try write("pack/lexicons/parents.yaml", "description: parents\nterms: [parent, family]\n")
        try write(
            "pack/roles.yaml",
            """
            roles:
              children-views:
                titles: [voice of the child]
              rights:
                titles: [rights]

            """)
        try write("pack/relevance.yaml", "direct: { lexicons: [kids], atLeast: 2 }\nindirect: { lexicons: [parents], atLeast: 2 }\n")
        try write(
            "pack/rules.yaml",
            """
            rules:
              - id: views
                title: Children's views were sought
                articles: [12]
                references: ["UNCRC Art 12"]
                severity: error
                applies:
                  relevance: [direct, indirect]
                expect:
                  section: children-views
                review:
                  section: children-views
                  maxWords: 5
                message: No children's views.
                guidance: Ask children.
                examples:
                  fail:
                    - '{"summary": "Children and pupils, children again."}'
                  pass:
                    - '{"summary": "Children and pupils.", "voiceOfTheChild": "We held workshops with many pupils in ten schools."}'
              - id: best-interests
                title: Best interests considered
                articles: [3, 2]
                references: ["UNCRC Art 3"]
                severity: warning
                applies:
                  relevance: [direct]
                expect:
                  cites: [3]
                message: Best interests, "not weighed", here.
                guidance: Weigh them.
                examples:
                  fail:
                    - '{"summary": "Children and pupils."}'
                  pass:
                    - '{"summary": "Children and pupils. Article 3 applies."}'

            """)
        try write(
            "fixtures/dfe/a.json",
            """
            {"title": "A", "department": "DfE", "summary": "This affects children in schools, children and pupils.",
             "voiceOfTheChild": "We held workshops with 240 pupils aged 11 to 16 in ten schools."}

            """)
        try write(
            "fixtures/dfe/b.xml",
            """
            <proposal>
              <title>B</title>
              <summary>Children and more children.</summary>
              <voiceOfTheChild>We asked six pupils.</voiceOfTheChild>
              <rights>Article 3 best interests.</rights>
            </proposal>

            """)
        try write("fixtures/dwp/c.json", "{\"title\": \"C\", \"department\": \"DWP\", \"summary\": \"Changes for parents and each family, parents again.\"}\n")
        try write("fixtures/dwp/d.xml", "<proposal><title>D</title><summary>Roads and bridges.</summary></proposal>\n")
        try write("fixtures/bad/broken.xml", "<proposal><title>x</proposal>\n")
        try write("fixtures/bad/broken.json", "{\"a\": [1, }\n")
        try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: root) }

    func write(_ relative: String, _ text: String) throws {
        let path = root + "/" + relative
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try text.write(toFile: path, atomically: false, encoding: .utf8)
    }

    func read(_ path: String) -> String { (try? String(contentsOfFile: path, encoding: .utf8)) ?? "" }

    /// The fixture folder, a path that does not exist and a folder given in a list.
    var standardInputs: [BatchInput] {
        BatchInputs.expand([fixtures, root + "/fixtures/missing/none.xml"])
            + PathList(bytes: Array((fixtures + "/dwp\n").utf8))
    }

    static let departments = try! DepartmentRule(pattern: "fixtures/([^/]+)/")

    @discardableResult
    func run(
        _ inputs: [BatchInput]? = nil, outputs: BatchOutputs, baseline: String? = nil, jobs: Int = 2,
        departments: DepartmentRule = BatchFixture.departments, generated: String = "2024-01-01T00:00:00Z"
    ) throws -> (BatchReportWriter, String?) {
        let compiled = CompiledPack(try RuleLoader().load(directory: pack))
        let writer = try BatchReportWriter(
            outputs: outputs, pack: compiled,
            context: BatchContext(generated: generated, rulesDirectory: "pack", workingDirectory: root),
            baseline: try baseline.map { try Baseline(path: $0) }
        )
        let runner = BatchRunner(pack: compiled, jobs: jobs, departments: departments)
        try runner.run(inputs ?? standardInputs) { try writer.add($0) }
        let text = try writer.finish()
        return (writer, text)
    }

    func allOutputs(_ prefix: String = "r") -> BatchOutputs {
        BatchOutputs(
            html: "\(out)/\(prefix).html", json: "\(out)/\(prefix).json", csv: "\(out)/\(prefix).csv",
            markdown: "\(out)/\(prefix).md", sarif: "\(out)/\(prefix).sarif")
    }

    func json(_ path: String) throws -> [String: Any] {
        try XCTUnwrap(JSONSerialization.jsonObject(with: Data(read(path).utf8)) as? [String: Any])
    }
}
