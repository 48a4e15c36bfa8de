import XCTest

@testable import CriaKit

final class JSONReaderTests: XCTestCase {
    private func read(_ text: String, limits: ReadLimits = .default) throws -> DocumentNode {
        try JSONReader.read(bytes: Array(text.utf8), file: "t.json", limits: limits)
    }

    /// The one-line message `read` fails with.
    private func failure(_ text: String, limits: ReadLimits = .default, file: StaticString = #filePath, line: UInt = #line) -> String {
        failure(bytes: Array(text.utf8), limits: limits, file: file, line: line)
    }

    private func failure(bytes: [UInt8], limits: ReadLimits = .default, file: StaticString = #filePath, line: UInt = #line) -> String {
        do {
            _ = try JSONReader.read(bytes: bytes, file: "t.json", limits: limits)
            XCTFail("expected an error", file: file, line: line)
            return ""
        } catch let error as InputError {
            return error.description
        } catch {
            XCTFail("unexpected error \(error)", file: file, line: line)
            return ""
        }
    }

    private func node(_ root: DocumentNode, _ path: String) -> DocumentNode? {
        var found: DocumentNode?
        root.walk { if $0.path == path && found == nil { found = $0 } }
        return found
    }

    // MARK: Tree shape and locations

    private let fixture = """
        {
          "title": "Café policy",
          "sections": [
            {"id": 1, "ok": true},
            "two",
            null
          ],
          "naïve ünïcode": "é", "after": 42
        }
        """

    func testKindsLabelsAndPaths() throws {
        let root = try read(fixture)
        XCTAssertEqual(root.kind, .object)
        XCTAssertEqual(root.label, "")
        XCTAssertEqual(root.path, "")
        XCTAssertEqual(root.children.map(\.label), ["title", "sections", "naïve ünïcode", "after"])
        let sections = try XCTUnwrap(node(root, "/sections"))
        XCTAssertEqual(sections.kind, .array)
        XCTAssertEqual(sections.children.map(\.path), ["/sections/0", "/sections/1", "/sections/2"])
        XCTAssertEqual(sections.children.map(\.label), ["sections", "sections", "sections"])
        XCTAssertEqual(sections.children.map(\.kind), [.object, .value, .value])
        XCTAssertEqual(node(root, "/sections/0/id")?.fullText, "1")
        XCTAssertEqual(node(root, "/sections/0/ok")?.scalarType, .boolean)
        XCTAssertEqual(node(root, "/sections/0/ok")?.fullText, "true")
        XCTAssertEqual(node(root, "/sections/1")?.scalarType, .string)
        XCTAssertEqual(node(root, "/sections/2")?.scalarType, .null)
        XCTAssertEqual(node(root, "/sections/2")?.fullText, "null")
        XCTAssertEqual(node(root, "/title")?.fullText, "Café policy")
        XCTAssertTrue(node(root, "/sections/0")?.parent === sections)
    }

    func testLocationsOfKeysAndValues() throws {
        let root = try read(fixture)
        XCTAssertEqual(root.location, SourceLocation(line: 1, column: 1))
        let title = try XCTUnwrap(node(root, "/title"))
        XCTAssertEqual(title.location, SourceLocation(line: 2, column: 3))
        XCTAssertEqual(title.valueLocation, SourceLocation(line: 2, column: 12))
        let sections = try XCTUnwrap(node(root, "/sections"))
        XCTAssertEqual(sections.location, SourceLocation(line: 3, column: 3))
        XCTAssertEqual(sections.valueLocation, SourceLocation(line: 3, column: 15))
        // Array items are located at the value itself.
        XCTAssertEqual(node(root, "/sections/0")?.location, SourceLocation(line: 4, column: 5))
        XCTAssertEqual(node(root, "/sections/0/ok")?.location, SourceLocation(line: 4, column: 15))
        XCTAssertEqual(node(root, "/sections/0/ok")?.valueLocation, SourceLocation(line: 4, column: 21))
        XCTAssertEqual(node(root, "/sections/1")?.location, SourceLocation(line: 5, column: 5))
        XCTAssertEqual(node(root, "/sections/2")?.location, SourceLocation(line: 6, column: 5))
        // Columns count characters, not bytes: "ï", "ü", "é" are two bytes each.
        XCTAssertEqual(node(root, "/naïve ünïcode")?.location, SourceLocation(line: 8, column: 3))
        XCTAssertEqual(node(root, "/naïve ünïcode")?.valueLocation, SourceLocation(line: 8, column: 20))
        XCTAssertEqual(node(root, "/after")?.location, SourceLocation(line: 8, column: 25))
        XCTAssertEqual(node(root, "/after")?.valueLocation, SourceLocation(line: 8, column: 34))
    }

