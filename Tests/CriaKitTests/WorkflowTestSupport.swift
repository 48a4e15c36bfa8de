import Foundation
import XCTest

@testable import CriaKit

/// A temporary folder with a tiny rule pack for the workflow tests:
/// - `views` (error, Art 12): a "voice of the child" section (review when 5 words or fewer);
/// - `best-interests` (warning, Art 3): cites Article 3; its message holds `"`, `<` and `&`.
final class WorkflowFixture {
    let root: String
    var pack: String { root + "/pack" }

    init() throws {
        root = NSTemporaryDirectory() + "cria-workflow-tests-" + UUID().uuidString
        try write(
            "pack/roles.yaml",
            """
            roles:
              children-views:
                titles: [voice of the child]

            """)
        try write(
            "pack/rules.yaml",
            """
            rules:
              - id: views
                title: Children's views were sought
                articles: [12]
                references: ["UNCRC Art 12"]
                severity: error
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
                    - '{"voiceOfTheChild": "We held workshops with many pupils in ten schools."}'
              - id: best-interests
                title: Best interests considered
                articles: [3]
                references: ["UNCRC Art 3"]
                severity: warning
                expect:
                  cites: [3]
                message: Best interests "not weighed" <here> & there, 100%.
                guidance: Weigh them.
                examples:
                  fail:
                    - '{"summary": "Children and pupils."}'
                  pass:
                    - '{"summary": "Article 3 applies."}'

            """)
    }

    deinit { try? FileManager.default.removeItem(atPath: root) }

    @discardableResult
    func write(_ relative: String, _ text: String) throws -> String {
        let path = root + "/" + relative
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    func compiled(_ config: CriaConfig = CriaConfig()) throws -> CompiledPack {
        try config.apply(to: RuleLoader().load(directory: pack))
    }

    func check(_ text: String, file: String = "doc.xml", config: CriaConfig = CriaConfig()) throws -> Assessment {
        let document = try DocumentLoader().read(bytes: Array(text.utf8), file: file)
        return try Evaluator(pack: compiled(config)).check(Proposal(document: document))
    }

    /// Fails both rules.
    static let failingXML = """
        <proposal>
          <summary>We will change the bus timetable for the whole county next year.</summary>
          <costs>The change saves money across the county transport budget.</costs>
        </proposal>

        """
}

func result(_ assessment: Assessment, _ rule: String) -> RuleResult? {
    assessment.results.first { $0.ruleID == rule }
}
