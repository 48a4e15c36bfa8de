import Foundation
import XCTest
import ZIPFoundation

@testable import CriaKit

/// `cria check` as an official reads it (the binary, the bundled rules): each finding names
/// its section or the section it lacks, says fail or review with its severity, gives the
/// guidance's first sentence and labels evidence as found but not enough; the end lists the
/// next three things to do.
final class ActionableTextTests: XCTestCase {
    private var folder: String!

    override func setUpWithError() throws {
        folder = NSTemporaryDirectory() + "cria-actionable-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(atPath: folder) }

    private let uniform = """
        <proposal>
          <title>School uniform costs</title>
          <summary>The proposal introduces a national framework for school uniform costs, limiting branded items to three per pupil. Children at secondary school and their families are most affected.</summary>
          <evidence>A survey of 400 parents shows that the average cost of a uniform is 422 pounds.</evidence>
          <consultation>We consulted parents, headteachers and uniform suppliers.</consultation>
        </proposal>

        """

    private func check(_ arguments: [String]) throws -> CriaBinary.Run {
        try CriaBinary.run(["check"] + arguments + ["--rules", packageRoot + "/rules"], environment: ["NO_COLOR": "1"], directory: folder)
    }

    func testEachFindingNamesItsSectionWhatToDoAndWhatWasFound() throws {
        try uniform.write(toFile: folder + "/uniform.xml", atomically: true, encoding: .utf8)
        let run = try check(["uniform.xml"])
        XCTAssertEqual(run.status, 1, run.stderr)
        let lines = run.stdout.components(separatedBy: "\n")
        func block(_ rule: String) -> [String] {
            guard let start = lines.firstIndex(where: { $0.contains("[\(rule)]") }) else { return [] }
            return Array(lines[start...].prefix { $0 == lines[start] || $0.hasPrefix("      ") })
        }
        // Missing, with no section where it belongs: no `1:1`, "no section on".
        XCTAssertEqual(
            block("best-interests-primary-consideration").prefix(2),
            [
                "  uniform.xml: fail (error): The proposal does not show that children's best interests were assessed and weighed as a primary consideration. [best-interests-primary-consideration] (Art 3)",
                "      no section on best interests, and not found anywhere else",
            ])
        // Missing from the section where it belongs: pointed at that section.
        XCTAssertEqual(
            block("evidence-gaps-identified"),
            [
                "  uniform.xml:4:3: fail (info): The proposal does not say what is not known about the children affected or how gaps in the evidence will be filled. [evidence-gaps-identified] (Art 4)",
                "      belongs in section \"evidence\", line 4: not found there or anywhere else",
                "      what to do: Say where data on the children affected is missing or weak (for example no data by disability or care status), and how and when it will be collected (GC5 para 48; CRWIA stage 2).",
            ])
        // The consultation that asked adults only: its section, the guidance's first sentence.
        XCTAssertEqual(
            block("childrens-own-views").prefix(3),
            [
                "  uniform.xml:5:3: fail (error): The proposal does not show that children and young people themselves were asked for their views; consulting parents, schools, providers or \"stakeholders\" is not the same. [childrens-own-views] (Art 12)",
                "      section \"consultation\", line 5",
                "      what to do: Gather views from the children and young people affected (not only parents, schools, providers or sector bodies): say how (workshops, surveys, youth councils, panels), from whom (ages, groups, numbers) and when (UNCRC Art 12(1); GC12 paras 132-134: participation must be voluntary, child-friendly, inclusive and more than a one-off).",
            ])
        // A review's evidence is for a person to judge; no line says error/warning/info alone.
        XCTAssertTrue(
            block("evidence-about-children").contains("      found, for a person to judge: line 4: mentions \"survey\": A survey of 400 parents shows that the average cost of a uniform is 422 pounds"), run.stdout)
        XCTAssertFalse(lines.contains { $0.contains(": error: ") || $0.contains(": warning: ") || $0.contains(": info: ") }, run.stdout)
        // The next three things to do, most severe first, and where the full guidance is.
        let next = try XCTUnwrap(lines.firstIndex(of: "Next steps, most severe first:"))
        // One blank line between the document's counts and the next steps, not two.
        XCTAssertEqual(lines[next - 1], "", run.stdout)
        XCTAssertTrue(lines[next - 2].hasSuffix(" not applicable"), run.stdout)
        XCTAssertTrue(lines[next + 1].hasPrefix("  1. fail (error) Assess what is in the best interests of the children affected"), lines[next + 1])
        XCTAssertTrue(lines[next + 1].hasSuffix("[add a section on best interests]"), lines[next + 1])
        XCTAssertTrue(lines[next + 2].hasPrefix("  2. fail (error) Gather views from the children and young people affected"), lines[next + 2])
        XCTAssertTrue(lines[next + 2].hasSuffix("[section \"consultation\"]"), lines[next + 2])
        XCTAssertTrue(lines[next + 3].hasPrefix("  3. fail (error) "), lines[next + 3])
        XCTAssertEqual(lines[next + 4], "Full guidance for a rule: `cria explain best-interests-primary-consideration` (any rule id in brackets), or `cria check --verbose`.")
    }

    /// What a statement rule looked for and how many it found is said as a search, not quoted as
    /// if it were a line of the document ("found, for a person to judge: line 2: not found: ...").
    func testWhatWasLookedForIsNotQuotedAsFoundText() throws {
        let run = try check([packageRoot + "/samples/dfe-kinship-allowance-pilot.xml"])
        let lines = run.stdout.components(separatedBy: "\n")
        XCTAssertTrue(lines.contains("      looked for an effect statement about disabled-children (at least 2): 1 found"), run.stdout)
        XCTAssertFalse(run.stdout.contains(": not found: looked for"), run.stdout)
    }

    func testVerboseGivesTheWholeGuidance() throws {
        try uniform.write(toFile: folder + "/uniform.xml", atomically: true, encoding: .utf8)
        let plain = try check(["uniform.xml"]).stdout
        let verbose = try check(["--verbose", "uniform.xml"]).stdout
        let rest = "A one-line assertion that best interests \"were considered\" is not an assessment."
        XCTAssertFalse(plain.contains(rest), plain)
        XCTAssertTrue(verbose.contains(rest), verbose)
    }

    /// In a Word document a location's line is its paragraph, and the text says so.
    func testWordFindingsNameTheParagraph() throws {
        func paragraph(_ text: String, style: String? = nil) -> String {
            let properties = style.map { "<w:pPr><w:pStyle w:val=\"\($0)\"/></w:pPr>" } ?? ""
            return "<w:p>\(properties)<w:r><w:t xml:space=\"preserve\">\(text)</w:t></w:r></w:p>"
        }
        let body =
            paragraph("School uniform costs", style: "Title")
            + paragraph("Summary", style: "Heading1")
            + paragraph("The proposal introduces a national framework for school uniform costs, limiting branded items to three per pupil. Children at secondary school and their families are most affected.")
            + paragraph("Evidence", style: "Heading1")
            + paragraph("A survey of 400 parents shows that the average cost of a uniform is 422 pounds.")
            + paragraph("Consultation", style: "Heading1")
            + paragraph("We consulted parents, headteachers and uniform suppliers.")
        let document = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>\(body)<w:sectPr/></w:body></w:document>"
        let archive = try Archive(url: URL(fileURLWithPath: folder + "/uniform.docx"), accessMode: .create)
        for (path, text) in [("[Content_Types].xml", "<Types/>"), ("word/document.xml", document)] {
            let data = Data(text.utf8)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        let run = try check(["uniform.docx"])
        XCTAssertTrue(
            run.stdout.contains(
                "  uniform.docx:6:1: fail (error): The proposal does not show that children and young people themselves were asked for their views; consulting parents, schools, providers or \"stakeholders\" is not the same. [childrens-own-views] (Art 12)\n      section \"Consultation\", paragraph 6\n"
            ), run.stdout)
        XCTAssertTrue(run.stdout.contains("      belongs in section \"Evidence\", paragraph 4: not found there or anywhere else\n"), run.stdout)
    }
}
