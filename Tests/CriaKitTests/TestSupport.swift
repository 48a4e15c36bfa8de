import Foundation
import XCTest

@testable import CriaKit

/// A tiny rule pack written into a fresh temporary folder, so that engine tests never
/// depend on the bundled checklists.
struct TestPack {
    let directory: String

    static let defaultRoles = """
        roles:
          children-views:
            titles: [voice of the child, children's views, consultation with children]
            content: { lexicon: consulted, atLeast: 2 }
          best-interests:
            titles: [best interests]
          screening:
            titles: [screening]
          evidence:
            titles: [evidence]
        """

    static let defaultRelevance = """
        direct: { lexicons: [children], atLeast: 3 }
        indirect: { lexicons: [families], atLeast: 2 }
        """

    static let defaultLexicons: [String: [String]] = [
        "children": ["child", "young people", "pupil", "SEND"],
        "families": ["parent", "family", "household"],
        "consulted": ["consulted", "workshop", "survey", "focus group"],
        "weighing": ["weighed", "balanced", "against"],
    ]

    /// A pack with `files` (relative path → contents) over the default roles, relevance and
    /// lexicons; pass a file with the same path to replace a default.
    static func make(
        files: [String: String] = [:], lexicons: [String: [String]] = defaultLexicons,
        roles: String? = defaultRoles, relevance: String? = defaultRelevance
    ) throws -> TestPack {
        let directory = NSTemporaryDirectory() + "cria-pack-" + UUID().uuidString
        var all: [String: String] = [:]
        if let roles { all["roles.yaml"] = roles }
        if let relevance { all["relevance.yaml"] = relevance }
        for (name, terms) in lexicons {
            all["lexicons/\(name).yaml"] = "description: test lexicon \(name)\nterms:\n" + terms.map { "  - \"\($0)\"\n" }.joined()
        }
        all.merge(files) { _, new in new }
        for (relative, text) in all {
            let path = directory + "/" + relative
            try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try text.write(toFile: path, atomically: true, encoding: .utf8)
        }
        return TestPack(directory: directory)
    }

    /// YAML text of one rule; conditions are given in YAML flow style.
    static func rule(
        id: String = "test-rule", expect: String, applies: String? = nil, review: String? = nil,
        severity: String = "error", articles: String = "[12]"
    ) -> String {
        var text = """
              - id: \(id)
                title: Test rule \(id)
                articles: \(articles)
                references: ["UNCRC Art 12"]
                severity: \(severity)

            """
        if let applies { text += "    applies: \(applies)\n" }
        text += "    expect: \(expect)\n"
        if let review { text += "    review: \(review)\n" }
        text += """
                message: Rule \(id) failed.
                guidance: Do better for rule \(id).
                examples:
                  fail: ["<p>fail</p>"]
                  pass: ["<p>pass</p>"]

            """
        return text
    }

    static func rulesFile(_ rules: String...) -> String { "rules:\n" + rules.joined() }

    func load() throws -> CompiledPack { CompiledPack(try RuleLoader().load(directory: directory)) }

    func remove() { try? FileManager.default.removeItem(atPath: directory) }
}

func readDocument(_ text: String, file: String? = nil) throws -> Document {
    let trimmed = text.drop { $0.isWhitespace }
    let name = file ?? (trimmed.first == "{" || trimmed.first == "[" ? "t.json" : "t.xml")
    return try DocumentLoader().read(bytes: Array(text.utf8), file: name)
}

func proposal(_ text: String, file: String? = nil) throws -> Proposal {
    Proposal(document: try readDocument(text, file: file))
}

/// The project's own rule pack (`rules/`), compiled once for every test that judges with it.
let projectPack = CompiledPack(try! RuleLoader().load(directory: packageRoot + "/rules"))

/// The result of one of the project's rules on a proposal of this text.
func projectRuleResult(_ ruleID: String, _ text: String) throws -> RuleResult {
    let assessment = Evaluator(pack: projectPack).assess(try proposal(text))
    return try XCTUnwrap(assessment.results.first { $0.ruleID == ruleID })
}

/// Evaluates the first rule of a pack holding one rule with these conditions.
func evaluate(
    _ document: String, expect: String, applies: String? = nil, review: String? = nil,
    lexicons: [String: [String]] = TestPack.defaultLexicons
) throws -> RuleResult {
    let pack = try TestPack.make(files: ["rules/test.yaml": TestPack.rulesFile(TestPack.rule(expect: expect, applies: applies, review: review))], lexicons: lexicons)
    defer { pack.remove() }
    let assessment = Evaluator(pack: try pack.load()).assess(try proposal(document))
    return assessment.results[0]
}

/// The package root (the folder holding Package.swift), found from this source file.
let packageRoot: String = {
    var url = URL(fileURLWithPath: #filePath)
    while url.path != "/" {
        url.deleteLastPathComponent()
        if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url.path }
    }
    return FileManager.default.currentDirectoryPath
}()

extension Section {
    func find(_ title: String) -> Section? { subtree.first { $0.title == title } }
}

extension Proposal {
    func section(_ title: String) -> Section? { sections.first { $0.title == title } }
    /// "title@line:column path" of every section in document order, indented by depth.
    var outline: [String] {
        var lines: [String] = []
        func visit(_ section: Section, _ depth: Int) {
            lines.append(String(repeating: "  ", count: depth) + "\(section.title)@\(section.location) \(section.path)")
            for child in section.children { visit(child, depth + 1) }
        }
        for child in root.children { visit(child, 0) }
        return lines
    }
}
