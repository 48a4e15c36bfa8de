import XCTest

@testable import CriaKit

final class NegationTests: XCTestCase {
    private let matcher = TermMatcher(lexicons: [Lexicon(name: "children", description: "", terms: ["child", "young people", "pupil"])])

    /// Whether each mention of a children term in `text` is negated, in order.
    private func negated(_ text: String) -> [Bool] {
        var sentence = 0, clause = 0
        var words = WordTable(vocabulary: matcher.vocabulary)
        let tokens = Tokenizer.tokenize(text, words: &words, sentence: &sentence, clause: &clause)
        var out: [Bool] = []
        matcher.matches(in: tokens, text: text) { start, end, _ in out.append(Negation.isNegated(tokens: tokens, start: start, end: end)) }
        return out
    }

    func testNegatedStatements() {
        XCTAssertEqual(negated("The proposal has no impact on children."), [true])
        XCTAssertEqual(negated("It does not affect young people."), [true])
        XCTAssertEqual(negated("Children will not be affected."), [true])
        XCTAssertEqual(negated("Children are unaffected by the change."), [true])
        XCTAssertEqual(negated("It doesn't affect pupils."), [true])
        XCTAssertEqual(negated("It doesn’t affect pupils."), [true])
    }

    func testNotNegated() {
        XCTAssertEqual(negated("Children with no recourse to public funds are most at risk."), [false])
        XCTAssertEqual(negated("We consulted children; however, no decision was taken."), [false])
        XCTAssertEqual(negated("We consulted children, but no decision was taken."), [false])
        XCTAssertEqual(negated("Young people told us the journey was too long."), [false])
        XCTAssertEqual(negated("We kept a paper route for children who cannot apply online."), [false])
        XCTAssertEqual(negated("Pupils who do not have a passport can use a school letter."), [false])
    }

    /// "without" negates its own object, not the clause it opens nor the noun it follows.
    func testWithoutNegatesOnlyItsObject() {
        XCTAssertEqual(negated("Without notice, workers with young people at home lose a shift."), [false])
        XCTAssertEqual(negated("Without warning, the clinic closes and pupils travel further."), [false])
        XCTAssertEqual(negated("The loss falls hardest on pupils without gardens, with effects on their health."), [false])
        XCTAssertEqual(negated("Households without a child are not eligible."), [true])
        XCTAssertEqual(negated("The route can change without affecting pupils."), [true])
        XCTAssertEqual(negated("Most claimants live without young people in the home."), [true])
    }

    /// A prohibition restricts what is done ("no person shall", "must not"); it does not deny
    /// that the people or things it names are there. A denied effect is still a denial.
    func testProhibitionsAreNotDenials() {
        XCTAssertEqual(negated("No person shall sell fireworks to young people."), [false])
        XCTAssertEqual(negated("Officers must not search a child without an appropriate adult."), [false])
        XCTAssertEqual(negated("Staff shall not place pupils in isolation rooms."), [false])
        XCTAssertEqual(negated("No pupil shall be affected."), [true])
        XCTAssertEqual(negated("No child shall be excluded."), [true])
        XCTAssertEqual(negated("The change must not affect young people."), [true])
        XCTAssertEqual(negated("No person will lose a child's place."), [true])
    }

    func testNegationDoesNotCrossSentences() {
        XCTAssertEqual(negated("There is no charge. Children travel free."), [false])
        XCTAssertEqual(negated("Children travel free. It will not be affected."), [false])
        XCTAssertEqual(negated("We said no. Pupils were not affected."), [true])
    }

    /// `mayNegate` says no only for texts where every mention is neither negated nor denies an effect.
    func testMayNegate() {
        func mayNegate(_ text: String) -> Bool {
            var sentence = 0, clause = 0
            var words = WordTable(vocabulary: matcher.vocabulary)
            return Negation.mayNegate(Tokenizer.tokenize(text, words: &words, sentence: &sentence, clause: &clause))
        }
        XCTAssertFalse(mayNegate("Young people told us the journey was too long."))
        XCTAssertFalse(mayNegate(""))
        XCTAssertTrue(mayNegate("The proposal has no impact on children."))
        XCTAssertTrue(mayNegate("Children are unaffected by the change."))
        XCTAssertTrue(mayNegate("We asked whether it would affect pupils."))
    }

    func testDeniesEffect() {
        var sentence = 0, clause = 0
        var words = WordTable.numberingStems()
        let tokens = Tokenizer.tokenize("This has no impact on children.", words: &words, sentence: &sentence, clause: &clause)
        let start = tokens.firstIndex { words.stem($0.stem) == "child" }!
        XCTAssertTrue(Negation.deniesEffect(tokens: tokens, start: start, end: start + 1))
        var s2 = 0, c2 = 0
        let other = Tokenizer.tokenize("No child travels alone.", words: &words, sentence: &s2, clause: &c2)
        XCTAssertFalse(Negation.deniesEffect(tokens: other, start: 1, end: 2))
    }

    /// "No group of children is affected differently" is an Art 2 answer, not a claim that
    /// the proposal has no impact on children (hmt-tax-free-childcare-accounts.xml).
    func testDenyingADifferenceIsNotDenyingAnEffect() {
        func denies(_ text: String) -> Bool {
            var sentence = 0, clause = 0
            var words = WordTable.numberingStems()
            let tokens = Tokenizer.tokenize(text, words: &words, sentence: &sentence, clause: &clause)
            let start = tokens.firstIndex { words.stem($0.stem) == "child" }!
            return Negation.deniesEffect(tokens: tokens, start: start, end: start + 1)
        }
        XCTAssertFalse(denies("We do not expect any group of children to be affected differently."))
        XCTAssertFalse(denies("No group of children will be disproportionately affected."))
        XCTAssertTrue(denies("We do not expect children to be affected."))
        XCTAssertTrue(denies("The proposal does not affect children."))
    }
}

final class TermMatcherTests: XCTestCase {
    private func terms(_ text: String, _ lexicon: [String]) -> [String] {
        let matcher = TermMatcher(lexicons: [Lexicon(name: "x", description: "", terms: lexicon)])
        var sentence = 0, clause = 0
        var words = WordTable(vocabulary: matcher.vocabulary)
        let tokens = Tokenizer.tokenize(text, words: &words, sentence: &sentence, clause: &clause)
        var found: [String] = []
        matcher.matches(in: tokens, text: text) { start, end, _ in
            found.append(String(text[tokens[start].range(in: text).lowerBound..<tokens[end - 1].range(in: text).upperBound]))
        }
        return found
    }

    func testCountsInsideAPhraseDoNotBreakIt() {
        XCTAssertEqual(terms("We held workshops with 240 pupils in May.", ["workshops with pupils"]), ["workshops with 240 pupils"])
        XCTAssertEqual(terms("A survey of 2,100 children aged 8 to 17.", ["survey of children"]), ["survey of 2,100 children"])
        XCTAssertEqual(terms("workshops with 1 2 3 4 pupils", ["workshops with pupils"]), [])
        XCTAssertEqual(terms("240 pupils", ["pupils"]), ["pupils"])
    }

    func testAcronymsAreCaseSensitiveButTakePlurals() {
        XCTAssertEqual(terms("Pupils with SEND and new GCSEs; please send it.", ["SEND", "GCSE"]), ["SEND", "GCSEs"])
    }
}
