import Foundation
import XCTest

@testable import CriaServer

/// Documents uploaded through the page and the API, with the findings `cria check` gives.
final class ServerUploadTests: XCTestCase {
    private var harness: ServerHarness!

    override func setUpWithError() throws { harness = try ServerHarness() }
    override func tearDownWithError() throws { try harness.stop() }

    /// The kinship allowance pilot as XML and as the Word document made from it: the
    /// same six findings, the DOCX's located by paragraph number.
    static let kinshipFindings = [
        "fail child-friendly-summary", "fail evidence-gaps-identified", "fail feedback-to-children",
        "review disabled-children-considered", "review family-care-art9-family-contact", "review monitoring-and-evaluation",
    ]

    func testDOCXUploadThroughTheAPIGivesTheFindingsOfTheCLI() throws {
        let docx = try ServerHarness.fixture("Tests/CriaServerTests/Fixtures/kinship-allowance-pilot.docx")
        let response = try harness.client.upload("/api/check", files: [("kinship-allowance-pilot.docx", docx)])
        XCTAssertEqual(response.status, 200, response.text)
        XCTAssertEqual(findings(ofJSON: response.json), Self.kinshipFindings)
        let document = try XCTUnwrap((response.json["documents"] as? [[String: Any]])?.first)
        XCTAssertEqual(document["file"] as? String, "kinship-allowance-pilot.docx")
        XCTAssertEqual(document["format"] as? String, "docx")
        let feedback = try XCTUnwrap((document["results"] as? [[String: Any]])?.first { $0["rule"] as? String == "feedback-to-children" })
        XCTAssertEqual(place(feedback), "13:1 /document/body/p[13]")
    }

    func testDOCXUploadThroughThePageShowsItsTextAndFindings() throws {
        let docx = try ServerHarness.fixture("Tests/CriaServerTests/Fixtures/kinship-allowance-pilot.docx")
        let response = try harness.client.upload("/check", files: [("kinship-allowance-pilot.docx", docx)])
        XCTAssertEqual(response.status, 200, response.text)
        let page = response.text
        XCTAssertTrue(page.contains("<h1>Kinship Allowance Pilot: a weekly allowance for special guardians and kinship carers with a child arrangements order</h1>"))
        // Outcome counts at the top: 3 fails, 3 reviews.
        XCTAssertTrue(page.contains("<li><strong>3</strong>Fail</li>"), page)
        XCTAssertTrue(page.contains("<li><strong>3</strong>Review</li>"))
        // Grouped by general principle, then article: feedback-to-children is under Art 12.
        let principle = try XCTUnwrap(page.range(of: "General principle: Art 12 Right to be heard"))
        let feedback = try XCTUnwrap(page.range(of: "<a href=\"/rules/feedback-to-children\">"))
        XCTAssertLessThan(principle.lowerBound, feedback.lowerBound)
        // The finding links to the place it rests on (the section's heading, paragraph 13),
        // and that place links back to the finding.
        let finding = try XCTUnwrap(page.components(separatedBy: "<article").first { $0.contains("/rules/feedback-to-children\"") })
        let number = try XCTUnwrap(finding.range(of: "id=\"f")).upperBound
        let id = String(finding[number...].prefix { $0 != "\"" })
        XCTAssertTrue(finding.contains("<strong>Where:</strong> The section “Children and young people&#39;s views”, paragraph 13. <a href=\"#s4\">Jump to it in your document"), finding)
        XCTAssertTrue(page.contains("<h3 id=\"s4\">Children and young people&#39;s views <a class=\"markers\" href=\"#f\(id)\">[Fail: finding \(id)]</a></h3>"), page)
        // A finding about what the whole document lacks points at no paragraph.
        let summary = try XCTUnwrap(page.components(separatedBy: "<article").first { $0.contains("/rules/child-friendly-summary\"") })
        XCTAssertTrue(summary.contains("<strong>Where:</strong> The whole document.</p>"), summary)
        // The document's own text, section by section.
        XCTAssertTrue(page.contains("<h3 id=\"s5\">Rights engaged"))
        XCTAssertTrue(page.contains("<p id=\"s1p0\">An estimated 141,000 children in England are growing up in kinship care"))
    }

    func testXMLUploadThroughTheAPIGivesTheFindingsOfTheCLI() throws {
        let xml = try ServerHarness.fixture("samples/dfe-kinship-allowance-pilot.xml")
        let response = try harness.client.upload("/api/check", files: [("dfe-kinship-allowance-pilot.xml", xml)])
        XCTAssertEqual(response.status, 200, response.text)
        XCTAssertEqual(findings(ofJSON: response.json), Self.kinshipFindings)
        let results = try XCTUnwrap(((response.json["documents"] as? [[String: Any]])?.first?["results"]) as? [[String: Any]])
        let review = try XCTUnwrap(results.first { $0["rule"] as? String == "monitoring-and-evaluation" })
        XCTAssertEqual(place(review), "44:3 /Report/Chapter[10]")
    }

