import XCTest
@testable import CriaKit

final class DialectTextTests: XCTestCase {
    /// A leaf's text is shared only when it is exactly what collapsing its whitespace gives.
    func testSharedLeafTextIsTheCollapsedText() {
        let pieces = ["a", "word", "(1)", " ", "  ", "\t", "\n", "\r\n", "\u{A0}", "\u{85}", "\u{1680}", "\u{2003}",
                      "\u{2028}", "\u{3000}", "\u{200B}", "é", "—", "“", "x\u{301}", "🙂", "\u{1}", "\u{7F}", "ᚠ", "の"]
        var state: UInt64 = 0x2545_F491_4F6C_DD1D
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        for _ in 0..<20_000 {
            var text = ""
            for _ in 0..<next(24) { text += pieces[next(pieces.count)] }
            let node = DocumentNode(kind: .element, label: "Text", path: "/Text", location: SourceLocation(line: 1, column: 1))
            node.appendText(text)
            XCTAssertEqual(DialectText.fullText(of: node), node.fullText, text.debugDescription)
            XCTAssertEqual(DialectText.isCollapsed(text), !text.isEmpty && node.fullText == text, text.debugDescription)
        }
    }

    func testNodesWithChildrenReadAsFullText() {
        let node = DocumentNode(kind: .element, label: "Text", path: "/Text", location: SourceLocation(line: 1, column: 1))
        node.appendText("The ")
        let emphasis = DocumentNode(kind: .element, label: "Emphasis", path: "/Text/Emphasis", location: SourceLocation(line: 1, column: 5))
        emphasis.appendText("Secretary")
        node.appendChild(emphasis)
        node.appendText("  of State")
        node.markInlineChildrenIfMixed()
        XCTAssertEqual(DialectText.fullText(of: node), "The Secretary of State")
        XCTAssertEqual(DialectText.fullText(of: DocumentNode(kind: .element, label: "Text", path: "/Text", location: SourceLocation(line: 1, column: 1))), "")
    }

    func testRebuiltNodeKeepsTheSourcePath() throws {
        let root = try XMLReader.read(bytes: Array("<a><b>x</b><b>y</b></a>".utf8), file: "t.xml", limits: .default)
        let copy = DocumentNode(kind: .element, label: "p", pathOf: root.children[1], location: root.children[1].location)
        XCTAssertEqual(copy.path, "/a/b[2]")
        XCTAssertEqual(root.children[1].path, "/a/b[2]")
    }
}
