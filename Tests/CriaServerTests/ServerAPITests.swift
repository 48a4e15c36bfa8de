import CriaKit
import Foundation
import Hummingbird
import XCTest
import ZIPFoundation

@testable import CriaServer

/// The API besides checking, the headers every response carries, kept results with their
/// filters and downloads, the rule pages and batch uploads.
final class ServerAPITests: XCTestCase {
    private var harness: ServerHarness!

    override func setUpWithError() throws { harness = try ServerHarness() }
    override func tearDownWithError() throws { try harness.stop() }

    func testRulesHealthAndOpenAPI() throws {
        let rules = try harness.client.get("/api/rules")
        XCTAssertEqual(rules.status, 200)
        let list = try XCTUnwrap(rules.json["rules"] as? [[String: Any]])
        XCTAssertEqual(list.count, ServerHarness.pack.rules.count)
        let views = try XCTUnwrap(list.first { $0["id"] as? String == "childrens-own-views" })
        XCTAssertEqual(views["articles"] as? [Int], [12])
        XCTAssertEqual(views["severity"] as? String, "error")
        XCTAssertEqual(views["url"] as? String, "/rules/childrens-own-views")

        let health = try harness.client.get("/healthz")
        XCTAssertEqual(health.json["status"] as? String, "ok")
        XCTAssertEqual(health.json["rules"] as? Int, ServerHarness.pack.rules.count)

        let openapi = try harness.client.get("/openapi.json")
        XCTAssertEqual(openapi.status, 200)
        XCTAssertEqual(openapi.json["openapi"] as? String, "3.1.0")
        let paths = try XCTUnwrap(openapi.json["paths"] as? [String: Any])
        XCTAssertEqual(Set(paths.keys), ["/api/check", "/api/rules", "/healthz"])
    }

    /// Found by schemathesis (scripts/serve-under-fire): a byte of 128 or more in a part's
    /// header name made MultipartKit trap, which stopped the server. Now a 400, and the
    /// server goes on; non-ASCII in a header's value (a file name) is still read.
    func testANonASCIIHeaderNameIsRefusedAndTheServerGoesOn() throws {
        let body = Data("--b\r\n".utf8) + Data([0xC3, 0x8A, 0xC3, 0xB4, 0x6E, 0xC2, 0xB9, 0xC2, 0x88, 0x10]) + Data("--b--\r\n".utf8)
        let refused = try harness.client.post("/api/check", contentType: "multipart/form-data; boundary=b", body: body)
        XCTAssertEqual(refused.status, 400)
        XCTAssertEqual(refused.json["error"] as? String, "The multipart/form-data body is malformed: a part's header name is not ASCII.")
        XCTAssertEqual(try harness.client.get("/healthz").json["status"] as? String, "ok")
        let accented = try harness.client.upload("/api/check", files: [("é.xml", Data("<p>children and schools</p>".utf8))])
        XCTAssertEqual(accented.status, 200, accented.text)
    }

    /// Found by scripts/serve-under-fire: a body shorter than its Content-Length, the
    /// client's side then closed, was a 500.
    func testABodyCutShortIsA400() throws {
        let head = "POST /api/check?name=p.xml HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/xml\r\nContent-Length: 1000\r\n\r\n"
        let cut = try harness.client.send(head: head, body: Data("<p>children</p>".utf8), halfClose: true)
        XCTAssertEqual(cut.status, 400)
        XCTAssertEqual(cut.json["error"] as? String, "The request body ended before it was complete. Send the file again.")
    }

    func testEveryResponseCarriesTheSecurityHeadersAndNoCookie() throws {
        for path in ["/", "/rules", "/healthz", "/no-such-page", "/assets/cria.css"] {
            let response = try harness.client.get(path)
            XCTAssertEqual(response.headers["x-content-type-options"], "nosniff", path)
            XCTAssertEqual(response.headers["content-security-policy"], SecurityHeadersMiddleware<BasicRequestContext>.pageCSP, path)
            XCTAssertNil(response.headers["set-cookie"], path)
        }
        let missing = try harness.client.get("/no-such-page")
        XCTAssertEqual(missing.status, 404)
        XCTAssertTrue(missing.text.contains("There is no page at /no-such-page."))
    }

