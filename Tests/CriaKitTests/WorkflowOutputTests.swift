import Foundation
import XCTest

@testable import CriaKit

final class WorkflowOutputTests: XCTestCase {
    func testJUnitIsWellFormedWithCounts() throws {
        let fixture = try WorkflowFixture()
        let failing = try fixture.check(WorkflowFixture.failingXML, file: "a&b <1>.xml")
        let waived = try fixture.check(WorkflowWaiverTests.waivedXML, file: "w.xml")
        let error = InputError(file: "bad.json", location: SourceLocation(line: 2, column: 5), message: "unexpected \"}\" & more")
        let xml = JUnitReport.render([failing, waived], errors: [error])

        let root = try XMLReader.read(bytes: Array(xml.utf8), file: "junit.xml")
        XCTAssertEqual(root.label, "testsuites")
        XCTAssertEqual(root.attribute("tests"), "5")
        XCTAssertEqual(root.attribute("failures"), "2")
        XCTAssertEqual(root.attribute("skipped"), "2")
        XCTAssertEqual(root.attribute("errors"), "1")
        let suites = root.children.filter { $0.label == "testsuite" }
        XCTAssertEqual(suites.map { $0.attribute("name") }, ["a&b <1>.xml", "w.xml", "bad.json"])
        XCTAssertEqual(suites[0].attribute("failures"), "2")
        let cases = suites[0].children.filter { $0.label == "testcase" }
        XCTAssertEqual(cases.map { $0.attribute("name") }, ["views", "best-interests"])
        XCTAssertEqual(cases[0].attribute("classname"), "a&b <1>.xml")
        let failure = try XCTUnwrap(cases[1].children.first { $0.label == "failure" })
        XCTAssertEqual(failure.attribute("type"), "warning")
        XCTAssertEqual(failure.attribute("message"), "Best interests \"not weighed\" <here> & there, 100%.")
        XCTAssertTrue(failure.fullText.hasPrefix("a&b <1>.xml:"), failure.fullText)
        let skipped = try XCTUnwrap(suites[1].children.first?.children.first { $0.label == "skipped" })
        XCTAssertEqual(skipped.attribute("message"), "waived by Deputy Director, Schools: Children's views were gathered in the 2024 consultation; see annex B.")
        XCTAssertEqual(suites[2].children.first?.children.first?.label, "error")
    }

    func testJUnitReviewIsSkipped() throws {
        let fixture = try WorkflowFixture()
        let review = try fixture.check("<proposal><voice-of-the-child>Pupils were asked twice.</voice-of-the-child><summary>The plan follows Article 3 of the UNCRC.</summary></proposal>")
        XCTAssertEqual(result(review, "views")?.outcome, .review)
        let root = try XMLReader.read(bytes: Array(JUnitReport.render([review], errors: []).utf8), file: "j.xml")
        XCTAssertEqual(root.attribute("failures"), "0")
        XCTAssertEqual(root.attribute("skipped"), "1")
        XCTAssertTrue(JUnitReport.render([review], errors: []).contains("<skipped message=\"review: No children&apos;s views.\"/>"))
    }

    func testGitHubEscaping() {
        XCTAssertEqual(GitHubReport.escapeData("100% done\r\nnext: a, b"), "100%25 done%0D%0Anext: a, b")
        XCTAssertEqual(GitHubReport.escapeProperty("dir/a:b,c%.xml\n"), "dir/a%3Ab%2Cc%25.xml%0A")
    }

    func testGitHubAnnotations() throws {
        let fixture = try WorkflowFixture()
        let assessment = try fixture.check(WorkflowFixture.failingXML, file: "./docs/a,b:c.xml")
        let lines = GitHubReport.render([assessment], errors: [InputError(file: "x.json", message: "bad\nthing")]).split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.count, 3)
        XCTAssertEqual(lines[0], "::error file=x.json,line=1,col=1,title=cria%3A cannot read::bad%0Athing")
        let views = try XCTUnwrap(result(assessment, "views"))
        XCTAssertEqual(lines[1], "::error file=docs/a%2Cb%3Ac.xml,line=\(views.location.line),col=\(views.location.column),title=views::No children's views.")
        XCTAssertTrue(lines[2].hasPrefix("::warning file=docs/a%2Cb%3Ac.xml,"), lines[2])
        XCTAssertTrue(lines[2].contains("title=best-interests::Best interests \"not weighed\" <here> & there, 100%25."), lines[2])
    }
}
