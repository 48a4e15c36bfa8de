import Foundation
import XCTest

@testable import CriaKit

/// Relevance verdicts on the real documents of `../shared/corpus` agree with the reviewer's
/// `children` column of SOURCES.tsv (Y: direct or indirect; N: none; partial: either) for at
/// least 90% of files. The disagreements are printed, so that a change that shifts them shows.
final class CorpusRelevanceTests: XCTestCase {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let corpus = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/corpus")

    func testRelevanceAgreesWithSourcesForNinetyPercent() throws {
        let sources = Self.corpus.appendingPathComponent("SOURCES.tsv")
        guard let table = try? String(contentsOf: sources, encoding: .utf8) else { throw XCTSkip("no corpus at \(Self.corpus.path)") }
        let pack = CompiledPack(try RuleLoader().load(directory: Self.packageRoot.appendingPathComponent("rules").path))
        let evaluator = Evaluator(pack: pack)
        var agreed = 0
        var disagreements: [String] = []
        let rows = table.split(whereSeparator: \.isNewline).dropFirst().map { $0.split(separator: "\t", omittingEmptySubsequences: false) }
        for row in rows where row.count >= 8 {
            let file = String(row[0]), expected = row[7].trimmingCharacters(in: .whitespaces)
            let path = Self.corpus.appendingPathComponent(file).path
            let verdict: String
            do {
                verdict = evaluator.assess(Proposal(document: try DocumentLoader().load(path: path))).relevance.rawValue
            } catch {
                verdict = "unreadable (\(error))"
            }
            let agrees =
                expected == "partial"
                || (expected == "Y" && (verdict == "direct" || verdict == "indirect"))
                || (expected == "N" && verdict == "none")
            if agrees { agreed += 1 } else { disagreements.append("  \(expected) but \(verdict): \(file)") }
        }
        let share = Double(agreed) / Double(max(rows.count, 1))
        print("Relevance agrees with SOURCES.tsv for \(agreed) of \(rows.count) files (\(Int(share * 100))%). Disagreements:\n" + disagreements.joined(separator: "\n"))
        XCTAssertGreaterThan(rows.count, 50)
        XCTAssertGreaterThanOrEqual(share, 0.9, "disagreements:\n" + disagreements.joined(separator: "\n"))
    }
}
