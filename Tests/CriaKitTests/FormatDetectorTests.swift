import XCTest

@testable import CriaKit

/// The byte reading of a markup file's first bytes (`ASCIIMarkupHead`) against the Unicode
/// string reading it stands in for (`FormatDetector.markupSyntax`).
final class FormatDetectorTests: XCTestCase {
    private static let asciiHeads: [(head: String, syntax: FormatDetector.Syntax?)] = [
        ("<!DOCTYPE html><html><body/></html>", .html),
        ("<HTML lang=\"en\"><body/></HTML>", .html),
        ("<?xml version=\"1.0\"?>\n<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Strict//EN\" \"x.dtd\">", .html),
        ("<?xml version=\"1.0\"?>\r\n\t<!-- exported --> \u{0B}<!-- twice -->\u{0C}<Html>", .html),
        ("<?xml version=\"1.0\"?><!-- never closed <html>", .xml),
        ("<?xml version=\"1.0\"?>\n<!DOCTYPE Bill PUBLIC \"-//Bill//EN\" \"BillExchange.dtd\"><Bill/>", .xml),
        ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><akomaNtoso/>", .xml),
        ("<?xml version=\"1.0\"", .xml),
        ("<!-- a comment first --><proposal/>", .xml),
        ("<!doctype htm><x/>", .xml),
        ("<!DOCTYPE Legislation><Legislation/>", .xml),
        ("<proposal><title>Html</title></proposal>", nil),
        ("<htmlish/>", .html),
        ("<", nil),
    ]

    func testASCIIHeadsAnswerAsTheStringReadingDoes() {
        for (head, syntax) in Self.asciiHeads {
            let bytes = ArraySlice(Array(head.utf8))
            XCTAssertEqual(ASCIIMarkupHead(bytes).reading, syntax.map { .syntax($0) } ?? .byFileName, head)
            XCTAssertEqual(FormatDetector.markupSyntax(of: bytes), syntax, head)
        }
    }

    /// Characters beyond ASCII anywhere in the head: the byte reading answers only where the
    /// string reading gives the same answer, and leaves the rest to it.
    func testHeadsBeyondASCIIAreAnsweredOnlyWhereTheStringReadingAgrees() {
        let others = ["é", "\u{301}", "\u{A0}", "\u{2028}", "İ", "\u{212A}", "’"]
        var decided = 0
        for (head, _) in Self.asciiHeads {
            let scalars = Array(head.unicodeScalars)
            for cut in 0...scalars.count {
                for other in others {
                    var text = String(String.UnicodeScalarView(scalars[..<cut]))
                    text += other
                    text += String(String.UnicodeScalarView(scalars[cut...]))
                    let bytes = ArraySlice(Array(text.utf8))
                    let reading = ASCIIMarkupHead(bytes).reading
                    guard reading != .undecided else { continue }
                    decided += 1
                    let expected: ASCIIMarkupHead.Reading = FormatDetector.markupSyntax(of: bytes).map { .syntax($0) } ?? .byFileName
                    XCTAssertEqual(reading, expected, text.debugDescription)
                }
            }
        }
        // Most heads are decided before the first character beyond ASCII.
        XCTAssertGreaterThan(decided, 500)
        // A no-break space is whitespace to the string reading: still XHTML.
        XCTAssertEqual(ASCIIMarkupHead(ArraySlice(Array("<?xml version=\"1.0\"?>\u{A0}<html>".utf8))).reading, .undecided)
        XCTAssertEqual(
            FormatDetector.syntax(of: Array("<?xml version=\"1.0\"?>\u{A0}<html><p>é</p></html>".utf8), fileName: "a.xml"), .html)
        // A combining mark on the root's last letter makes it another name.
        XCTAssertEqual(ASCIIMarkupHead(ArraySlice(Array("<html\u{301}>".utf8))).reading, .undecided)
        XCTAssertEqual(FormatDetector.syntax(of: Array("<html\u{301}>".utf8), fileName: "a.xml"), .xml)
    }

    func testFileNameDecidesOnlyForABareRoot() {
        XCTAssertEqual(FormatDetector.syntax(of: Array("<div><p>Text</p></div>".utf8), fileName: "page.HTM"), .html)
        XCTAssertEqual(FormatDetector.syntax(of: Array("<div><p>Text</p></div>".utf8), fileName: "page.xml"), .xml)
        XCTAssertEqual(FormatDetector.syntax(of: Array("<!-- x --><div/>".utf8), fileName: "page.html"), .xml)
        XCTAssertEqual(FormatDetector.syntax(of: Array("<div><p>Café</p></div>".utf8), fileName: "page.html"), .html)
    }

    func testANulByteInTheFirst8KiBIsBinary() {
        var bytes = Array("<proposal>".utf8) + [UInt8](repeating: 0x20, count: 9000)
        bytes[8191] = 0
        XCTAssertEqual(FormatDetector.syntax(of: bytes, fileName: "a.xml"), .unknown(FormatDetector.binaryMessage))
        XCTAssertEqual(FormatDetector.firstNUL(in: bytes), 8191)
        bytes[8191] = 0x20
        bytes[8192] = 0
        XCTAssertEqual(FormatDetector.syntax(of: bytes, fileName: "a.xml"), .xml)
        XCTAssertNil(FormatDetector.firstNUL(in: bytes))
    }
}
