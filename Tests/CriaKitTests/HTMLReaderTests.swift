import XCTest

@testable import CriaKit

final class HTMLReaderTests: XCTestCase {
    private func node(_ root: DocumentNode, _ path: String) -> DocumentNode? {
        var found: DocumentNode?
        root.walk { if $0.path == path && found == nil { found = $0 } }
        return found
    }

    private let page = """
        <!DOCTYPE html>
        <html lang="en">
        <head>
          <title>Proposal</title>
          <style>body { color: red }</style>
          <script>var secret = "tracking code";</script>
        </head>
        <body>
          <nav><a href="/">Home</a> | <a href="/about">About</a></nav>
          <div class="intro">
            <h1>School meals</h1>
            <p>Every <strong>child</strong> gets a meal.<br>Free of charge.</p>
          </div>
          <div>
            <h2>Costs</h2>
            <!-- a comment that must not be read -->
            <p>Paid by the council.</p>
            <noscript>Enable JavaScript</noscript>
            <script>document.write("inline script")</script>
          </div>
        </body>
        </html>
        """

    func testPageStructurePathsAndLines() throws {
        let root = try HTMLReader.read(bytes: Array(page.utf8), file: "p.html")
        XCTAssertEqual(root.label, "html")
        XCTAssertEqual(root.path, "/html")
        XCTAssertEqual(root.attribute("lang"), "en")
        let h2 = try XCTUnwrap(node(root, "/html/body[1]/div[2]/h2[1]"))
        XCTAssertEqual(h2.fullText, "Costs")
        XCTAssertEqual(h2.location, SourceLocation(line: 15, column: 1))
        XCTAssertEqual(node(root, "/html/body[1]/div[1]/h1[1]")?.location.line, 11)
        XCTAssertEqual(node(root, "/html/body[1]/div[1]")?.attribute("class"), "intro")
        XCTAssertEqual(node(root, "/html/body[1]/nav[1]/a[2]")?.attribute("href"), "/about")
        XCTAssertEqual(node(root, "/html/body[1]/div[1]/p[1]/strong[1]")?.isInline, true)
        XCTAssertEqual(node(root, "/html/body[1]/div[1]/p[1]")?.isInline, false)
        XCTAssertNil(node(root, "/html/body[1]/div[2]/script[1]"))
        XCTAssertNil(node(root, "/html/body[1]/div[2]/noscript[1]"))
    }

    func testScriptsStylesAndCommentsAreNotText() throws {
        let root = try HTMLReader.read(bytes: Array(page.utf8), file: "p.html")
        let text = root.fullText
        XCTAssertFalse(text.contains("tracking code"))
        XCTAssertFalse(text.contains("inline script"))
        XCTAssertFalse(text.contains("color"))
        XCTAssertFalse(text.contains("comment"))
        XCTAssertFalse(text.contains("Enable JavaScript"))
        XCTAssertTrue(text.contains("Home | About"))
        XCTAssertTrue(text.contains("Every child gets a meal. Free of charge."))
        XCTAssertEqual(node(root, "/html/body[1]/div[1]/p[1]")?.ownText, "Every child gets a meal. Free of charge.")
    }

    func testTagSoupIsRecovered() throws {
        let soup = "<p>One <b>bold <i>both</b> after<p>Two<table><tr><td>cell</table>"
        let root = try HTMLReader.read(bytes: Array(soup.utf8), file: "s.html")
        XCTAssertEqual(root.label, "html")
        XCTAssertTrue(root.fullText.contains("One bold both after"))
        XCTAssertTrue(root.fullText.contains("cell"))
    }

    func testUTF8WithoutDeclaredCharset() throws {
        let root = try HTMLReader.read(bytes: [0xEF, 0xBB, 0xBF] + Array("<p>Café – naïve</p>".utf8), file: "u.html")
        XCTAssertEqual(root.fullText, "Café – naïve")
    }

    func testEmptyPageIsAnError() {
        XCTAssertThrowsError(try HTMLReader.read(bytes: Array(" \n ".utf8), file: "e.html")) { error in
            XCTAssertEqual((error as? InputError)?.description, "e.html:1:1: error: empty document")
        }
    }

