import XCTest

@testable import CriaKit

/// A title or heading names an impact assessment when it holds the phrase as whole words.
final class AssessmentPhraseTests: XCTestCase {
    func testThePhraseIsFoundAsWholeWordsInAnyCase() {
        let found: [(String, String?)] = [
            ("Youth remand: child rights impact assessment", "impact assessment"),
            ("IMPACT-ASSESSMENT (draft)", "impact assessment"),
            ("  Impact\u{a0}assessment, 2024  ", "impact assessment"),
            ("Our CRIA, in full", "cria"),
            ("EqIA (2024)", "eqia"),
            ("impactassessment", nil),
            ("Ümpact assessment", nil),
            ("Criação de escolas", nil),
            ("assessment of impact", nil),
            ("", nil),
            (" -- ", nil),
        ]
        for (text, phrase) in found {
            XCTAssertEqual(KindDetector.assessmentPhrase(in: text), phrase, text)
        }
    }
}
