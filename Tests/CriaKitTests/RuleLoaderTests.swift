import Foundation
import XCTest

@testable import CriaKit

final class RuleLoaderTests: XCTestCase {
    /// Every problem loading a pack with these files, as `relative/path:line:column: error: ...`.
    private func problems(
        _ files: [String: String], roles: String? = TestPack.defaultRoles,
        file: StaticString = #filePath, line: UInt = #line
    ) throws -> [String] {
        let pack = try TestPack.make(files: files, roles: roles)
        defer { pack.remove() }
        do {
            _ = try RuleLoader().load(directory: pack.directory)
            XCTFail("expected the pack to be refused", file: file, line: line)
            return []
        } catch let error as RuleLoadError {
            return error.problems.map { $0.description.replacingOccurrences(of: pack.directory + "/", with: "") }
        }
    }

    private let good = TestPack.rule(id: "good-rule", expect: "{section: children-views}")

    /// Found by the rules fuzz target (LeakSanitizer): the loader's buffer of parse results
    /// was freed without releasing them, so every rule file's YAML tree stayed in memory.
    func testParsedRuleFilesAreReleased() throws {
        weak var tag: AnyObject?
        do {
            let results = RuleLoader().parseAll([packageRoot + "/rules/lexicons/gc14-health.yaml"])
            guard case .success(let view) = results[0], case .mapping(let mapping) = view.node else { return XCTFail("not parsed") }
            tag = mapping.tag
            XCTAssertNotNil(tag)
        }
        XCTAssertNil(tag)
    }

    func testAGoodPackLoads() throws {
        let pack = try TestPack.make(files: ["rules/a.yaml": TestPack.rulesFile(good)])
        defer { pack.remove() }
        let loaded = try RuleLoader().load(directory: pack.directory)
        XCTAssertEqual(loaded.rules.map(\.id), ["good-rule"])
        XCTAssertEqual(loaded.rules[0].articles, [12])
        XCTAssertEqual(loaded.rules[0].severity, .error)
        XCTAssertEqual(loaded.rules[0].location, SourceLocation(line: 2, column: 5))
        XCTAssertEqual(loaded.roles.map(\.name), ["children-views", "best-interests", "screening", "evidence"])
        XCTAssertEqual(loaded.relevance.directLexicons, ["children"])
        XCTAssertEqual(loaded.relevance.directAtLeast, 3)
    }

    func testUnknownKeyWithSuggestionAndMissingRequiredKey() throws {
        let rule = TestPack.rule(id: "my-rule", expect: "{section: children-views}").replacingOccurrences(of: "    expect:", with: "    expcet:")
        XCTAssertEqual(
            try problems(["rules/a.yaml": TestPack.rulesFile(rule)]),
            [
                "rules/a.yaml:7:5: error: unknown key 'expcet'; did you mean 'expect'?",
                "rules/a.yaml:2:5: error: rule 'my-rule' has no `expect`",
            ])
    }

    func testUnknownKeyInsideACondition() throws {
        let rule = TestPack.rule(id: "my-rule", expect: "{mentions: children, atleast: 2}")
        XCTAssertEqual(
            try problems(["rules/a.yaml": TestPack.rulesFile(rule)]),
            [
                "rules/a.yaml:7:34: error: unknown key 'atleast' in a `mentions` condition; did you mean 'atLeast'?"
            ])
    }

    func testIdMustBeKebabCase() throws {
        let rule = TestPack.rule(id: "My_Rule", expect: "{section: children-views}")
        XCTAssertEqual(
            try problems(["rules/a.yaml": TestPack.rulesFile(rule)]),
            [
                "rules/a.yaml:2:9: error: rule id 'My_Rule' is not kebab-case (lowercase words joined by '-')"
            ])
    }

