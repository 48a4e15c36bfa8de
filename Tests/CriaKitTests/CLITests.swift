import Foundation
import XCTest

@testable import CriaKit

/// End to end: runs the built `cria` executable.
final class CLITests: XCTestCase {
    private func cria(_ arguments: [String], environment: [String: String] = [:], directory: String? = nil) throws -> CriaBinary.Run {
        try CriaBinary.run(arguments, environment: environment, directory: directory)
    }

    /// A pack with a warning rule (best interests) and an error rule (children's views), and
    /// examples that come out as they say.
    private func makePack() throws -> TestPack {
        let rules = """
            rules:
              - id: views-section
                title: Children's views were sought
                articles: [12]
                references: ["UNCRC Art 12", "GC12 para 132"]
                severity: error
                expect: {section: children-views}
                message: The proposal does not show children's views.
                guidance: Say how children's own views were gathered.
                examples:
                  fail: ["<proposal><summary><p>Text about the proposal.</p></summary></proposal>"]
                  pass: ["<proposal><voice-of-the-child><p>We asked pupils.</p></voice-of-the-child></proposal>"]
              - id: best-interests-section
                title: Best interests were weighed
                articles: [3]
                references: ["UNCRC Art 3"]
                severity: warning
                expect: {section: best-interests}
                message: The proposal does not weigh the child's best interests.
                guidance: Weigh the child's best interests against other interests.
                examples:
                  fail: ["{\\"summary\\": \\"Nothing here about interests at all.\\"}"]
                  pass: ["{\\"bestInterests\\": \\"Weighed against cost and found to come first.\\"}"]
            """
        return try TestPack.make(files: ["rules/a.yaml": rules])
    }

