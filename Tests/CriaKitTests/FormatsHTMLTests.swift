import XCTest

@testable import CriaKit

final class FormatsHTMLTests: XCTestCase {
    static let page = """
        <!DOCTYPE html><html><head><title>Free school meals - GOV.UK</title>
        <meta name="dc.creator" content="Department for Education"></head>
        <body><a class="govuk-skip-link" href="#main-content">Skip to main content</a>
        <div id="global-cookie-message"><p>Cookies on GOV.UK are used to remember settings.</p></div>
        <header><p>GOV.UK navigation</p></header><nav><ul><li>Home</li></ul></nav>
        <div class="govuk-breadcrumbs"><ol><li>Education</li></ol></div>
        <main id="main-content"><div><h1>Free school meals</h1><div><p>Children in receipt of benefits get meals.</p>
        <h2>Children's views</h2><p>We asked 40 pupils what they thought.</p></div></div>
        <aside><p>Related content</p></aside></main>
        <footer><p>All content is available under the Open Government Licence.</p></footer></body></html>
        """

    func testMainContentOnlyWithHeadingsAsSections() throws {
        let document = try DocumentLoader().read(bytes: Array(Self.page.utf8), file: "page.html")
        let proposal = Proposal(document: document)
        XCTAssertEqual(proposal.format, .html)
        XCTAssertEqual(proposal.metadata.title, "Free school meals - GOV.UK")
        XCTAssertEqual(proposal.metadata.department, "Department for Education")
        XCTAssertEqual(proposal.sections.map(\.title), ["Free school meals", "Children's views"])
        let text = proposal.root.text
        for excluded in ["Cookies", "Skip to", "navigation", "Related content", "Open Government", "Education Free"] {
            XCTAssertFalse(text.contains(excluded), "\(excluded) in \(text)")
        }
        let views = proposal.sections[1]
        XCTAssertEqual(views.text, "We asked 40 pupils what they thought.")
        XCTAssertEqual(views.location.line, 8)
    }

    func testXHTMLWithXMLDeclarationIsHTML() {
        let bytes = Array("<?xml version=\"1.0\"?>\n<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Strict//EN\" \"x.dtd\">\n<html><body><p>x</p></body></html>".utf8)
        XCTAssertEqual(FormatDetector.syntax(of: bytes, fileName: "a.xml"), .html)
    }
}