    func testDuplicateIdPointsAtBoth() throws {
        XCTAssertEqual(
            try problems([
                "rules/a.yaml": TestPack.rulesFile(good),
                "rules/b.yaml": TestPack.rulesFile(TestPack.rule(id: "other-rule", expect: "{section: evidence}"), good),
            ]).map { $0.replacingOccurrences(of: NSTemporaryDirectory(), with: "") }.map { $0.replacingOccurrences(of: #"cria-pack-[0-9A-F-]+/"#, with: "", options: .regularExpression) },
            [
                "rules/b.yaml:13:5: error: duplicate rule id 'good-rule' (first defined at rules/a.yaml:2:5)"
            ])
    }

    /// A gate's `keeps:` is checked against the packs as merged (a department's pack may keep a
    /// rule of the default one): an id that no rule has is a located error, not a gate that
    /// silently keeps nothing.
    func testAKeptRuleMustExistOnceThePacksAreMerged() throws {
        let gate = TestPack.rule(id: "the-gate", expect: "{section: evidence}").replacingOccurrences(
            of: "    expect:", with: "    gate: true\n    keeps: [good-rule, goood-rule]\n    expect:")
        let pack = try TestPack.make(files: ["rules/a.yaml": TestPack.rulesFile(good, gate)])
        defer { pack.remove() }
        let loaded = try RuleLoader().load(directory: pack.directory)
        XCTAssertEqual(loaded.rules.map(\.keeps), [[], ["good-rule", "goood-rule"]])
        XCTAssertThrowsError(try RulePack.merged([loaded])) { error in
            XCTAssertEqual(
                (error as? ConfigError)?.problems.map { $0.replacingOccurrences(of: pack.directory + "/", with: "") },
                ["rules/a.yaml:13:5: error: rule 'the-gate' keeps 'goood-rule', which is no rule of the pack"])
        }
        let other = try TestPack.make(files: ["rules/b.yaml": TestPack.rulesFile(TestPack.rule(id: "goood-rule", expect: "{section: evidence}"))])
        defer { other.remove() }
        XCTAssertEqual(try RulePack.merged([loaded, try RuleLoader().load(directory: other.directory)]).rules.count, 3)
    }

    func testUnknownLexiconAndRoleWithSuggestions() throws {
        let rule = TestPack.rule(id: "my-rule", expect: "{mentions: childrn, in: best-interest}")
        XCTAssertEqual(
            try problems(["rules/a.yaml": TestPack.rulesFile(rule)]),
            [
                "rules/a.yaml:7:24: error: unknown lexicon 'childrn'; did you mean 'children'?",
                "rules/a.yaml:7:37: error: unknown section role 'best-interest'; did you mean 'best-interests'?",
            ])
    }

    func testUnknownCondition() throws {
        let rule = TestPack.rule(id: "my-rule", expect: "{sektion: children-views}")
        let found = try problems(["rules/a.yaml": TestPack.rulesFile(rule)])
        XCTAssertEqual(found.count, 1)
        XCTAssertTrue(
            found[0].hasPrefix(
                "rules/a.yaml:7:14: error: unknown condition 'sektion'; expected one of all, any, attachments, childrenOnlyAsDependants, cites, "
                    + "count, documentType, field, hasText, kind, linkedShare, mentions, near, not, relevance, screeningConsistent, section"),
            found[0])
    }

    func testCountNeedsABoundThatIsANumber() throws {
        XCTAssertEqual(
            try problems(["rules/a.yaml": TestPack.rulesFile(TestPack.rule(id: "my-rule", expect: "{count: children, in: screening}"))]),
            [
                "rules/a.yaml:7:13: error: a `count` condition needs `atLeast` or `atMost` (mentions per 1,000 words)"
            ])
        XCTAssertEqual(
            try problems(["rules/a.yaml": TestPack.rulesFile(TestPack.rule(id: "my-rule", expect: "{count: children, atMost: few}"))]),
            [
                "rules/a.yaml:7:39: error: `atMost` takes a number of mentions per 1,000 words, such as 2.5"
            ])
        XCTAssertEqual(
            try problems(["rules/a.yaml": TestPack.rulesFile(TestPack.rule(id: "my-rule", expect: "{count: children, atLeast: 5, atMost: 2, distinct: true}"))]),
            [
                "rules/a.yaml:7:54: error: unknown key 'distinct' in a `count` condition",
                "rules/a.yaml:7:51: error: `atMost: 2.0` is below `atLeast: 5.0`, so the condition can never hold",
            ])
    }

    func testPackYAMLNamesThePackAndItsVersion() throws {
        let pack = try TestPack.make(files: ["rules/a.yaml": TestPack.rulesFile(good), "pack.yaml": "name: test-pack\nversion: 1.2.0\n"])
        defer { pack.remove() }
        _ = try RuleLoader().load(directory: pack.directory)
        XCTAssertEqual(RulePackInfo.read(directory: pack.directory), RulePackInfo(name: "test-pack", version: "1.2.0"))
        XCTAssertEqual(
            try problems(["rules/a.yaml": TestPack.rulesFile(good), "pack.yaml": "name: test-pack\nversoin: 1.2.0\n"]),
            [
                "pack.yaml:2:1: error: unknown key 'versoin' in pack.yaml; expected name, version; did you mean 'version'?"
            ])
    }

    func testBadSeverityAndArticleOutOfRange() throws {
        let rule = TestPack.rule(id: "my-rule", expect: "{cites: [55]}", severity: "critical", articles: "[0, 12]")
        XCTAssertEqual(
            try problems(["rules/a.yaml": TestPack.rulesFile(rule)]),
            [
                "rules/a.yaml:6:15: error: unknown severity 'critical'; expected error, warning or info",
                "rules/a.yaml:4:15: error: UNCRC article 0 does not exist (1-54)",
                "rules/a.yaml:7:21: error: UNCRC article 55 does not exist (1-54)",
            ])
    }

    func testRuleNeedsAFailAndAPassExample() throws {
        let rule = TestPack.rule(id: "my-rule", expect: "{section: children-views}").replacingOccurrences(of: "      pass: [\"<p>pass</p>\"]\n", with: "")
        XCTAssertEqual(
            try problems(["rules/a.yaml": TestPack.rulesFile(rule)]),
            [
                "rules/a.yaml:11:7: error: rule 'my-rule' has no example that must pass"
            ])
        let noFail = TestPack.rule(id: "my-rule", expect: "{section: children-views}").replacingOccurrences(of: "      fail: [\"<p>fail</p>\"]\n", with: "")
        XCTAssertEqual(
            try problems(["rules/a.yaml": TestPack.rulesFile(noFail)]),
            [
                "rules/a.yaml:11:7: error: rule 'my-rule' has no example that must fail"
            ])
    }

    /// `nearMiss` needs both its parts, knows no others, and a rule with it needs an example
    /// that its close candidate makes review.
    func testANearMissNeedsWhenLacksAndAReviewExample() throws {
        let base = TestPack.rule(id: "my-rule", expect: "{section: children-views}")
        let noReview = base.replacingOccurrences(of: "    message:", with: "    nearMiss: {when: {section: evidence}, lacks: a view}\n    message:")
        XCTAssertEqual(
            try problems(["rules/a.yaml": TestPack.rulesFile(noReview)]),
            ["rules/a.yaml:8:15: error: rule 'my-rule' has `nearMiss:` but no example that must be review: give one whose close candidate makes it review"])
        let withReview = { (nearMiss: String) in
            base.replacingOccurrences(of: "    message:", with: "    nearMiss: \(nearMiss)\n    message:")
                .replacingOccurrences(of: "      pass: [", with: "      review: [\"<p>close</p>\"]\n      pass: [")
        }
        XCTAssertEqual(
            try problems(["rules/a.yaml": TestPack.rulesFile(withReview("{when: {section: evidence}}"))]),
            ["rules/a.yaml:8:15: error: `nearMiss` needs `when:` (the condition a close candidate meets) and `lacks:` (what such a candidate lacks, in words)"])
        XCTAssertEqual(
            try problems(["rules/a.yaml": TestPack.rulesFile(withReview("{when: {section: evidence}, lacks: a view, because: x}"))]),
            ["rules/a.yaml:8:58: error: unknown key 'because' in `nearMiss`; expected when, lacks"])
        let pack = try TestPack.make(files: ["rules/a.yaml": TestPack.rulesFile(withReview("{when: {section: evidence}, lacks: a view}"))])
        defer { pack.remove() }
        XCTAssertEqual(try RuleLoader().load(directory: pack.directory).rules[0].nearMiss?.lacks, "a view")
    }

    /// `reviewArticles` are article numbers, and only for a rule with a `review:` to speak for.
    func testReviewArticlesAreArticlesOfARuleWithAReview() throws {
        let base = TestPack.rule(id: "my-rule", expect: "{section: children-views}")
        XCTAssertEqual(
            try problems(["rules/a.yaml": TestPack.rulesFile(base.replacingOccurrences(of: "    message:", with: "    reviewArticles: [4]\n    message:"))]),
            ["rules/a.yaml:8:21: error: rule 'my-rule' has `reviewArticles:` but no `review:`: they are the articles its review speaks for"])
        let withReview = base.replacingOccurrences(of: "    message:", with: "    review: {section: evidence}\n    reviewArticles: [4, 60]\n    message:")
        XCTAssertEqual(try problems(["rules/a.yaml": TestPack.rulesFile(withReview)]), ["rules/a.yaml:9:21: error: UNCRC article 60 does not exist (1-54)"])
        let pack = try TestPack.make(files: ["rules/a.yaml": TestPack.rulesFile(withReview.replacingOccurrences(of: "[4, 60]", with: "[4]"))])
        defer { pack.remove() }
        XCTAssertEqual(try RuleLoader().load(directory: pack.directory).rules[0].reviewArticles, [4])
    }

    func testInvalidYAMLIsLocatedByTheParser() throws {
        XCTAssertEqual(
            try problems(["rules/a.yaml": "rules:\n  - id: x\n    title: [unclosed\n    severity: error\n"]),
            [
                "rules/a.yaml:4:13: error: invalid YAML: did not find expected ',' or ']' while parsing a flow sequence"
            ])
    }

    func testAliasBombIsRefusedAtTheNodeLimit() throws {
        var yaml = "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
        let names = ["b", "c", "d", "e", "f", "g", "h", "i", "j"]
        var previous = "a"
        for name in names {
            yaml += "\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 10).joined(separator: ", ") + "]\n"
            previous = name
        }
        yaml += "rules: [*j]\n"
        let found = try problems(["rules/bomb.yaml": yaml])
        XCTAssertEqual(found, ["rules/bomb.yaml:1:1: error: more than 200000 YAML nodes once aliases are expanded"])
    }

    func testEmptyFolder() throws {
        let directory = NSTemporaryDirectory() + "cria-empty-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        XCTAssertThrowsError(try RuleLoader().load(directory: directory)) { error in
            XCTAssertEqual((error as? RuleLoadError)?.description, "\(directory):1:1: error: no rule files (*.yaml) found")
        }
    }

