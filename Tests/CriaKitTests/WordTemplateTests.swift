import Foundation
import XCTest
import ZIPFoundation

@testable import CriaKit

/// `cria init --format docx`: a Word template with the template's sections as headings and
/// question-and-answer tables, read back by cria with the same sections; its guidance and
/// placeholders are never content.
final class WordTemplateTests: XCTestCase {
    private var folder: String!

    override func setUpWithError() throws {
        folder = NSTemporaryDirectory() + "cria-word-template-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(atPath: folder) }

    private func cria(_ arguments: [String]) throws -> CriaBinary.Run {
        try CriaBinary.run(arguments, environment: ["CRIA_RULES": packageRoot + "/rules", "NO_COLOR": "1"], directory: folder)
    }

    /// The template's document.xml with some placeholders replaced by answers.
    private func filledIn(_ template: String, _ answers: [String: String]) throws -> String {
        let source = try Archive(url: URL(fileURLWithPath: template), accessMode: .read)
        let path = folder + "/filled.docx"
        let target = try Archive(url: URL(fileURLWithPath: path), accessMode: .create)
        for entry in source {
            var data = Data()
            _ = try source.extract(entry) { data.append($0) }
            if entry.path == "word/document.xml" {
                var text = String(decoding: data, as: UTF8.self)
                for (placeholder, answer) in answers {
                    XCTAssertTrue(text.contains(placeholder), placeholder)
                    text = text.replacingOccurrences(
                        of: #"<w:pStyle w:val="CRIAPlaceholder"/></w:pPr><w:r><w:t xml:space="preserve">\#(placeholder)"#,
                        with: #"</w:pPr><w:r><w:t xml:space="preserve">\#(answer)"#)
                }
                data = Data(text.utf8)
            }
            let bytes = data
            try target.addEntry(with: entry.path, type: .file, uncompressedSize: Int64(bytes.count), compressionMethod: .deflate) { position, size in
                bytes.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return path
    }

    func testBlankWordTemplateIsNotFilledIn() throws {
        XCTAssertEqual(try cria(["init", "--format", "docx", "--output", "blank.docx"]).status, 0)
        let proposal = Proposal(document: try DocumentLoader().load(path: folder + "/blank.docx"))
        _ = Evaluator.analyse(proposal, pack: CompiledPack(try RuleLoader().load(directory: packageRoot + "/rules")))
        // The same sections as the XML template, each recognised by its role.
        let top = proposal.root.children.filter { $0.titleSource == .heading }
        XCTAssertEqual(top.map(\.title), ["Child rights impact assessment"] + CRIATemplate.wordSections.map(\.heading))
        let roles = top.dropFirst().map { $0.roles.sorted().joined(separator: "+") }
        XCTAssertEqual(
            roles,
            [
                "summary", "screening", "children-affected", "evidence", "children-views", "rights-engaged", "best-interests",
                "groups", "mitigation", "options", "resources", "monitoring", "child-friendly-summary", "publication", "conclusion",
            ])
        // Guidance, "[Describe ...]" placeholders and column names are not text.
        XCTAssertEqual(proposal.root.wordCount, 0)
        let run = try cria(["check", "blank.docx"])
        XCTAssertEqual(run.status, 1)
        XCTAssertTrue(run.stdout.contains("  template not filled in: no section holds any text yet"), run.stdout)
        XCTAssertTrue(run.stdout.contains(", 0 pass, "), run.stdout)
        XCTAssertTrue(
            run.stdout.contains(
                "  blank.docx:50:1: fail (error): The proposal does not show that children and young people themselves were asked for their views; consulting parents, schools, providers or \"stakeholders\" is not the same. [childrens-own-views] (Art 12)\n      section \"Children's views\", paragraph 50\n"
            ), run.stdout)
    }

    func testBlankXMLTemplateHasNoPasses() throws {
        for format in ["xml", "json"] {
            XCTAssertEqual(try cria(["init", "--format", format, "--output", "blank.\(format)"]).status, 0)
            let run = try cria(["check", "blank.\(format)"])
            XCTAssertTrue(run.stdout.contains("template not filled in"), run.stdout)
            XCTAssertTrue(run.stdout.contains(", 0 pass, "), run.stdout)
        }
    }

    func testFilledInWordTemplateIsReadBack() throws {
        XCTAssertEqual(try cria(["init", "--format", "docx", "--output", "blank.docx"]).status, 0)
        let filled = try filledIn(
            folder + "/blank.docx",
            [
                "[Describe the proposal]": "The proposal introduces a national framework for school uniform costs, limiting branded items to three per pupil.",
                "[Describe the method and dates]": "We held workshops with pupils in 14 schools in March 2025 and ran an easy-read survey completed by 2,100 children aged 8 to 17.",
                "[Their main points, in their words where you can]": "Young people told us that branded blazers were the biggest cost and that second-hand schemes felt stigmatising.",
            ])
        let run = try cria(["check", "--show-passing", filled])
        XCTAssertFalse(run.stdout.contains("template not filled in"), run.stdout)
        XCTAssertTrue(run.stdout.contains(": pass: Children's own views were sought, not only those of adults [childrens-own-views] (Art 12)"), run.stdout)
        // An answer left as its placeholder is still an empty section.
        XCTAssertTrue(run.stdout.contains("[options-considered]"), run.stdout)
        XCTAssertTrue(
            run.stdout.contains(
                ": fail (info): The proposal does not say what alternatives were considered or how they compared for children. [options-considered] (Art 3)\n      section \"Options considered\", paragraph 103\n"),
            run.stdout)
    }
}
