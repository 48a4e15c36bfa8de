import Foundation
import XCTest

@testable import CriaKit

final class XMLReaderTests: XCTestCase {
    private func read(_ text: String, limits: ReadLimits = .default) throws -> DocumentNode {
        try XMLReader.read(bytes: Array(text.utf8), file: "t.xml", limits: limits)
    }

    private func assertError(
        _ bytes: [UInt8], _ expected: String, limits: ReadLimits = .default,
        file: StaticString = #filePath, line: UInt = #line
    ) {
        XCTAssertThrowsError(try XMLReader.read(bytes: bytes, file: "t.xml", limits: limits), file: file, line: line) { error in
            XCTAssertEqual((error as? InputError)?.description, expected, file: file, line: line)
        }
    }

    private func assertError(
        _ text: String, _ expected: String, limits: ReadLimits = .default,
        file: StaticString = #filePath, line: UInt = #line
    ) {
        assertError(Array(text.utf8), expected, limits: limits, file: file, line: line)
    }

    private func nodes(_ root: DocumentNode) -> [String: DocumentNode] {
        var byPath: [String: DocumentNode] = [:]
        root.walk { byPath[$0.path] = $0 }
        return byPath
    }

    // MARK: Structure and positions

    private let fixture = """
        <?xml version="1.0" encoding="UTF-8"?>
        <!-- a comment -->
        <proposal id="p1">
          <section>
            <p>Première</p><p>Zweite — “quoted”</p>
          </section>
        <section
            title="Deux"
            lang='fr'><p>Ünïcödé ✓ <em>x</em></p></section>
        <section/>
        </proposal>
        """

    func testLabelsPathsAndPositions() throws {
        let root = try read(fixture)
        let byPath = nodes(root)
        XCTAssertEqual(root.label, "proposal")
        XCTAssertEqual(root.path, "/proposal")
        XCTAssertEqual(root.location, SourceLocation(line: 3, column: 1))
        XCTAssertEqual(
            root.children.map(\.path),
            ["/proposal/section[1]", "/proposal/section[2]", "/proposal/section[3]"])
        XCTAssertEqual(byPath["/proposal/section[1]"]?.location, SourceLocation(line: 4, column: 3))
        XCTAssertEqual(byPath["/proposal/section[1]/p[1]"]?.location, SourceLocation(line: 5, column: 5))
        XCTAssertEqual(byPath["/proposal/section[1]/p[2]"]?.location, SourceLocation(line: 5, column: 20))
        XCTAssertEqual(byPath["/proposal/section[2]"]?.location, SourceLocation(line: 7, column: 1))
        XCTAssertEqual(byPath["/proposal/section[2]/p[1]"]?.location, SourceLocation(line: 9, column: 15))
        XCTAssertEqual(byPath["/proposal/section[2]/p[1]/em[1]"]?.location, SourceLocation(line: 9, column: 28))
        XCTAssertEqual(byPath["/proposal/section[3]"]?.location, SourceLocation(line: 10, column: 1))
        XCTAssertEqual(byPath["/proposal/section[1]/p[2]"]?.fullText, "Zweite — “quoted”")
        XCTAssertEqual(byPath["/proposal/section[2]"]?.attributes.map { "\($0.name)=\($0.value)" }, ["title=Deux", "lang=fr"])
        XCTAssertEqual(root.attribute("id"), "p1")
    }

    func testLocationsFoundWhenAskedForInAnyOrder() throws {
        var all: [DocumentNode] = []
        try read(fixture).walk { all.append($0) }
        let expected = try { () -> [SourceLocation] in
            var inOrder: [SourceLocation] = []
            try read(fixture).walk { inOrder.append($0.location) }
            return inOrder
        }()
        XCTAssertEqual(all.reversed().map(\.location), expected.reversed())
        XCTAssertEqual(all.map(\.location), expected)

        var unread: [DocumentNode] = []
        let root = try read(fixture)
        root.walk { unread.append($0) }
        let copy = DocumentNode(kind: .element, label: "copy", pathAndLocationOf: unread[6])
        XCTAssertEqual(copy.path, "/proposal/section[2]/p[1]/em[1]")
        XCTAssertEqual(copy.location, SourceLocation(line: 9, column: 28))
        XCTAssertEqual(unread[6].location, SourceLocation(line: 9, column: 28))
        XCTAssertEqual(
            DocumentNode(kind: .element, label: "again", pathAndLocationOf: unread[6]).location,
            SourceLocation(line: 9, column: 28))
    }