    /// `distinctTerms` is a whole number of at least 1; anything else is a located error.
    func testDistinctTermsIsAWholeNumber() throws {
        let relevance = "direct: { lexicons: [children], atLeast: 3 }\ndistinctTerms: none\n"
        XCTAssertEqual(
            try problems(["rules/a.yaml": TestPack.rulesFile(good), "relevance.yaml": relevance]),
            ["relevance.yaml:2:1: error: relevance.yaml `distinctTerms` must be a whole number of at least 1"])
        let pack = try TestPack.make(files: ["rules/a.yaml": TestPack.rulesFile(good), "relevance.yaml": relevance.replacingOccurrences(of: "none", with: "3")])
        defer { pack.remove() }
        XCTAssertEqual(try RuleLoader().load(directory: pack.directory).relevance.distinctTerms, 3)
    }

    /// `reach` is one way through or a list of them, each counted on its own and named by
    /// its `through`; a misspelt key in any entry is a located error.
    func testReachIsAListOfWaysThrough() throws {
        let relevance = """
            direct: { lexicons: [children], atLeast: 3 }
            reach:
              - { through: statements about claimants, atLeast: 3 }
              - { through: statements about play areas, atleast: 2 }
            """
        XCTAssertEqual(
            try problems(["rules/a.yaml": TestPack.rulesFile(good), "relevance.yaml": relevance]),
            ["relevance.yaml:4:45: error: unknown key 'atleast' in relevance.yaml `reach`; expected through, about, domains, kinds, atLeast, perThousandWords"])
        let pack = try TestPack.make(files: ["rules/a.yaml": TestPack.rulesFile(good), "relevance.yaml": relevance.replacingOccurrences(of: "atleast", with: "atLeast")])
        defer { pack.remove() }
        let loaded = try RuleLoader().load(directory: pack.directory)
        XCTAssertEqual(loaded.relevance.reach.map(\.through), ["statements about claimants", "statements about play areas"])
        XCTAssertEqual(loaded.relevance.reach.map(\.atLeast), [3, 2])
    }

    func testLexiconAndRoleFileProblems() throws {
        XCTAssertEqual(
            try problems([
                "lexicons/empty.yaml": "description: nothing\nterms: []\n",
                "rules/a.yaml": TestPack.rulesFile(good),
            ]), ["lexicons/empty.yaml:1:1: error: lexicon 'empty' needs a non-empty `terms:` list"])
        XCTAssertEqual(
            try problems(["rules/a.yaml": TestPack.rulesFile(good)], roles: "roles:\n  children-views:\n    titels: [x]\n"),
            [
                "roles.yaml:3:5: error: unknown key 'titels' in role 'children-views'; expected titles, content",
                "roles.yaml:2:3: error: role 'children-views' needs a non-empty `titles:` list",
            ])
    }
}
