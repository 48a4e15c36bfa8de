import XCTest

@testable import CriaKit

/// Lists of strings that the cache keeps as UTF-8 and makes into strings when first read.
final class StringListTests: XCTestCase {
    private let strings = ["child", "", "young people", "café", "e\u{301}", "K\u{212A}", "children's views"]

    func testAListReadBackGivesTheStringsItWasWrittenFrom() throws {
        let (utf8, ends) = StringList(strings).utf8AndEnds
        XCTAssertEqual(ends.count, strings.count)
        let read = try XCTUnwrap(StringList(utf8: utf8, ends: ends))
        XCTAssertEqual(read.count, strings.count)
        XCTAssertEqual(read.strings, strings)
        XCTAssertEqual(read.strings.map { Array($0.utf8) }, strings.map { Array($0.utf8) })
        XCTAssertEqual(read.utf8AndEnds.utf8, utf8)
        XCTAssertEqual(try XCTUnwrap(StringList(utf8: [], ends: [])).strings, [])
    }

    func testEndsThatFallOrMissTheEndAreRefused() {
        let (utf8, ends) = StringList(strings).utf8AndEnds
        XCTAssertNil(StringList(utf8: utf8, ends: ends.reversed()), "falling ends")
        XCTAssertNil(StringList(utf8: utf8, ends: Array(ends.dropLast())), "bytes after the last end")
        XCTAssertNil(StringList(utf8: Array(utf8.dropLast()), ends: ends), "an end past the bytes")
        XCTAssertNil(StringList(utf8: utf8, ends: [-1] + ends), "a negative end")
    }

    func testALexiconReadBackFromTheCacheHasItsTerms() throws {
        let lexicon = Lexicon(name: "children", description: "Words for children", terms: strings)
        var encoder = PackEncoder()
        encoder.stringList(lexicon.termList)
        let read = try encoder.bytes.withUnsafeBytes { buffer -> StringList in
            var decoder = PackDecoder(buffer)
            let list = try decoder.stringList()
            XCTAssertTrue(decoder.isAtEnd)
            return list
        }
        XCTAssertEqual(Lexicon(name: lexicon.name, description: lexicon.description, termList: read).terms, strings)
        // Printed with its terms, as the pack cache's tests compare lexicons.
        XCTAssertEqual("\(Lexicon(name: "a", description: "b", termList: read))", "Lexicon(name: \"a\", description: \"b\", terms: \(strings))")
    }

    func testRuleExamplesReadBackFromTheCacheKeepTheirKinds() throws {
        var examples = RuleExamples(fail: ["<a>no</a>", "<b/>"], pass: ["{\"c\": 1}"], review: ["<d>maybe</d>"])
        var encoder = PackEncoder()
        encoder.examples(examples)
        let read = try encoder.bytes.withUnsafeBytes { buffer -> RuleExamples in
            var decoder = PackDecoder(buffer)
            let read = try decoder.examples()
            XCTAssertTrue(decoder.isAtEnd)
            return read
        }
        XCTAssertEqual(read.fail, ["<a>no</a>", "<b/>"])
        XCTAssertEqual(read.pass, ["{\"c\": 1}"])
        XCTAssertEqual(read.review, ["<d>maybe</d>"])
        // Printed with the examples, as the pack cache's tests compare rules.
        XCTAssertEqual("\(read)", "RuleExamples(fail: [\"<a>no</a>\", \"<b/>\"], pass: [\"{\\\"c\\\": 1}\"], review: [\"<d>maybe</d>\"])")
        // Setting one kind leaves the others.
        examples.pass = ["<e/>", "<f/>"]
        XCTAssertEqual(examples.fail, ["<a>no</a>", "<b/>"])
        XCTAssertEqual(examples.pass, ["<e/>", "<f/>"])
        XCTAssertEqual(examples.review, ["<d>maybe</d>"])
    }

    func testRuleExampleCountsBeyondTheListAreRefused() {
        let list = StringList(["<a/>", "<b/>"])
        XCTAssertNil(RuleExamples(list: list, failCount: 2, passCount: 1))
        XCTAssertNil(RuleExamples(list: list, failCount: -1, passCount: 1))
        XCTAssertEqual(RuleExamples(list: list, failCount: 1, passCount: 1)?.review, [])
    }
}
