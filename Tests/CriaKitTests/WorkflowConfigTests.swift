import Foundation
import XCTest

@testable import CriaKit

final class WorkflowConfigTests: XCTestCase {
    func testUnknownKeyIsLocatedWithSuggestion() throws {
        let fixture = try WorkflowFixture()
        let path = try fixture.write(".cria.yml", "failOn: warning\nrulse: [pack]\n")
        XCTAssertThrowsError(try CriaConfig.load(path: path)) { error in
            XCTAssertEqual((error as? ConfigError)?.problems, ["\(path):2:1: error: unknown key 'rulse'; did you mean 'rules'?"])
        }
    }

    func testBadSeverityAndFailOnAreLocated() throws {
        let fixture = try WorkflowFixture()
        let path = try fixture.write(".cria.yml", "severity:\n  views: critical\nfailOn: sometimes\n")
        XCTAssertThrowsError(try CriaConfig.load(path: path)) { error in
            XCTAssertEqual(
                (error as? ConfigError)?.problems,
                [
                    "\(path):2:10: error: unknown severity 'critical' for 'views'; expected error, warning or info",
                    "\(path):3:9: error: unknown failOn 'sometimes'; expected error, warning, info or never",
                ])
        }
    }

    func testUnknownRuleIdIsLocatedOnceThePackIsLoaded() throws {
        let fixture = try WorkflowFixture()
        let path = try fixture.write(".cria.yml", "rules: [pack]\ndisable:\n  - veiws\n")
        let config = try CriaConfig.load(path: path)
        XCTAssertThrowsError(try config.loadPack()) { error in
            XCTAssertEqual((error as? ConfigError)?.problems, ["\(path):3:5: error: unknown rule 'veiws' in `disable`; did you mean 'views'?"])
        }
        var flagged = CriaConfig()
        var problems: [String] = []
        flagged.apply(ConfigOverrides(severity: ["nope=info"]), problems: &problems)
        XCTAssertThrowsError(try fixture.compiled(flagged)) { error in
            XCTAssertEqual((error as? ConfigError)?.problems, ["cria: error: --severity: unknown rule 'nope'"])
        }
    }

    func testTheConfigurationIsFoundAlikeFromPlainAndUnusualSpellingsOfAFolder() throws {
        let fixture = try WorkflowFixture()
        let path = try fixture.write(".cria.yml", "failOn: warning\n")
        let sub = fixture.root + "/docs/deep"
        try FileManager.default.createDirectory(atPath: sub, withIntermediateDirectories: true)
        let plain = URL(fileURLWithPath: sub).standardizedFileURL.path
        XCTAssertTrue(CriaConfig.isPlainAbsolutePath(plain))
        let found = CriaConfig.find(from: plain)
        XCTAssertEqual(found, URL(fileURLWithPath: path).standardizedFileURL.path)
        for spelling in [plain + "/", plain + "/.", plain + "/../deep", plain.replacingOccurrences(of: "/docs/", with: "/docs//")] {
            XCTAssertFalse(CriaConfig.isPlainAbsolutePath(spelling), spelling)
            XCTAssertEqual(CriaConfig.find(from: spelling), found, spelling)
        }
        XCTAssertTrue(CriaConfig.isPlainAbsolutePath("/"))
        XCTAssertFalse(CriaConfig.isPlainAbsolutePath("docs/deep"))
    }

    func testPackSettingsAreTheEnvironmentsValues() {
        let environment = ProcessInfo.processInfo.environment
        let settings = CriaEnvironment.packSettings()
        for name in CriaEnvironment.packVariables { XCTAssertEqual(settings[name], environment[name], name) }
        XCTAssertEqual(Set(settings.keys), Set(CriaEnvironment.packVariables.filter { environment[$0] != nil }))
    }

