import Foundation
import XCTest

@testable import CriaKit

/// `RowText.cells` finds the separator by its bar; it must split exactly where Foundation's
/// `components(separatedBy:)` does, bars and spaces in any arrangement.
final class RowTextTests: XCTestCase {
    func testBarsAndSpacesInAnyArrangementSplitAsFoundationWould() {
        let edges = ["|", " |", "| ", " | | ", " || ", "a | | b", "a |  | b", " | x", "x | ", " |  |", "||| | |||", "a |b| c", " ||  | "]
        for text in edges {
            XCTAssertEqual(RowText.cells(of: text), text.components(separatedBy: RowText.separator), text)
        }
        // Every string of up to six characters from these four, and longer random ones.
        let alphabet: [Character] = [" ", "|", "a", "é"]
        var texts = [""]
        var level = [""]
        for _ in 1...6 {
            level = level.flatMap { text in alphabet.map { text + String($0) } }
            texts += level
        }
        var generator = SplitMix64(seed: 19)  // TokenizerTests': a failing text comes back on the next run
        for _ in 0..<2000 {
            texts.append(String((0..<Int(generator.next() % 60)).map { _ in alphabet[Int(generator.next() % 4)] }))
        }
        for text in texts {
            XCTAssertEqual(RowText.cells(of: text), text.components(separatedBy: RowText.separator), text)
        }
    }
}