    func testCRLFAndAstralCharactersInColumns() throws {
        let root = try read("{\r\n\"😀😀\": 1,\r\n \"b\": 2}")
        XCTAssertEqual(root.children[0].location, SourceLocation(line: 2, column: 1))
        XCTAssertEqual(root.children[0].valueLocation, SourceLocation(line: 2, column: 7))
        XCTAssertEqual(root.children[1].location, SourceLocation(line: 3, column: 2))
    }

    func testScalarRoot() throws {
        let root = try read("  \"hi\" ")
        XCTAssertEqual(root.kind, .value)
        XCTAssertEqual(root.path, "")
        XCTAssertEqual(root.location, SourceLocation(line: 1, column: 3))
        XCTAssertEqual(root.fullText, "hi")
    }

    func testPointerEscaping() throws {
        let root = try read(#"{"a/b": {"m~n": [0, {"": 1}]}}"#)
        XCTAssertNotNil(node(root, "/a~1b/m~0n/1/"))
        XCTAssertEqual(node(root, "/a~1b")?.label, "a/b")
        XCTAssertEqual(node(root, "/a~1b/m~0n/0")?.label, "m~n")
    }

    func testNumbersKeptAsLiteralText() throws {
        let root = try read("[1e400, 123456789012345678901234567890, -0.0, 0, -1.5E-7, 2e+3]")
        XCTAssertEqual(root.children.map(\.fullText), ["1e400", "123456789012345678901234567890", "-0.0", "0", "-1.5E-7", "2e+3"])
        XCTAssertTrue(root.children.allSatisfy { $0.scalarType == .number })
    }

    func testStringEscapes() throws {
        let root = try read(#"["a\"b\\c\/d\b\f\n\r\t", "\u00e9\u20AC\ud83d\ude00", "\u0041x"]"#)
        XCTAssertEqual(root.children[0].pieces.count, 1)
        guard case .text(let first) = root.children[0].pieces[0] else { return XCTFail() }
        XCTAssertEqual(first, "a\"b\\c/d\u{8}\u{c}\n\r\t")
        XCTAssertEqual(root.children[1].fullText, "é€😀")
        XCTAssertEqual(root.children[2].fullText, "Ax")
    }

    func testBOMIsSkippedAndColumnsStartAfterIt() throws {
        let root = try JSONReader.read(bytes: [0xEF, 0xBB, 0xBF] + Array(#"{"a": 1}"#.utf8), file: "t.json")
        XCTAssertEqual(root.location, SourceLocation(line: 1, column: 1))
        XCTAssertEqual(root.children[0].location, SourceLocation(line: 1, column: 2))
    }

    func testLargeObjectsAndDuplicateKeysAfterManyMembers() throws {
        let members = (0..<40).map { "\"k\($0)\": \($0)" }.joined(separator: ",\n")
        let root = try read("{\n\(members)\n}")
        XCTAssertEqual(root.children.count, 40)
        XCTAssertEqual(failure("{\n\(members),\n\"k3\": 0}"), #"t.json:42:1: error: duplicate key "k3" (first at 5:1)"#)
    }

    func testKeysDifferingOnlyInNormalisationAreDistinct() throws {
        XCTAssertEqual(try read("{\"\u{e9}\": 1, \"e\u{301}\": 2}").children.count, 2)
    }

    // MARK: Rejections

    func testDuplicateKey() {
        let text = "{\n  \"a\": 1,\n  \"title\": 2,\n  \"b\": 3,\n  \"c\": 4,\n  \"d\": 5,\n    \"title\": 6\n}"
        XCTAssertEqual(failure(text), #"t.json:7:5: error: duplicate key "title" (first at 3:3)"#)
    }

    func testRejections() {
        let cases: [(String, String)] = [
            ("", "t.json:1:1: error: empty document"),
            ("  \n\t ", "t.json:1:1: error: empty document"),
            ("[1, 2,]", "t.json:1:6: error: trailing comma in array"),
            ("{\"a\": 1,\n}", "t.json:1:8: error: trailing comma in object"),
            ("[1 // one\n]", "t.json:1:4: error: comments are not allowed in JSON"),
            ("/* c */ 1", "t.json:1:1: error: comments are not allowed in JSON"),
            ("{\"a\": 1 /* c */}", "t.json:1:9: error: comments are not allowed in JSON"),
            ("['a']", "t.json:1:2: error: strings must use double quotes"),
            ("{'a': 1}", "t.json:1:2: error: strings must use double quotes"),
            ("[NaN]", "t.json:1:2: error: NaN and Infinity are not allowed in JSON"),
            ("[-Infinity]", "t.json:1:2: error: NaN and Infinity are not allowed in JSON"),
            ("[Infinity]", "t.json:1:2: error: NaN and Infinity are not allowed in JSON"),
            ("[01]", "t.json:1:2: error: invalid number: leading zeros are not allowed"),
            ("[-01]", "t.json:1:2: error: invalid number: leading zeros are not allowed"),
            ("[1.]", "t.json:1:4: error: invalid number: expected a digit after '.'"),
            ("[1e]", "t.json:1:4: error: invalid number: expected a digit in the exponent"),
            ("[-]", "t.json:1:3: error: invalid number: expected a digit after '-'"),
            ("[.5]", "t.json:1:2: error: invalid number"),
            ("[+1]", "t.json:1:2: error: invalid number"),
            ("[\"a\tb\"]", "t.json:1:4: error: control character U+0009 in string must be escaped"),
            ("[\"ab\n\"]", "t.json:1:2: error: unterminated string"),
            ("[\"abc", "t.json:1:2: error: unterminated string"),
            ("[\"a\\", "t.json:1:2: error: unterminated string"),
            ("[\"a\\n", "t.json:1:2: error: unterminated string"),
            (#"["a\x"]"#, #"t.json:1:4: error: invalid escape '\x' in string"#),
            (#"["a\u12G4"]"#, #"t.json:1:4: error: invalid \u escape: expected four hex digits"#),
            (#"["\ud800"]"#, #"t.json:1:3: error: unpaired surrogate \uD800 in string"#),
            (#"["\ud800\u0041"]"#, #"t.json:1:3: error: unpaired surrogate \uD800 in string"#),
            (#"["é\udc00x"]"#, #"t.json:1:4: error: unpaired surrogate \uDC00 in string"#),
            ("[1] 2", "t.json:1:5: error: unexpected content after the JSON value"),
            ("{} // done", "t.json:1:4: error: comments are not allowed in JSON"),
            ("[1 2]", "t.json:1:4: error: expected ',' or ']' after array item"),
            ("{\"a\": 1 \"b\": 2}", "t.json:1:9: error: expected ',' or '}' after object member"),
            ("{\"a\" 1}", "t.json:1:6: error: expected ':' after object key"),
            ("{a: 1}", "t.json:1:2: error: expected a member name in double quotes"),
            ("{\"a\": }", "t.json:1:7: error: expected a value, found '}'"),
            ("[,1]", "t.json:1:2: error: expected a value, found ','"),
            ("[tru]", "t.json:1:2: error: invalid literal 'tru'"),
            ("[True]", "t.json:1:2: error: invalid literal 'True'"),
            ("[undefined]", "t.json:1:2: error: invalid literal 'undefined'"),
            ("{\"a\": [1,\n  2", "t.json:2:4: error: unexpected end of input: array opened at 1:7 is not closed"),
            ("{\"a\": ", "t.json:1:7: error: unexpected end of input: object opened at 1:1 is not closed"),
            ("{\"a\"", "t.json:1:5: error: unexpected end of input: object opened at 1:1 is not closed"),
            ("[\"é\" é]", "t.json:1:6: error: expected ',' or ']' after array item"),
            ("[é]", "t.json:1:2: error: expected a value, found 'é'"),
        ]
        for (text, expected) in cases {
            XCTAssertEqual(failure(text), expected, "input: \(text)")
        }
    }

    func testInvalidUTF8() {
        XCTAssertEqual(
            failure(bytes: Array("[\"ab".utf8) + [0xC3, 0x28] + Array("\"]".utf8)),
            "t.json:1:5: error: invalid UTF-8")
        XCTAssertEqual(
            failure(bytes: Array("[\"".utf8) + [0xED, 0xA0, 0x80] + Array("\"]".utf8)),
            "t.json:1:3: error: invalid UTF-8")
        XCTAssertEqual(
            failure(bytes: Array("[\"".utf8) + [0xC0, 0xAF] + Array("\"]".utf8)),
            "t.json:1:3: error: invalid UTF-8")
        XCTAssertEqual(failure(bytes: Array("[".utf8) + [0xFF]), "t.json:1:2: error: invalid UTF-8")
    }

    func testUTF16IsRejected() {
        let utf16LE: [UInt8] = [0xFF, 0xFE] + Array("[1]".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        XCTAssertEqual(failure(bytes: utf16LE), "t.json:1:1: error: UTF-16 JSON is not supported; save as UTF-8")
        let utf16BE: [UInt8] = Array("[1]".utf16).flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        XCTAssertEqual(failure(bytes: utf16BE), "t.json:1:1: error: UTF-16 JSON is not supported; save as UTF-8")
    }

    func testDepthLimit() throws {
        var limits = ReadLimits()
        limits.maxDepth = 3
        XCTAssertNoThrow(try read("[[[1]]]", limits: limits))
        XCTAssertEqual(failure("[[{\"a\": [1]}]]", limits: limits), "t.json:1:9: error: nesting deeper than 3 levels (--max-depth)")
    }

    func testHundredThousandNestedArraysFailFast() {
        let text = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        // The error's column shows the reader stopped at the first bracket past the limit.
        XCTAssertEqual(failure(text), "t.json:1:257: error: nesting deeper than 256 levels (--max-depth)")
    }

    func testRaisedDepthLimitIsHonoured() throws {
        var limits = ReadLimits()
        limits.maxDepth = 2_000
        let text = String(repeating: "[", count: 2_000) + String(repeating: "]", count: 2_000)
        XCTAssertEqual(try read(text, limits: limits).children.count, 1)
    }

    /// Releasing a very deep tree must not recurse once per level.
    func testDeepTreeTearsDown() {
        var root: DocumentNode? = DocumentNode(kind: .array, label: "", path: "", location: .unknown)
        var node = root!
        for _ in 0..<300_000 {
            let child = DocumentNode(kind: .array, label: "", path: "", location: .unknown)
            node.appendChild(child)
            node = child
        }
        node = DocumentNode(kind: .value, label: "", path: "", location: .unknown)
        root = nil
        XCTAssertNil(root)
    }

    // MARK: HTML held in strings

    func testHTMLStringBecomesChildren() throws {
        let text = #"{"details": {"body": "<h2 id=\"a\">Key stages</h2>\n<p>Children <strong>must</strong> learn.</p>"}}"#
        let root = try read(text)
        let body = try XCTUnwrap(node(root, "/details/body"))
        XCTAssertTrue(body.holdsHTML)
        XCTAssertEqual(body.scalarType, .string)
        XCTAssertEqual(body.children.map(\.label), ["h2", "p"])
        XCTAssertEqual(body.children.map(\.path), ["/details/body/h2[1]", "/details/body/p[1]"])
        XCTAssertEqual(body.children[0].attribute("id"), "a")
        XCTAssertEqual(body.children[0].location, SourceLocation(line: 1, column: 22))
        XCTAssertEqual(body.fullText, "Key stages Children must learn.")
        XCTAssertFalse(body.fullText.contains("<"))
        XCTAssertEqual(node(root, "/details/body/p[1]/strong[1]")?.isInline, true)
    }

    func testMalformedHTMLInStringIsRecovered() throws {
        let root = try read(#"{"body": "<p>One <b>bold<p>Two <ul><li>three"}"#)
        let body = try XCTUnwrap(node(root, "/body"))
        XCTAssertTrue(body.holdsHTML)
        XCTAssertEqual(body.fullText, "One bold Two three")
    }

    func testTextThatMerelyStartsWithAngleBracketIsText() throws {
        let root = try read(#"["<5 years old", "<unknown> tag", "a <p>b</p>"]"#)
        XCTAssertEqual(root.children.map(\.holdsHTML), [false, false, false])
        XCTAssertEqual(root.children[0].fullText, "<5 years old")
    }

    // MARK: Corpus

    static var corpus: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared/corpus")
    }

    func testEveryCorpusJSONFileReads() throws {
        guard let files = FileManager.default.enumerator(at: Self.corpus, includingPropertiesForKeys: nil) else {
            throw XCTSkip("corpus not found at \(Self.corpus.path)")
        }
        var count = 0
        for case let url as URL in files where url.pathExtension == "json" {
            let bytes = try [UInt8](Data(contentsOf: url))
            XCTAssertNoThrow(try JSONReader.read(bytes: bytes, file: url.path), url.path)
            count += 1
        }
        if count == 0 { throw XCTSkip("no JSON files in the corpus") }
    }
}