    private func write(_ text: String, _ name: String, in directory: String) throws -> String {
        let path = directory + "/" + name
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    private let complete = "<proposal>\n  <voice-of-the-child><p>We asked pupils.</p></voice-of-the-child>\n  <best-interests><p>Weighed first.</p></best-interests>\n</proposal>\n"
    private let noBestInterests = "<proposal>\n  <voice-of-the-child><p>We asked pupils.</p></voice-of-the-child>\n</proposal>\n"
    private let nothing = "<proposal>\n  <summary><p>Just a summary.</p></summary>\n</proposal>\n"

    func testCheckExitCodesWithFailOn() throws {
        let pack = try makePack()
        defer { pack.remove() }
        let good = try write(complete, "good.xml", in: pack.directory)
        let warning = try write(noBestInterests, "warning.xml", in: pack.directory)
        let error = try write(nothing, "error.xml", in: pack.directory)
        let rules = ["--rules", pack.directory]
        XCTAssertEqual(try cria(["check", good] + rules).status, 0)
        XCTAssertEqual(try cria(["check", warning] + rules).status, 0)
        XCTAssertEqual(try cria(["check", warning, "--fail-on", "warning"] + rules).status, 1)
        XCTAssertEqual(try cria(["check", warning, "--fail-on", "info"] + rules).status, 1)
        XCTAssertEqual(try cria(["check", error] + rules).status, 1)
        XCTAssertEqual(try cria(["check", error, "--fail-on", "never"] + rules).status, 0)
        XCTAssertEqual(try cria(["check", good, "--fail-on", "bogus"] + rules).status, 2)
        let run = try cria(["check", error] + rules, environment: ["NO_COLOR": "1"])
        XCTAssertTrue(
            run.stdout.contains(
                "\(error): fail (error): The proposal does not show children's views. [views-section] (Art 12)\n      no section on voice of the child, and not found anywhere else\n      what to do: Say how children's own views were gathered.\n"
            ), run.stdout)
    }

    /// `cria check` with paths and long options whose values parse is answered without
    /// ArgumentParser (see `CheckSettings(arguments:)`); with `--` before the paths the same
    /// arguments go through the parser. Both must give the same report, files, messages and
    /// exit code, with and without a .cria.yml to read.
    func testCheckReadDirectlyGivesWhatTheParserGives() throws {
        let folder = NSTemporaryDirectory() + "cria-plain-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        _ = try write(complete, "good.xml", in: folder)
        _ = try write(nothing, "error.xml", in: folder)
        _ = try write("<proposal>\n  <p>unclosed\n</proposal>\n", "broken.xml", in: folder)
        let sample = packageRoot + "/samples/dfe-school-attendance-mentors.xml"
        let cases: [[String]] = [[sample], ["good.xml", "error.xml"], ["good.xml", "broken.xml"], ["."], ["missing.xml"]]
        for config in [nil, "failOn: never\ndisable: [childrens-own-views]\n"] {
            if let config { _ = try write(config, ".cria.yml", in: folder) }
            for paths in cases {
                let plain = try cria(["check"] + paths, directory: folder)
                let parsed = try cria(["check", "--"] + paths, directory: folder)
                XCTAssertEqual(plain.stdout, parsed.stdout, "\(paths) \(config ?? "")")
                XCTAssertEqual(plain.stderr, parsed.stderr, "\(paths) \(config ?? "")")
                XCTAssertEqual(plain.status, parsed.status, "\(paths) \(config ?? "")")
            }
        }
        let withConfig = try cria(["check", "error.xml"], directory: folder)
        XCTAssertEqual(withConfig.status, 0, "failOn: never in .cria.yml")
        XCTAssertFalse(withConfig.stdout.contains("childrens-own-views"), withConfig.stdout)
        try FileManager.default.removeItem(atPath: folder + "/.cria.yml")

        // Options read without ArgumentParser (`CheckSettings(arguments:)`) against the same
        // options with the paths after `--`, which ArgumentParser reads.
        let optionCases: [(options: [String], paths: [String])] = [
            (["--format", "sarif"], [sample]),
            (["--format=json", "--fail-on", "never"], ["good.xml", "error.xml"]),
            (["--format", "junit", "--show-passing", "--sarif-all", "--no-cache"], ["good.xml"]),
            (["--show-passing"], ["good.xml", "broken.xml"]),
            (["--format", "json", "--format", "github"], ["error.xml"]),
            (["--include", "*.xml", "--exclude", "broken*", "--fail-on=warning"], ["."]),
            (["--disable", "childrens-own-views", "--severity", "evidence-about-children=info"], ["error.xml"]),
            (["--output", "sarif=out.sarif", "--format", "github"], ["error.xml"]),
            (["--format", "checkstyle", "--output", "JUnit=out.xml"], ["error.xml", "broken.xml"]),
            (["--max-depth", "2"], ["good.xml"]),
            (["--kind", "legislation", "--format", "json"], ["good.xml"]),
            (["--kind", "statute"], ["good.xml"]),
            (["--max-text=20", "--max-file-size", "1M"], ["good.xml"]),
            (["--baseline", "no-such-baseline.json"], ["good.xml"]),
            (["--write-baseline", "known.json", "--fail-on", "info"], ["error.xml", "good.xml"]),
            (["--config", "no-such-config.yml"], ["good.xml"]),
            (["--rules", "no-such-rules"], ["good.xml"]),
        ]
        for (options, paths) in optionCases {
            let direct = try cria(["check"] + options + paths, directory: folder)
            let writtenDirectly = try? String(contentsOfFile: folder + "/out.sarif", encoding: .utf8)
            let parsed = try cria(["check"] + options + ["--"] + paths, directory: folder)
            XCTAssertEqual(direct.stdout, parsed.stdout, "\(options) \(paths)")
            XCTAssertEqual(direct.stderr, parsed.stderr, "\(options) \(paths)")
            XCTAssertEqual(direct.status, parsed.status, "\(options) \(paths)")
            XCTAssertEqual(writtenDirectly, try? String(contentsOfFile: folder + "/out.sarif", encoding: .utf8), "\(options)")
        }
        let sarif = try cria(["check", "--format", "sarif", sample], directory: folder)
        XCTAssertEqual(sarif.status, 0, sarif.stderr)
        XCTAssertTrue(sarif.stdout.contains("\"version\": \"2.1.0\""), sarif.stdout)
        // What does not parse still gets ArgumentParser's own message.
        let unknownFormat = try cria(["check", "--format", "pdf", "good.xml"], directory: folder)
        XCTAssertEqual(unknownFormat.status, 2)
        XCTAssertTrue(unknownFormat.stderr.contains("The value 'pdf' is invalid for '--format <format>'"), unknownFormat.stderr)
        let clash = try cria(["check", "--output", "json=good.xml", "good.xml"], directory: folder)
        XCTAssertEqual(clash.status, 2)
        XCTAssertTrue(clash.stderr.contains("the output"), clash.stderr)
    }

    /// One-character names (Foundation's `deletingLastPathComponent` traps on them) are
    /// inputs, reports and configuration files like any other.
    func testOneCharacterFileNamesAreReadAndWritten() throws {
        let folder = NSTemporaryDirectory() + "cria-short-names-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        _ = try write(complete, "a", in: folder)
        _ = try write("failOn: never\n", "c", in: folder)
        let batch = try cria(["batch", "a", "--department-from", "{dir}", "--json", "x", "--quiet", "--fail-on", "never"], directory: folder)
        XCTAssertEqual(batch.status, 0, batch.stderr)
        let report = try String(contentsOfFile: folder + "/x", encoding: .utf8)
        XCTAssertTrue(report.contains("\"file\": \"a\""), report)
        let check = try cria(["check", "a", "--config", "c", "--output", "json=j"], directory: folder)
        XCTAssertEqual(check.status, 0, check.stderr)
        XCTAssertTrue(FileManager.default.fileExists(atPath: folder + "/j"))
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder).sorted(), ["a", "c", "j", "x"])
    }

    func testTheParsedPackIsCachedUnlessTurnedOff() throws {
        let pack = try makePack()
        defer { pack.remove() }
        let error = try write(nothing, "error.xml", in: pack.directory)
        let cacheHome = NSTemporaryDirectory() + "cria-cli-cache-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: cacheHome) }
        func cached() -> [String] { (try? FileManager.default.contentsOfDirectory(atPath: cacheHome + "/cria")) ?? [] }
        let check = ["check", error, "--rules", pack.directory, "--format", "json"]
        let uncached = try cria(check + ["--no-cache"], environment: ["XDG_CACHE_HOME": cacheHome])
        XCTAssertEqual(uncached.status, 1, uncached.stderr)
        XCTAssertEqual(try cria(check, environment: ["XDG_CACHE_HOME": cacheHome, "CRIA_CACHE": "off"]).stdout, uncached.stdout)
        XCTAssertEqual(cached(), [])
        XCTAssertEqual(try cria(check, environment: ["XDG_CACHE_HOME": cacheHome]).stdout, uncached.stdout)
        // The parsed pack and its built term matcher.
        XCTAssertEqual(cached().map { String($0.prefix { $0 != "-" }) }.sorted(), ["matcher", "pack"])
        let fromCache = try cria(check, environment: ["XDG_CACHE_HOME": cacheHome])
        XCTAssertEqual(fromCache.status, 1, fromCache.stderr)
        XCTAssertEqual(fromCache.stdout, uncached.stdout)
    }

    func testMalformedFileIsOneLocatedLineAndOthersAreStillReported() throws {
        let pack = try makePack()
        defer { pack.remove() }
        let good = try write(complete, "good.xml", in: pack.directory)
        let broken = try write("<proposal>\n  <p>unclosed\n</proposal>\n", "broken.xml", in: pack.directory)
        let other = try write(nothing, "other.xml", in: pack.directory)
        for format in ["text", "json", "sarif"] {
            let run = try cria(["check", good, broken, other, "--rules", pack.directory, "--format", format])
            XCTAssertEqual(run.status, 2, format)
            let lines = run.stderr.split(separator: "\n", omittingEmptySubsequences: true)
            XCTAssertEqual(lines.count, 1, run.stderr)
            XCTAssertNotNil(lines.first?.range(of: #"^\#(NSRegularExpression.escapedPattern(for: broken)):3:\d+: error: .+$"#, options: .regularExpression), run.stderr)
            // SARIF lists findings only: the good file has none.
            if format != "sarif" { XCTAssertTrue(run.stdout.contains(good), format) }
            XCTAssertTrue(run.stdout.contains(other), format)
        }
    }

    func testExplainWithADocumentTracesEachPartOfTheRule() throws {
        let sample = packageRoot + "/samples/dfe-school-attendance-mentors.xml"
        let run = try cria(["explain", "childrens-views-shaped-proposal", sample, "--rules", packageRoot + "/rules"])
        XCTAssertEqual(run.status, 0, run.stderr)
        let lines = run.stdout.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.first, "\(sample): childrens-views-shaped-proposal — pass")
        XCTAssertTrue(lines.contains("  applies: holds"), run.stdout)
        XCTAssertTrue(lines.contains("  expect: holds"), run.stdout)
        XCTAssertTrue(lines.contains { $0.hasPrefix("    37:5 [mentions \"As a result\"]") }, run.stdout)

        let missing = try cria(["explain", "childrens-views-shaped-proposal", "/nonexistent/proposal.xml", "--rules", packageRoot + "/rules"])
        XCTAssertEqual(missing.status, 2)
        XCTAssertEqual(missing.stderr, "/nonexistent/proposal.xml:1:1: error: no such file\n")
    }

    func testNoEscapeCodesWhenNotATerminalOrNoColor() throws {
        let pack = try makePack()
        defer { pack.remove() }
        let error = try write(nothing, "error.xml", in: pack.directory)
        for environment in [[:], ["NO_COLOR": "1"]] {
            let run = try cria(["check", error, "--rules", pack.directory], environment: environment)
            XCTAssertFalse(run.stdout.contains("\u{1B}"))
            XCTAssertFalse(run.stderr.contains("\u{1B}"))
        }
    }

    func testUsageErrorsExit2() throws {
        let unknown = try cria(["check", "--no-such-option", "x.xml"])
        XCTAssertEqual(unknown.status, 2)
        XCTAssertTrue(unknown.stderr.contains("--no-such-option"), unknown.stderr)
        XCTAssertEqual(try cria(["frobnicate"]).status, 2)
        XCTAssertEqual(try cria(["check"]).status, 2)
    }

    func testRulesLintOnABrokenPack() throws {
        let pack = try TestPack.make(files: ["rules/a.yaml": TestPack.rulesFile(TestPack.rule(id: "Bad_Id", expect: "{section: no-such-role}"))])
        defer { pack.remove() }
        let run = try cria(["rules", "lint", "--rules", pack.directory])
        XCTAssertEqual(run.status, 2)
        XCTAssertTrue(run.stderr.contains("\(pack.directory)/rules/a.yaml:2:9: error: rule id 'Bad_Id' is not kebab-case"), run.stderr)
        XCTAssertTrue(run.stderr.contains("\(pack.directory)/rules/a.yaml:7:23: error: unknown section role 'no-such-role'"), run.stderr)
        let good = try makePack()
        defer { good.remove() }
        let ok = try cria(["rules", "lint", "--rules", good.directory])
        XCTAssertEqual(ok.status, 0, ok.stderr)
        XCTAssertTrue(ok.stdout.contains("2 rules"), ok.stdout)
    }

    func testRulesTestAndList() throws {
        let pack = try makePack()
        defer { pack.remove() }
        let run = try cria(["rules", "test", "--rules", pack.directory])
        XCTAssertEqual(run.status, 0, run.stderr)
        XCTAssertEqual(run.stdout, "4 passed, 0 failed\n")
        let list = try cria(["rules", "list", "--rules", pack.directory])
        XCTAssertEqual(list.status, 0)
        XCTAssertTrue(list.stdout.contains("2 rules covering 2 UNCRC articles"), list.stdout)
    }

    func testRulesTestReportsAMismatch() throws {
        let pack = try TestPack.make(files: ["rules/a.yaml": TestPack.rulesFile(TestPack.rule(id: "views", expect: "{section: children-views}"))])
        defer { pack.remove() }
        let run = try cria(["rules", "test", "--rules", pack.directory])
        XCTAssertEqual(run.status, 1)
        XCTAssertEqual(run.stdout, "1 passed, 1 failed\n")
        XCTAssertTrue(run.stderr.contains("\(pack.directory)/rules/a.yaml:2:5: error: rule 'views': pass example 1 should be pass but is fail"), run.stderr)
    }

    func testExplain() throws {
        let pack = try makePack()
        defer { pack.remove() }
        let run = try cria(["explain", "views-section", "--rules", pack.directory])
        XCTAssertEqual(run.status, 0)
        XCTAssertTrue(run.stdout.contains("Serves UNCRC Article 12 (right to be heard)."), run.stdout)
        XCTAssertTrue(run.stdout.contains("  - UN Convention on the Rights of the Child, article 12\n"), run.stdout)
        XCTAssertTrue(run.stdout.contains("  - UN Committee on the Rights of the Child, General Comment No. 12 (2009): the right of the child to be heard, paragraph 132\n"), run.stdout)
        XCTAssertTrue(run.stdout.contains("What to do: Say how children's own views were gathered."), run.stdout)
        XCTAssertTrue(run.stdout.contains("A proposal that passes:\n  Voice of the child: We asked pupils.\n"), run.stdout)
        XCTAssertEqual(try cria(["explain", "no-such-rule", "--rules", pack.directory]).status, 2)
    }

    func testInspectShowsSectionsWithLocations() throws {
        let pack = try makePack()
        defer { pack.remove() }
        let file = try write(complete, "good.xml", in: pack.directory)
        let run = try cria(["inspect", file, "--rules", pack.directory])
        XCTAssertEqual(run.status, 0, run.stderr)
        XCTAssertTrue(run.stdout.contains("  2:3  voice of the child  (3 words)  [children-views]  /proposal/voice-of-the-child[1]"), run.stdout)
        XCTAssertTrue(run.stdout.contains("  3:3  best interests  (2 words)  [best-interests]  /proposal/best-interests[1]"), run.stdout)
        XCTAssertEqual(try cria(["inspect", pack.directory + "/missing.xml", "--rules", pack.directory]).status, 2)
    }

    func testInspectStatementsListsWhatEachSentenceWasReadAs() throws {
        let pack = try makePack()
        defer { pack.remove() }
        let file = try write(
            """
            <proposal>
              <summary>The council will close two youth clubs.</summary>
              <views>Teenagers told us the clubs were the only warm place after school. As a result we kept one club open.</views>
            </proposal>
            """, "clubs.xml", in: pack.directory)
        let run = try cria(["inspect", "--statements", file, "--rules", packageRoot + "/rules"])
        XCTAssertEqual(run.status, 0, run.stderr)
        XCTAssertTrue(run.stdout.contains("  3 statements\n"), run.stdout)
        XCTAssertTrue(run.stdout.contains("    3:3  [consultation, views, feedback; about children; on education]  Teenagers told us the clubs were the only warm place after school\n"), run.stdout)
        XCTAssertTrue(run.stdout.contains("    3:3  [views-acted-on; about children (from its paragraph)]  As a result we kept one club open\n"), run.stdout)
        // Without the flag, the section tree alone.
        XCTAssertFalse(try cria(["inspect", file, "--rules", packageRoot + "/rules"]).stdout.contains("statements"))
    }

    func testInspectHonoursKindFromTheFlagAndTheConfiguration() throws {
        let pack = try makePack()
        defer { pack.remove() }
        let file = try write(complete, "good.xml", in: pack.directory)
        let flagged = try cria(["inspect", file, "--rules", pack.directory, "--kind", "guidance"], directory: pack.directory)
        XCTAssertEqual(flagged.status, 0, flagged.stderr)
        XCTAssertTrue(flagged.stdout.contains("  kind: guidance  (set by --kind (detected: proposal, from no publication metadata says otherwise: read as a department's proposal))"), flagged.stdout)
        try "kind: legislation\n".write(toFile: pack.directory + "/.cria.yml", atomically: true, encoding: .utf8)
        let configured = try cria(["inspect", file, "--rules", pack.directory], directory: pack.directory)
        XCTAssertTrue(configured.stdout.contains("  kind: legislation  (set by .cria.yml `kind:`"), configured.stdout)
        XCTAssertEqual(try cria(["inspect", file, "--kind", "statute"], directory: pack.directory).status, 2)
    }

    func testInitWritesTheTemplateAndSchemasAndRefusesToOverwrite() throws {
        let xml = try cria(["init", "--format", "xml"])
        XCTAssertEqual(xml.status, 0, xml.stderr)
        XCTAssertEqual(xml.stdout, CRIATemplate.template(.xml))
        XCTAssertEqual(try cria(["init"]).stdout, CRIATemplate.template(.xml))
        XCTAssertEqual(try cria(["init", "--schema", "json"]).stdout, CRIATemplate.schema(.json))
        XCTAssertEqual(try cria(["init", "--schema", "xml"]).stdout, CRIATemplate.schema(.xml))
        XCTAssertEqual(try cria(["init", "--format", "yaml"]).status, 2)
        XCTAssertEqual(try cria(["init", "--format", "xml", "--schema", "xml"]).status, 2)

        let folder = NSTemporaryDirectory() + "cria-init-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let file = folder + "/assessment.json"
        let first = try cria(["init", "--format", "json", "--output", file])
        XCTAssertEqual(first.status, 0, first.stderr)
        XCTAssertEqual(first.stdout, "")
        XCTAssertEqual(try String(contentsOfFile: file, encoding: .utf8), CRIATemplate.template(.json))

        try "my draft".write(toFile: file, atomically: true, encoding: .utf8)
        let refused = try cria(["init", "--format", "json", "--output", file])
        XCTAssertEqual(refused.status, 2)
        XCTAssertTrue(refused.stderr.contains("--force"), refused.stderr)
        XCTAssertEqual(try String(contentsOfFile: file, encoding: .utf8), "my draft")

        XCTAssertEqual(try cria(["init", "--format", "json", "--output", file, "--force"]).status, 0)
        XCTAssertEqual(try String(contentsOfFile: file, encoding: .utf8), CRIATemplate.template(.json))
    }
}