    func testProseAttributesOfFourWordsOrMoreReadAsText() throws {
        let root = try read("<s text='one two three four' summary='too few words' body='a\r\nb\tc  d é' note='x y z w'/>")
        XCTAssertEqual(root.ownText, "one two three four a b c d é")
        XCTAssertTrue(XMLTreeBuilder.hasFourWords(" a\u{85}b c d"))
        XCTAssertFalse(XMLTreeBuilder.hasFourWords("a\u{A0}b c"))
        XCTAssertFalse(XMLTreeBuilder.hasFourWords("a\r\nb\u{0B}c \u{0C}"))
    }

    func testCarriageReturnLineEndsAndByteOrderMark() throws {
        let root = try XMLReader.read(bytes: [0xEF, 0xBB, 0xBF] + Array("<a>\r\n <b/>\r\n<c/></a>".utf8), file: "t.xml")
        XCTAssertEqual(root.location, SourceLocation(line: 1, column: 1))
        XCTAssertEqual(root.children.map(\.location), [SourceLocation(line: 2, column: 2), SourceLocation(line: 3, column: 1)])
    }

    private func utf16(_ text: String, bigEndian: Bool) -> [UInt8] {
        let units = Array(text.utf16)
        return (bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE])
            + units.flatMap { unit -> [UInt8] in
                let (high, low) = (UInt8(unit >> 8), UInt8(unit & 0xFF))
                return bigEndian ? [high, low] : [low, high]
            }
    }

    func testUTF16PositionsAndText() throws {
        let text = "<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n<doc>\n  😀é <item\n   n=\"1\">Grüße 😀</item></doc>"
        for bigEndian in [false, true] {
            let root = try XMLReader.read(bytes: utf16(text, bigEndian: bigEndian), file: "t.xml")
            XCTAssertEqual(root.location, SourceLocation(line: 2, column: 1))
            XCTAssertEqual(root.children[0].location, SourceLocation(line: 3, column: 6))
            XCTAssertEqual(root.children[0].attribute("n"), "1")
            XCTAssertEqual(root.fullText, "😀é Grüße 😀")
        }
    }

    func testDeclaredSingleByteEncodings() throws {
        let latin1 = Array("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<p a=\"".utf8) + [0xE9] + Array("\">caf".utf8) + [0xE9] + Array("<b/></p>".utf8)
        let root = try XMLReader.read(bytes: latin1, file: "t.xml")
        XCTAssertEqual(root.attribute("a"), "é")
        XCTAssertEqual(root.ownText, "café")
        XCTAssertEqual(root.children[0].location, SourceLocation(line: 2, column: 14))

        let cp1252 = Array("<?xml version='1.0' encoding='windows-1252'?><p>".utf8) + [0x93, 0x80, 0x94] + Array("</p>".utf8)
        XCTAssertEqual(try XMLReader.read(bytes: cp1252, file: "t.xml").ownText, "“€”")
    }

    func testOtherDeclaredEncodingsGoThroughIconv() throws {
        let latin9 = Array("<?xml version=\"1.0\" encoding=\"ISO-8859-15\"?><p>".utf8) + [0xA4, 0xE9] + Array("</p>".utf8)
        XCTAssertEqual(try XMLReader.read(bytes: latin9, file: "t.xml").ownText, "€é")
        assertError(
            "<?xml version=\"1.0\" encoding=\"x-no-such-encoding\"?><p/>",
            "t.xml:1:1: error: unsupported encoding 'x-no-such-encoding'")
    }

    func testInvalidUTF16() {
        let units: [UInt16] = Array("<p>\nab".utf16) + [0xD800] + Array("</p>".utf16)
        assertError(
            [0xFF, 0xFE] + units.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] },
            "t.xml:2:3: error: invalid UTF-16 (unpaired surrogate or odd length)")
    }

    func testLongTextArrivesWhole() throws {
        let long = String(repeating: "Grüße, world. ", count: 100_000)
        let root = try read("<p>\(long)<b/>\(long)</p>")
        guard case .text(let first)? = root.pieces.first else { return XCTFail("no text") }
        XCTAssertEqual(first, long)
        XCTAssertEqual(root.pieces.count, 3)
    }

    func testAttributesAndReferences() throws {
        let root = try read("<p xml:lang=\"en\" a=\"x &amp; y &lt; &#38;amp; &#x41;\" b='\n1\t2'>&lt;&amp;&gt;&quot;&apos;&#233;&#x1F600;</p>")
        XCTAssertEqual(root.attributes.map(\.name), ["xml:lang", "a", "b"])
        XCTAssertEqual(root.attribute("xml:lang"), "en")
        XCTAssertEqual(root.attribute("a"), "x & y < &amp; A")
        XCTAssertEqual(root.attribute("b"), " 1 2")
        XCTAssertEqual(root.ownText, "<&>\"'é😀")
    }

    /// Found by the xml-vs-libxml2 fuzz target (session 11): an empty value as the document's
    /// first attribute trapped, as the table had no buffer yet (`cria check` on `<a I=""/>`
    /// stopped with SIGILL).
    func testAnEmptyFirstAttributeValueIsRead() throws {
        let root = try read("<a I=\"\"/>")
        XCTAssertEqual(root.attributes.map(\.name), ["I"])
        XCTAssertEqual(root.attribute("I"), "")
        let later = try read("<doc k=''><p class=\"\" id=\"x\">Text</p></doc>")
        XCTAssertEqual(later.attribute("k"), "")
        XCTAssertEqual(later.children.first?.attribute("class"), "")
        XCTAssertEqual(later.children.first?.attribute("id"), "x")
    }

    func testNamespacesKeepLocalNameAndURI() throws {
        let root = try read("<a:proposal xmlns:a=\"urn:a\" xmlns=\"urn:default\"><section/><a:section/><x:p xmlns:x=\"urn:x\"/></a:proposal>")
        XCTAssertEqual(root.label, "proposal")
        XCTAssertEqual(root.namespace, "urn:a")
        XCTAssertEqual(root.children.map(\.label), ["section", "section", "p"])
        XCTAssertEqual(root.children.map(\.namespace), ["urn:default", "urn:a", "urn:x"])
        XCTAssertEqual(root.children.map(\.path), ["/proposal/section[1]", "/proposal/section[2]", "/proposal/p[1]"])
        XCTAssertNil(try read("<p/>").namespace)
    }

    func testCDATAIsTextAndCommentsAndProcessingInstructionsAreIgnored() throws {
        let root = try read("<?pi before?><p>a <![CDATA[<b> & c]]><!-- no -->d<?pi inside?>e</p><!-- after -->")
        XCTAssertEqual(root.ownText, "a <b> & cde")
        XCTAssertTrue(root.children.isEmpty)
    }

    func testMixedContentAndBlocks() throws {
        XCTAssertEqual(try read("<p>Some <em>very</em> good text</p>").fullText, "Some very good text")
        let root = try read("<div><p>One</p><p>Two <x>three</x></p><p>four</p></div>")
        XCTAssertEqual(root.fullText, "One Two three four")
        XCTAssertEqual(root.children.map(\.isInline), [false, false, false])
        let mixed = try read("<p>Some <term>word</term>s</p>")
        XCTAssertTrue(mixed.children[0].isInline)
        XCTAssertEqual(mixed.fullText, "Some words")
    }

    func testKnownInlineNamesAreInline() throws {
        let root = try read("<p><Emphasis>a</Emphasis> <FootnoteRef/><STRONG>b</STRONG><section>c</section></p>")
        XCTAssertEqual(root.children.map(\.isInline), [true, true, true, false])
        XCTAssertEqual(root.fullText, "a b c")
    }

    // MARK: Errors

    func testMalformedDocuments() {
        assertError(
            "<proposal>\n  <section>\n    <p>x</p>\n</proposal>",
            "t.xml:4:12: error: Opening and ending tag mismatch: section line 2 and proposal")
        assertError("<proposal>\n<section>text", "t.xml:2:14: error: Premature end of data in tag section line 2")
        assertError("<p>&undefined;</p>", "t.xml:1:15: error: Entity 'undefined' not defined")
        assertError("<p a=\"<\"/>", "t.xml:1:7: error: Unescaped '<' not allowed in attributes values")
        assertError("<p/><q/>", "t.xml:1:5: error: Extra content at the end of the document")
    }

    func testEmptyInput() {
        assertError("", "t.xml:1:1: error: empty document")
        assertError(" \n\t\r\n ", "t.xml:1:1: error: empty document")
        assertError([0xEF, 0xBB, 0xBF, 0x20], "t.xml:1:1: error: empty document")
    }

    func testInvalidBytes() {
        assertError(
            [0x3C, 0x70, 0x3E, 0x0A, 0x61, 0xFF, 0x3C, 0x2F, 0x70, 0x3E],
            "t.xml:2:2: error: invalid UTF-8 (if the file uses another encoding, declare it: <?xml version=\"1.0\" encoding=\"...\"?>)")
        assertError(
            [0x3C, 0x70, 0x3E, 0x61, 0x00, 0x62, 0x3C, 0x2F, 0x70, 0x3E],
            "t.xml:1:5: error: Char 0x0 out of allowed range")
    }

    /// Canada's annual statutes open with `<!DOCTYPE Bill PUBLIC "..." "BillExchange.dtd">`:
    /// the reference is read past and never loaded, so nothing it names is fetched, and an
    /// entity only it could define is left out rather than failing the document.
    func testExternalDTDReferencesAreReadPastNotLoaded() throws {
        let bill = try read("<?xml version=\"1.0\"?>\n<!DOCTYPE Bill PUBLIC \"-//JUSTICE//DTD Bill//EN\" \"http://127.0.0.1:9/BillExchange.dtd\">\n<Bill><Title>Youth Act</Title></Bill>")
        XCTAssertEqual(bill.label, "Bill")
        XCTAssertEqual(bill.fullText, "Youth Act")
        let system = try read("<!DOCTYPE p SYSTEM \"file:///etc/passwd\">\n<p>a &undefined; b</p>")
        XCTAssertEqual(system.fullText, "a b")
    }

    func testEntityDeclarationsAreRefused() {
        assertError(
            "<?xml version=\"1.0\"?>\n<!DOCTYPE p [\n  <!ENTITY xxe SYSTEM \"file:///etc/passwd\">\n]>\n<p>&xxe;</p>",
            "t.xml:3:3: error: entity declarations are not allowed")
        assertError(
            "<!DOCTYPE p [<!ENTITY % pe SYSTEM \"file:///etc/passwd\"> %pe;]>\n<p/>",
            "t.xml:1:14: error: entity declarations are not allowed")
        let laughs =
            "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n <!ENTITY lol \"lol\">\n"
            + (1...9).map { " <!ENTITY lol\($0) \"" + String(repeating: "&lol\($0 == 1 ? "" : String($0 - 1));", count: 10) + "\">\n" }.joined()
            + "]>\n<lolz>&lol9;</lolz>"
        assertError(laughs, "t.xml:3:2: error: entity declarations are not allowed")
    }

    func testDoctypeWithoutEntitiesIsAllowed() throws {
        XCTAssertEqual(try read("<!DOCTYPE p>\n<p>x</p>").ownText, "x")
        XCTAssertEqual(try read("<!DOCTYPE p [<!ELEMENT p (#PCDATA)>]>\n<p>x</p>").location, SourceLocation(line: 2, column: 1))
    }

    func testDepthLimit() {
        let deep = Array((String(repeating: "<a>", count: 100_000) + String(repeating: "</a>", count: 100_000)).utf8)
        // The column shows the reader stopped at the first element past the limit.
        assertError(deep, "t.xml:1:769: error: nesting deeper than 256 levels (--max-depth)")

        var limits = ReadLimits()
        limits.maxDepth = 3
        assertError("<a>\n <b>\n  <c>\n   <d/></c></b></a>", "t.xml:4:4: error: nesting deeper than 3 levels (--max-depth)", limits: limits)
        XCTAssertNoThrow(try read("<a><b><c/></b></a>", limits: limits))
    }

    /// Freeing must not recurse per level: a 10,000-deep tree on a 512 KiB thread stack.
    func testDeepTreeIsBuiltAndFreedOnASmallStack() {
        let done = expectation(description: "freed")
        let thread = Thread {
            var limits = ReadLimits()
            limits.maxDepth = 10_000
            let text = String(repeating: "<a>", count: 10_000) + "x" + String(repeating: "</a>", count: 10_000)
            var root: DocumentNode? = try? XMLReader.read(bytes: Array(text.utf8), file: "t.xml", limits: limits)
            XCTAssertEqual(root?.children.first?.path, "/a/a[1]")
            root = nil
            done.fulfill()
        }
        thread.stackSize = 512 * 1024
        thread.start()
        wait(for: [done], timeout: 60)
    }

    func testSubtreeOutlivesItsRoot() throws {
        var root: DocumentNode? = try read("<a><b><c>kept</c></b></a>")
        let b = root!.children[0]
        root = nil
        XCTAssertEqual(b.children.first?.fullText, "kept")
        XCTAssertNil(b.parent)
    }

    func testTextLimit() {
        var limits = ReadLimits()
        limits.maxTextBytes = 10
        assertError("<p>12345<q>\n678901</q></p>", "t.xml:1:12: error: more than 10 bytes of text (--max-text)", limits: limits)
        XCTAssertNoThrow(try read("<p>12345<q>67890</q></p>", limits: limits))
    }

    // MARK: Concurrency and corpus

    func testConcurrentReads() {
        let documents = (0..<32).map { i in
            i % 2 == 0 ? Array(fixture.utf8) : Array("<p>\(i % 10)</q>".utf8)
        }
        let lock = NSLock()
        var failures = 0
        DispatchQueue.concurrentPerform(iterations: 200) { i in
            let bytes = documents[i % documents.count]
            do {
                let root = try XMLReader.read(bytes: bytes, file: "t.xml")
                if i % 2 != 0 || root.children.count != 3 { lock.withLock { failures += 1 } }
            } catch let error as InputError {
                if i % 2 == 0 || error.location != SourceLocation(line: 1, column: 9) { lock.withLock { failures += 1 } }
            } catch {
                lock.withLock { failures += 1 }
            }
        }
        XCTAssertEqual(failures, 0)
    }

    func testSharedCorpusReads() throws {
        let corpus = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("shared/corpus")
        guard let files = FileManager.default.enumerator(at: corpus, includingPropertiesForKeys: nil) else {
            throw XCTSkip("no corpus at \(corpus.path)")
        }
        var failures: [String] = []
        var count = 0
        for case let url as URL in files where url.pathExtension.lowercased() == "xml" {
            count += 1
            let bytes = try [UInt8](Data(contentsOf: url))
            do {
                _ = try XMLReader.read(bytes: bytes, file: url.path)
            } catch {
                failures.append("\(error)")
            }
        }
        if count == 0 { throw XCTSkip("no XML files under \(corpus.path)") }
        XCTAssertEqual(failures, [], "\(failures.count) of \(count) corpus files failed")
    }
}