    func testPageDepthLimit() {
        var limits = ReadLimits()
        limits.maxDepth = 5
        let html = "<html><body>\n<div><div><div><div>deep</div></div></div></div></body></html>"
        XCTAssertThrowsError(try HTMLReader.read(bytes: Array(html.utf8), file: "d.html", limits: limits)) { error in
            XCTAssertEqual((error as? InputError)?.description, "d.html:2:1: error: HTML elements nested deeper than 5 levels (--max-depth)")
        }
    }

    func testFragmentNodesPathsAndLocation() {
        let at = SourceLocation(line: 7, column: 13)
        let nodes = HTMLReader.readFragment(
            html: "Intro <em>text</em>\n<h2>Title</h2><p>One</p><p>Two <a href=\"/x\">link</a></p>",
            file: "f.json", at: at, pathPrefix: "/details/body")
        XCTAssertEqual(nodes.map(\.label), ["#text", "em", "h2", "p", "p"])
        XCTAssertEqual(
            nodes.map(\.path),
            [
                "/details/body/text()[1]", "/details/body/em[1]", "/details/body/h2[1]",
                "/details/body/p[1]", "/details/body/p[2]",
            ])
        XCTAssertTrue(nodes.allSatisfy { $0.location == at })
        XCTAssertEqual(nodes[4].children.first?.path, "/details/body/p[2]/a[1]")
        XCTAssertEqual(nodes[4].children.first?.location, at)
        XCTAssertEqual(nodes.map(\.fullText), ["Intro", "text", "Title", "One", "Two link"])
    }

    func testFragmentKeepsSpaceBetweenInlineNodes() {
        let value = DocumentNode(kind: .value, label: "body", path: "/body", location: .unknown)
        for node in HTMLReader.readFragment(html: "<b>a</b> <i>b</i>", file: "f.json", at: .unknown, pathPrefix: "/body") {
            value.appendChild(node)
        }
        XCTAssertEqual(value.fullText, "a b")
    }

    func testUnclosedTagsInFragmentAreRecovered() {
        let nodes = HTMLReader.readFragment(
            html: "<div><p>Open <strong>never closed", file: "f.json",
            at: SourceLocation(line: 1, column: 1), pathPrefix: "")
        XCTAssertEqual(nodes.map(\.label), ["div"])
        XCTAssertEqual(nodes.first?.fullText, "Open never closed")
    }

    func testEveryCorpusHTMLFileReads() throws {
        guard let files = FileManager.default.enumerator(at: JSONReaderTests.corpus, includingPropertiesForKeys: nil) else {
            throw XCTSkip("corpus not found at \(JSONReaderTests.corpus.path)")
        }
        var count = 0
        for case let url as URL in files where ["html", "htm"].contains(url.pathExtension) {
            let root = try HTMLReader.read(bytes: [UInt8](Data(contentsOf: url)), file: url.path)
            XCTAssertEqual(root.label, "html", url.path)
            XCTAssertFalse(root.fullText.isEmpty, url.path)
            count += 1
        }
        if count == 0 { throw XCTSkip("no HTML files in the corpus") }
    }

    // MARK: GOV.UK content item

    func testGovukGuidePartBodyHeadings() throws {
        let url = JSONReaderTests.corpus.appendingPathComponent("govuk-publishing-api-examples/guide/frontend/guide.json")
        guard FileManager.default.fileExists(atPath: url.path) else { throw XCTSkip("corpus not found at \(url.path)") }
        let root = try JSONReader.read(bytes: [UInt8](Data(contentsOf: url)), file: url.path)
        let body = try XCTUnwrap(node(root, "/details/parts/0/body"))
        XCTAssertTrue(body.holdsHTML)
        XCTAssertEqual(body.label, "body")
        XCTAssertEqual(node(root, "/details/parts/0")?.label, "parts")
        let headings = body.children.filter { $0.label == "h2" || $0.label == "h3" }
        XCTAssertEqual(headings.map(\.label), ["h2", "h3"])
        XCTAssertEqual(headings.map(\.fullText), ["Key stages", "Assessments"])
        XCTAssertEqual(headings.map(\.path), ["/details/parts/0/body/h2[1]", "/details/parts/0/body/h3[1]"])
        XCTAssertEqual(headings[0].attribute("id"), "key-stages")
        XCTAssertEqual(headings[0].location, body.valueLocation)
        XCTAssertFalse(body.fullText.contains("<p>"))
        XCTAssertTrue(body.fullText.hasPrefix("The ‘basic’ school curriculum includes the ‘national curriculum’, as well as"))
    }
}