    func testTheUploadPageWorksWithoutScript() throws {
        let page = try harness.client.get("/")
        XCTAssertEqual(page.status, 200)
        XCTAssertTrue(page.text.contains("<form method=\"post\" action=\"/check\" enctype=\"multipart/form-data\">"))
        XCTAssertTrue(page.text.contains("<input type=\"file\" id=\"file\" name=\"file\" multiple"))
        XCTAssertTrue(page.text.contains("<textarea id=\"text\" name=\"text\""))
        let empty = try harness.client.upload("/check", files: [], fields: ["text": "  "])
        XCTAssertEqual(empty.status, 400)
        XCTAssertTrue(empty.text.contains("No document was sent"))
    }

    func testPastedTextIsChecked() throws {
        let text = """
            Free school meals for all primary pupils

            Summary
            The proposal extends free school meals to every child in a primary school from September 2026.

            Children's views
            We ran workshops with 120 pupils aged 7 to 11 in six schools; children told us that queues and stigma put them off.
            """
        let page = try harness.client.upload("/check", files: [], fields: ["text": text])
        XCTAssertEqual(page.status, 200, page.text)
        XCTAssertTrue(page.text.contains("<dt>File</dt><dd>pasted text</dd>"))
        XCTAssertTrue(page.text.contains("<h3 id=\"s1\">Summary</h3>\n<p id=\"s1p0\">The proposal extends free school meals"), page.text)
        XCTAssertTrue(page.text.contains("<h3 id=\"s2\">Children&#39;s views"))
    }

    func testAKeptResultIsFilteredAndDownloaded() throws {
        let xml = try ServerHarness.fixture("samples/dfe-kinship-allowance-pilot.xml")
        let page = try harness.client.upload("/check", files: [("kinship.xml", xml)]).text
        let start = try XCTUnwrap(page.range(of: "action=\"/results/")).upperBound
        let id = String(page[start...].prefix { $0 != "#" && $0 != "\"" })
        XCTAssertEqual(id.count, 32)

        let reviews = try harness.client.get("/results/\(id)?outcome=review&severity=")
        XCTAssertEqual(reviews.status, 200)
        XCTAssertTrue(reviews.text.contains("Showing 3 of "))
        XCTAssertTrue(reviews.text.contains("/rules/monitoring-and-evaluation\""))
        XCTAssertFalse(reviews.text.contains("/rules/feedback-to-children\""))
        let errorsOnly = try harness.client.get("/results/\(id)?outcome=all&severity=error")
        XCTAssertTrue(errorsOnly.text.contains("<option value=\"error\" selected>"))

        let json = try harness.client.get("/results/\(id)/report/json")
        XCTAssertEqual(findings(ofJSON: json.json), ServerUploadTests.kinshipFindings)
        XCTAssertEqual(json.headers["content-disposition"], "attachment; filename=\"cria-kinship.xml.json\"")
        let sarif = try harness.client.get("/results/\(id)/report/sarif")
        XCTAssertEqual(sarif.json["version"] as? String, "2.1.0")
        XCTAssertEqual(sarif.headers["content-disposition"], "attachment; filename=\"cria-kinship.xml.sarif\"")
        let junit = try harness.client.get("/results/\(id)/report/junit")
        XCTAssertTrue(junit.text.contains("<testcase classname=\"kinship.xml\" name=\"feedback-to-children\""), junit.text)
        XCTAssertEqual(try harness.client.get("/results/\(id)/report/no-such-format").status, 404)
        for format in ["json", "sarif", "junit", "github", "checkstyle"] {
            XCTAssertTrue(page.contains("<a href=\"/results/\(id)/report/\(format)\" download>"), format)
        }
        let html = try harness.client.get("/results/\(id)/report.html")
        XCTAssertTrue(html.text.contains("kinship.xml"))
        XCTAssertTrue(html.headers["content-security-policy"]?.contains("style-src 'unsafe-inline'") ?? false)

        XCTAssertEqual(try harness.client.get("/results/0123456789abcdef0123456789abcdef").status, 404)
        let template = try harness.client.get("/template.xml")
        XCTAssertTrue(template.text.hasPrefix("<?xml"))
    }

