import XCTest

@testable import CriaKit

/// What the index records of each mention: a negation that belongs to another term, and a
/// denial that belongs to another verb.
final class MentionScopeTests: XCTestCase {
    private let matcher = TermMatcher(lexicons: [
        Lexicon(name: "children", description: "", terms: ["child", "young people", "pupil"]),
        Lexicon(name: "options", description: "", terms: ["turned down", "was turned down", "not taken forward", "set aside"]),
    ])

    private func index(_ text: String) throws -> TextIndex {
        TextIndex(proposal: try proposal("<proposal><summary>\(text)</summary></proposal>"), matcher: matcher)
    }

    private func mentions(of lexicon: String, in text: String) throws -> [TextIndex.Mention] {
        let index = try index(text)
        return index.mentions(of: lexicon, in: [0..<index.allBlocks().count], includeNegated: true)
    }

    /// A term that holds its own negation says what was not done; the children named after
    /// it are not negated by it, and nothing there denies an effect on them.
    func testANegationInsideATermDoesNotReachThePeopleAfterIt() throws {
        let found = try mentions(of: "children", in: "The shorter timetable was not taken forward, since pupils would lose their lunch break.")
        XCTAssertEqual(found.map(\.negated), [false])
        XCTAssertEqual(found.map(\.deniesEffect), [false])
        // A negation of its own after the term still counts.
        let denied = try mentions(of: "children", in: "The shorter timetable was not taken forward and will not affect pupils.")
        XCTAssertEqual(denied.map(\.negated), [true])
        XCTAssertEqual(denied.map(\.deniesEffect), [true])
        // Without a term holding the cue, the cue before the children still negates them.
        XCTAssertEqual(try mentions(of: "children", in: "The timetable has no pupils on the late run.").map(\.negated), [true])
    }

    /// People who "did not apply" for something are applicants, not children the proposal
    /// says it does not reach; a denial in one clause does not reach a mention past another
    /// negated verb.
    func testApplicantsAreNotAClaimOfNoEffect() throws {
        XCTAssertEqual(try mentions(of: "children", in: "Many pupils did not apply for the travel pass.").map(\.deniesEffect), [false])
        XCTAssertEqual(
            try mentions(of: "children", in: "Some families did not apply because they did not want young people at school to find out.").map(\.deniesEffect), [false])
        XCTAssertEqual(try mentions(of: "children", in: "The travel pass rule does not apply to pupils.").map(\.deniesEffect), [true])
        XCTAssertEqual(try mentions(of: "children", in: "Pupils will not be affected by the travel pass rule.").map(\.deniesEffect), [true])
    }
}
