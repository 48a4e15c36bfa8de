import XCTest

@testable import CriaKit

final class ArticleReferenceTests: XCTestCase {
    private func articles(_ text: String) -> [Int] { ArticleReferences.find(in: text).map(\.article) }

    func testReferenceForms() {
        XCTAssertEqual(articles("See Article 12."), [12])
        XCTAssertEqual(articles("Under Art. 12(1) children may speak."), [12])
        XCTAssertEqual(articles("UNCRC article 12 applies."), [12])
        XCTAssertEqual(articles("Under articles 3 and 12 we must act."), [3, 12])
        XCTAssertEqual(articles("Articles 28-29 cover education."), [28, 29])
        XCTAssertEqual(articles("Articles 28–29 cover education."), [28, 29])
        XCTAssertEqual(articles("Art 3, 6 and 12 are general principles."), [3, 6, 12])
        XCTAssertEqual(articles("Article 3 and Article 12 apply."), [3, 12])
        XCTAssertEqual(articles("ART. 37(b) and arts 40"), [37, 40])
    }

    func testNotReferences() {
        XCTAssertEqual(articles("Under article 155 of the Act."), [])
        XCTAssertEqual(articles("The convention has 12 articles on this."), [])
        XCTAssertEqual(articles("Art therapy for 12 children."), [])
        XCTAssertEqual(articles("Arts and crafts."), [])
        XCTAssertEqual(articles("Article 0 and article 55."), [])
        XCTAssertEqual(articles("Paragraph 12 of the article."), [])
    }

    func testRangesAreBounded() {
        XCTAssertEqual(articles("Articles 1-54"), [1, 54])
    }

    func testConventionMention() {
        XCTAssertTrue(ArticleReferences.mentionsConvention("the UN Convention on the Rights of the Child"))
        XCTAssertTrue(ArticleReferences.mentionsConvention("UNCRC"))
        XCTAssertFalse(ArticleReferences.mentionsConvention("the Human Rights Act 1998"))
    }
}