    /// Every format of `ReportFormats.registered` is a download of a kept result, with its own
    /// media type and file name, and (but for text, which the page is, and HTML, which has
    /// a link of its own) a link on the result page.
    func testEveryRegisteredFormatIsADownloadOfAKeptResult() throws {
        let xml = try ServerHarness.fixture("samples/dfe-kinship-allowance-pilot.xml")
        let page = try harness.client.upload("/check", files: [("kinship.xml", xml)]).text
        let start = try XCTUnwrap(page.range(of: "action=\"/results/")).upperBound
        let id = String(page[start...].prefix { $0 != "#" && $0 != "\"" })
        for format in ReportFormats.registered {
            let download = try harness.client.get("/results/\(id)/report/\(format.name)")
            XCTAssertEqual(download.status, 200, format.name)
            XCTAssertEqual(download.headers["content-type"], format.mediaType)
            XCTAssertEqual(download.headers["content-disposition"], "attachment; filename=\"cria-kinship.xml.\(format.fileExtension)\"")
            XCTAssertTrue(download.text.contains("kinship.xml"), format.name)
            XCTAssertFalse(download.text.contains(ServerHarness.repository.path), "\(format.name) names where the rule pack is on the server")
            let linked = page.contains("<a href=\"/results/\(id)/report/\(format.name)\" download>\(format.title)</a>")
            XCTAssertEqual(linked, format.name != "text" && format.name != "html", format.name)
        }
        let html = try harness.client.get("/results/\(id)/report/html")
        XCTAssertTrue(html.headers["content-security-policy"]?.contains("style-src 'unsafe-inline'") ?? false)
    }

    func testARulePageShowsWhatExplainShows() throws {
        let rule = try XCTUnwrap(ServerHarness.pack.pack.rule(id: "childrens-own-views"))
        let page = try harness.client.get("/rules/childrens-own-views")
        XCTAssertEqual(page.status, 200)
        XCTAssertTrue(page.text.contains("<h1>Children&#39;s own views were sought, not only those of adults</h1>"), page.text)
        XCTAssertTrue(page.text.contains("<dd>Art 12 Right to be heard</dd>"))
        XCTAssertTrue(page.text.contains("UNCRC Art 12(1)"))
        XCTAssertEqual(page.text.components(separatedBy: "<h3>An example that").count - 1, rule.examples.fail.count + rule.examples.pass.count + rule.examples.review.count)
        XCTAssertEqual(try harness.client.get("/rules/no-such-rule").status, 404)
    }

    func testSeveralFilesOrAZIPGiveTheBatchReport() throws {
        let xml = try ServerHarness.fixture("samples/dfe-kinship-allowance-pilot.xml")
        let json = try ServerHarness.fixture("samples/dwp-uc-deductions-cap.json")
        let broken = Data("<a>".utf8)
        let report = try harness.client.upload("/check", files: [("kinship.xml", xml), ("deductions.json", json), ("broken.xml", broken)])
        XCTAssertEqual(report.status, 200, report.text)
        XCTAssertTrue(report.text.contains("kinship.xml"))
        XCTAssertTrue(report.text.contains("deductions.json"))
        XCTAssertTrue(report.text.contains("broken.xml"), "an unreadable input is listed in the report")

        let archive = try Archive(data: Data(), accessMode: .create)
        for (path, data) in [("proposals/kinship.xml", xml), ("proposals/deductions.json", json), ("__MACOSX/._kinship.xml", Data("x".utf8))] {
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        let zipped = try harness.client.upload("/check", files: [("drafts.zip", try XCTUnwrap(archive.data))])
        XCTAssertEqual(zipped.status, 200, zipped.text)
        XCTAssertTrue(zipped.text.contains("drafts.zip/proposals/kinship.xml"))
        XCTAssertTrue(zipped.text.contains("drafts.zip/proposals/deductions.json"))
        XCTAssertFalse(zipped.text.contains("__MACOSX"))
    }

    /// ZIPFoundation alone traps on a ZIP whose header points past its end (the docx fuzz
    /// target's input): sent to the page, that one request stopped the server.
    func testAZIPPointingPastItsEndIsRefusedAndTheServerGoesOn() throws {
        let crafted = try ServerHarness.fixture("Tests/CriaKitTests/FuzzCorpus/docx/crash-read-past-end")
        let page = try harness.client.upload("/check", files: [("crafted.zip", crafted)])
        XCTAssertEqual(page.status, 422, page.text)
        XCTAssertTrue(page.text.contains("crafted.zip:1:1: error: not a valid DOCX: central directory entry 1 of 3 lies outside the archive"), page.text)
        XCTAssertEqual(try harness.client.get("/healthz").status, 200)
    }
}