    func testJSONSentAsARawBodyGivesTheFindingsOfTheCLI() throws {
        let json = try ServerHarness.fixture("samples/dwp-uc-deductions-cap.json")
        let response = try harness.client.post("/api/check?name=dwp-uc-deductions-cap.json", contentType: "application/json", body: json)
        XCTAssertEqual(response.status, 200, response.text)
        XCTAssertEqual(
            findings(ofJSON: response.json),
            [
                "fail child-friendly-summary", "fail childrens-own-views", "fail evidence-gaps-identified",
                "review disabled-children-considered", "review options-considered",
            ])
        XCTAssertEqual((response.json["documents"] as? [[String: Any]])?.first?["file"] as? String, "dwp-uc-deductions-cap.json")
        XCTAssertEqual(response.headers["content-type"], "application/json; charset=utf-8")
    }

    func testHTMLUploadThroughThePageGivesTheFindingsOfTheCLI() throws {
        let html = try ServerHarness.fixture("Tests/CriaKitTests/Fixtures/heldout/wg-free-school-meals-cria.html")
        let api = try harness.client.upload("/api/check", files: [("wg-free-school-meals-cria.html", html)])
        XCTAssertEqual(findings(ofJSON: api.json), ["fail evidence-gaps-identified"])
        let page = try harness.client.upload("/check", files: [("wg-free-school-meals-cria.html", html)])
        XCTAssertEqual(page.status, 200)
        XCTAssertTrue(page.text.contains("<li><strong>1</strong>Fail</li>"))
        XCTAssertTrue(page.text.contains("<a href=\"/rules/evidence-gaps-identified\">evidence-gaps-identified</a>"))
    }

    func testAnHTMLDocumentsScriptsAndJavascriptLinksAreShownAsText() throws {
        let hostile = """
            <!DOCTYPE html><html><head><title>School meals &lt;b&gt;</title></head><body><main>
            <h1>Free school meals <script>alert('title')</script></h1>
            <h2>Children's views <img src=x onerror=alert(1)></h2>
            <p>We asked 40 pupils. &lt;script&gt;alert("text")&lt;/script&gt; <a href="javascript:alert('link')">javascript:alert('link')</a></p>
            <p>Children said "<b onclick=alert(2)>yes</b>" &amp; more.</p>
            </main></body></html>
            """
        let response = try harness.client.upload("/check", files: [("hostile.html", Data(hostile.utf8))])
        XCTAssertEqual(response.status, 200, response.text)
        let page = response.text
        // The text the document holds is on the page, escaped; no markup of its own survives.
        XCTAssertTrue(page.contains("&lt;script&gt;alert(&quot;text&quot;)&lt;/script&gt;"), page)
        XCTAssertFalse(page.contains("<script>alert"))
        XCTAssertFalse(page.contains("onerror=alert"))
        XCTAssertFalse(page.contains("onclick"))
        XCTAssertFalse(page.contains("href=\"javascript:"))
        XCTAssertEqual(page.components(separatedBy: "<script").count - 1, 1, "only the page's own script element")
        XCTAssertTrue(page.contains("<script src=\"/assets/cria.js\" defer></script>"))
        let csp = try XCTUnwrap(response.headers["content-security-policy"])
        XCTAssertTrue(csp.contains("script-src 'self'"))
        XCTAssertFalse(csp.contains("unsafe"))
    }

    func testAnUploadOverTheLimitIs413WithAClearMessage() throws {
        try harness.stop()
        harness = try ServerHarness { $0.maxUploadBytes = 64 * 1024 }
        let big = Data(repeating: UInt8(ascii: "a"), count: 200 * 1024)
        let page = try harness.client.upload("/check", files: [("big.xml", big)])
        XCTAssertEqual(page.status, 413)
        XCTAssertTrue(page.text.contains("The upload is larger than the limit of 64 KB (65536 bytes)."), page.text)
        let api = try harness.client.post("/api/check", contentType: "application/xml", body: big)
        XCTAssertEqual(api.status, 413)
        XCTAssertEqual(api.json["error"] as? String, "The upload is larger than the limit of 64 KB (65536 bytes). Send a smaller file, or fewer files at once.")
        // The server still answers afterwards.
        XCTAssertEqual(try harness.client.get("/healthz").status, 200)
    }

    func testAMalformedDocumentIs422WithTheLocatedError() throws {
        let broken = Data("<proposal>\n  <summary>Children\n</proposal>\n".utf8)
        let api = try harness.client.upload("/api/check", files: [("broken.xml", broken)])
        XCTAssertEqual(api.status, 422)
        let errors = try XCTUnwrap(api.json["errors"] as? [[String: Any]])
        XCTAssertEqual(errors.count, 1)
        XCTAssertEqual(errors.first?["file"] as? String, "broken.xml")
        XCTAssertEqual(errors.first?["line"] as? Int, 3)
        XCTAssertEqual((api.json["documents"] as? [Any])?.count, 0)

        let page = try harness.client.upload("/check", files: [("broken.xml", broken)])
        XCTAssertEqual(page.status, 422)
        XCTAssertTrue(page.text.contains("<p>broken.xml:3:"), page.text)
        XCTAssertTrue(page.text.contains("cria could not read this document"))

        let binary = try harness.client.post("/api/check?name=photo.png", contentType: "image/png", body: Data([0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 0]))
        XCTAssertEqual(binary.status, 422)
        XCTAssertEqual((binary.json["errors"] as? [[String: Any]])?.first?["message"] as? String, "binary file (NUL bytes); expected XML, JSON, HTML or DOCX")
    }
}
