import XCTest

@testable import CriaKit

/// The sentence an index quotes for a mention: whole when short, else cut to the characters
/// around the mention with an ellipsis at each end.
final class TextIndexSnippetTests: XCTestCase {
    private let matcher = TermMatcher(lexicons: [Lexicon(name: "children", description: "", terms: ["pupil"])])

    private func snippets(_ text: String) throws -> [String] {
        let index = TextIndex(proposal: try proposal("<proposal><summary>\(text)</summary></proposal>"), matcher: matcher)
        return index.mentions(of: "children", in: [0..<index.allBlocks().count], includeNegated: true).map(index.snippet)
    }

    /// From its first word to its last: the full stop after it is not a token.
    func testAShortSentenceIsQuotedWhole() throws {
        XCTAssertEqual(try snippets("Every pupil is met at the gate. Nothing else."), ["Every pupil is met at the gate"])
    }

    /// 80 characters before the mention and 120 from its start, counted in characters, not
    /// bytes: the words before it are of two-byte letters.
    func testALongSentenceIsCutAroundTheMention() throws {
        let before = Array(repeating: "éléve", count: 30).joined(separator: " ")
        let after = Array(repeating: "bus", count: 60).joined(separator: " ")
        let sentence = before + " a pupil rides the " + after + "."
        let characters = Array(sentence)
        let start = characters.count - Array(" a pupil rides the " + after + ".").count + 3
        XCTAssertEqual(String(characters[start..<start + 5]), "pupil")
        XCTAssertEqual(try snippets(sentence), ["…" + String(characters[start - 80..<start + 120]) + "…"])
    }
}