    func testPrecedenceFlagOverFileOverDefault() throws {
        let fixture = try WorkflowFixture()
        try fixture.write(".cria.yml", "rules: pack\nfailOn: warning\ninclude: ['*.xml']\nseverity:\n  views: info\n")
        let sub = fixture.root + "/docs/deep"
        try FileManager.default.createDirectory(atPath: sub, withIntermediateDirectories: true)

        let defaults = try CriaConfig.resolve(directory: NSTemporaryDirectory() + "/no-config-" + UUID().uuidString)
        XCTAssertEqual(defaults.failOn.value, .error)
        XCTAssertEqual(defaults.failOn.source, .default)

        let fromFile = try CriaConfig.resolve(directory: sub)  // found in a parent folder
        let file = URL(fileURLWithPath: fixture.root + "/.cria.yml").standardizedFileURL.path
        XCTAssertEqual(fromFile.file.map { URL(fileURLWithPath: $0).standardizedFileURL.path }, file)
        XCTAssertEqual(fromFile.failOn.value, .warning)
        XCTAssertEqual(fromFile.failOn.source, .file(fromFile.file!))
        XCTAssertEqual(fromFile.rules.value, [URL(fileURLWithPath: fixture.pack).standardizedFileURL.path], "relative to the config file")
        XCTAssertEqual(fromFile.include.value, ["*.xml"])
        XCTAssertEqual(fromFile.exclude.source, .default)

        let flagged = try CriaConfig.resolve(overrides: ConfigOverrides(severity: ["views=warning"], failOn: .never, include: ["*.json"]), directory: sub)
        XCTAssertEqual(flagged.failOn.value, .never)
        XCTAssertEqual(flagged.failOn.source, .flag)
        XCTAssertEqual(flagged.include.value, ["*.json"])
        XCTAssertEqual(flagged.severity.map(\.rule), ["views"])
        XCTAssertEqual(flagged.severity.first?.value.value, .warning)
        XCTAssertEqual(flagged.severity.first?.value.source, .flag)

        let shown = flagged.show()
        XCTAssertTrue(shown.contains("failOn: never"), shown)
        XCTAssertTrue(shown.contains("# flag"), shown)
        XCTAssertTrue(shown.contains("# file "), shown)
        XCTAssertTrue(shown.contains("exclude: []"), shown)
        XCTAssertTrue(shown.contains("# default"), shown)
    }

    func testDisabledRuleIsGoneAndSeverityShowsEverywhere() throws {
        let fixture = try WorkflowFixture()
        let config = try CriaConfig.parse("disable: [views]\nseverity: {best-interests: error}\n", file: fixture.root + "/.cria.yml")
        let pack = try fixture.compiled(config)
        XCTAssertEqual(pack.rules.map(\.id), ["best-interests"])
        XCTAssertEqual(pack.disabledRuleIDs, ["views"])
        let assessment = try fixture.check(WorkflowFixture.failingXML, config: config)
        XCTAssertNil(result(assessment, "views"))
        XCTAssertEqual(result(assessment, "best-interests")?.severity, .error)
        let sarif = SARIFReport.render([assessment], errors: [], pack: pack.pack, includeAll: true)
        XCTAssertFalse(sarif.contains("\"views\""))
        XCTAssertTrue(sarif.contains("\"level\": \"error\""))
        let json = JSONReport.render([assessment], errors: [], rulesDirectory: fixture.pack)
        XCTAssertFalse(json.contains("\"rule\": \"views\""))
    }

    func testDepartmentMappingGlobAndRegex() throws {
        let config = try CriaConfig.parse(
            """
            departments:
              "corpus/dfe/**": Department for Education
              "/-dwp-/": Department for Work and Pensions

            """, file: "/tmp/.cria.yml")
        let rule = try config.departmentRule()
        XCTAssertEqual(rule.resolve(metadata: nil, path: "corpus/dfe/a/b.xml"), "Department for Education")
        XCTAssertEqual(rule.resolve(metadata: nil, path: "x/2024-dwp-benefits.json"), "Department for Work and Pensions")
        XCTAssertEqual(rule.resolve(metadata: "HMT", path: "corpus/dfe/b.xml"), "HMT")
        XCTAssertEqual(rule.resolve(metadata: nil, path: "other.xml"), DepartmentRule.unknown)
        XCTAssertThrowsError(try CriaConfig.parse("departments:\n  \"/([/\": X\n", file: "c.yml")) { error in
            XCTAssertEqual((error as? ConfigError)?.problems, ["c.yml:2:3: error: '/([/' is not a valid regular expression"])
        }
    }
}
