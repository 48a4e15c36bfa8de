import Foundation
import XCTest

/// Holds the accuracy reached on labelled proposals: runs the scorer of `../shared/tools`
/// (python3 with PyYAML) on the labelled set of `../shared/accuracy`, on the training sets
/// (`Fixtures/training-b-labelled` to `training-g-labelled`) and on the
/// held-out labelled sets, and fails when a figure falls below what was reached
/// (README, "How accurate it is"). Skips when the scorer, a set or python3 is absent. No rule
/// may name the sets' files: a change that moves these figures must come with a rule example
/// stating its pattern in new words.
final class AccuracyTests: XCTestCase {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let shared = packageRoot.deletingLastPathComponent().appendingPathComponent("shared")

    /// The scorer's summary line, read into numbers.
    struct Figures {
        var recall = 0.0, falseFlags = 1.0, precision = 0.0
        var screening = (caught: 0, of: 0), irrelevantClean = (clean: 0, of: 0), relevant = (recognised: 0, of: 0)

        init(summary line: String) {
            let words = line.split(separator: " ").map(String.init)
            func value(after key: String) -> String? { words.firstIndex(of: key).flatMap { words.indices.contains($0 + 1) ? words[$0 + 1] : nil } }
            func ratio(after key: String) -> (Int, Int) {
                let parts = (value(after: key) ?? "0/0").split(separator: "/").compactMap { Int($0) }
                return parts.count == 2 ? (parts[0], parts[1]) : (0, 0)
            }
            recall = value(after: "recall").flatMap(Double.init) ?? 0
            falseFlags = value(after: "false-flags").flatMap(Double.init) ?? 1
            precision = value(after: "precision").flatMap(Double.init) ?? 0
            screening = ratio(after: "screening")
            irrelevantClean = ratio(after: "irrelevant-clean")
            relevant = ratio(after: "relevant")
        }
    }

    private func score(set: URL) throws -> Figures {
        let scorer = Self.shared.appendingPathComponent("tools/score-accuracy")
        guard FileManager.default.fileExists(atPath: scorer.path) else { throw XCTSkip("no scorer at \(scorer.path)") }
        guard FileManager.default.fileExists(atPath: set.appendingPathComponent("labels.yaml").path) else { throw XCTSkip("no labelled set at \(set.path)") }
        let cria = try CriaBinary.require()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", scorer.path, "--cria", cria, "--set", set.path]
        var environment = ProcessInfo.processInfo.environment
        environment["CRIA_RULES"] = Self.packageRoot.appendingPathComponent("rules").path
        environment["XDG_CACHE_HOME"] = CriaBinary.cacheHome
        process.environment = environment
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let problems = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        if problems.contains("No module named") { throw XCTSkip("python3 lacks a module the scorer needs: \(problems)") }
        let lines = String(decoding: data, as: UTF8.self).split(separator: "\n")
        guard let summary = lines.last(where: { $0.hasPrefix("recall ") }) else {
            XCTFail("the scorer printed no summary: \(problems)")
            return Figures(summary: "")
        }
        print("score-accuracy --set \(set.lastPathComponent): \(summary)")
        return Figures(summary: String(summary))
    }

    /// The lowest figures a set may fall to (false flags: the highest); a count left nil means
    /// every one (every screening caught, every irrelevant proposal clean, every relevant one
    /// recognised).
    struct Floors {
        var recall: Double, falseFlags: Double, precision: Double
        var screening: Int? = nil, irrelevantClean: Int? = nil, relevant: Int? = nil
    }

    func assertKeeps(_ set: URL, _ floors: Floors, file: StaticString = #filePath, line: UInt = #line) throws {
        let figures = try score(set: set)
        XCTAssertGreaterThanOrEqual(figures.recall, floors.recall, "recall", file: file, line: line)
        XCTAssertLessThanOrEqual(figures.falseFlags, floors.falseFlags, "false flags", file: file, line: line)
        XCTAssertGreaterThanOrEqual(figures.precision, floors.precision, "precision", file: file, line: line)
        XCTAssertGreaterThanOrEqual(figures.screening.caught, floors.screening ?? figures.screening.of, "screenings", file: file, line: line)
        XCTAssertGreaterThanOrEqual(figures.irrelevantClean.clean, floors.irrelevantClean ?? figures.irrelevantClean.of, "irrelevant clean", file: file, line: line)
        XCTAssertGreaterThanOrEqual(figures.relevant.recognised, floors.relevant ?? figures.relevant.of, "relevant", file: file, line: line)
    }

    static func fixture(_ name: String) -> URL { packageRoot.appendingPathComponent("Tests/CriaKitTests/Fixtures/\(name)") }

    func testTheSharedLabelledSetKeepsTheAccuracyReached() throws {
        try assertKeeps(Self.shared.appendingPathComponent("accuracy"), Floors(recall: 0.93, falseFlags: 0.00, precision: 0.99))
    }

    func testTheHeldOutLabelledSetKeepsTheAccuracyReached() throws {
        try assertKeeps(Self.fixture("heldout-labelled"), Floors(recall: 0.97, falseFlags: 0.07, precision: 0.78))
    }

    /// The second held-out set (24 proposals by a reviewer who never read the rules, written at
    /// the start of session 8 and sealed: only its summary line was read, once before and once
    /// after each merge). Nobody tuning cria opens its files.
    func testTheSecondHeldOutSetKeepsTheAccuracyReached() throws {
        try assertKeeps(
            Self.fixture("heldout2-labelled"), Floors(recall: 0.93, falseFlags: 0.06, precision: 0.88, screening: 2, irrelevantClean: 3, relevant: 20))
    }

    /// The third held-out set (24 proposals by a reviewer who never read the rules, written at
    /// the start of session 9 outside the repository and sealed while six engineers tuned:
    /// only its summary line was read, by the coordinator, at the start and after merges).
    func testTheThirdHeldOutSetKeepsTheAccuracyReached() throws {
        try assertKeeps(Self.fixture("heldout3-labelled"), Floors(recall: 0.91, falseFlags: 0.14, precision: 0.81, relevant: 20))
    }

    /// The fourth held-out set (24 proposals by a reviewer who never saw the rules, written at the
    /// start of session 10 outside the repository and sealed while eight engineers tuned: only
    /// its summary line was read, by the coordinator, at the start (recall 0.77, false flags 32%,
    /// precision 0.76) and after merges; committed at the session's end).
    func testTheFourthHeldOutSetKeepsTheAccuracyReached() throws {
        try assertKeeps(
            Self.fixture("heldout4-labelled"), Floors(recall: 0.80, falseFlags: 0.13, precision: 0.79, screening: 2, relevant: 19))
    }

    /// The fifth held-out set (24 proposals by a writer who never saw the rules, written at the
    /// start of session 11 outside the repository and sealed while five engineers tuned: only
    /// its summary line was read, by the coordinator, at the start (recall 0.77, false flags 11%,
    /// precision 0.86, irrelevant clean 1/4) and after merges; committed at the session's end).
    func testTheFifthHeldOutSetKeepsTheAccuracyReached() throws {
        try assertKeeps(
            Self.fixture("heldout5-labelled"),
            Floors(recall: 0.82, falseFlags: 0.09, precision: 0.89, screening: 3, irrelevantClean: 2, relevant: 19))
    }

    /// The sixth held-out set (24 proposals by a writer who never saw the rules, written at the
    /// start of session 12 outside the repository and sealed while five engineers tuned: only
    /// the coordinator read its summary line (start: recall 0.69, false flags 21%, precision
    /// 0.76, irrelevant clean 2/4, relevant 18/20); committed at the session's end).
    func testTheSixthHeldOutSetKeepsTheAccuracyReached() throws {
        try assertKeeps(
            Self.fixture("heldout6-labelled"),
            Floors(recall: 0.69, falseFlags: 0.15, precision: 0.76, screening: 2, irrelevantClean: 3, relevant: 18))
    }

    /// The seventh held-out set (24 proposals by a writer who never saw the rules, written at the
    /// start of session 13 outside the repository and sealed while five engineers tuned: only
    /// the coordinator read its summary line (start: recall 0.94, false flags 18%, precision
    /// 0.82, irrelevant clean 2/4, relevant 20/20); committed at the session's end).
    func testTheSeventhHeldOutSetKeepsTheAccuracyReached() throws {
        try assertKeeps(
            Self.fixture("heldout7-labelled"),
            Floors(recall: 0.94, falseFlags: 0.16, precision: 0.82, screening: 3, irrelevantClean: 3, relevant: 20))
    }

    /// The eighth held-out set (24 proposals by a writer who never saw the rules, written at the
    /// start of session 14 outside the repository and sealed while six engineers tuned: only
    /// the coordinator read its summary line (start: recall 0.77, false flags 3%, precision
    /// 0.91, irrelevant clean 1/4, relevant 19/20; unchanged by the session's merges);
    /// committed at the session's end).
    func testTheEighthHeldOutSetKeepsTheAccuracyReached() throws {
        try assertKeeps(
            Self.fixture("heldout8-labelled"),
            Floors(recall: 0.77, falseFlags: 0.03, precision: 0.91, screening: 3, irrelevantClean: 1, relevant: 19))
    }

    /// The second training set (30 proposals by a reviewer who never read the rules, labelled
    /// article by article; its NOTES.md says what each one plants). Tuned on, so its figures are
    /// a floor against regressions, not a measure of accuracy on unseen writing.
    func testTheSecondTrainingSetKeepsTheAccuracyReached() throws {
        try assertKeeps(Self.fixture("training-b-labelled"), Floors(recall: 1.00, falseFlags: 0.02, precision: 0.95))
    }

    /// The third training set (30 proposals by another reviewer who never read the rules, written
    /// at the start of session 9; NOTES.md says what each one plants). Tuned on, like the second.
    func testTheThirdTrainingSetKeepsTheAccuracyReached() throws {
        try assertKeeps(Self.fixture("training-c-labelled"), Floors(recall: 0.89, falseFlags: 0.00, precision: 0.97, relevant: 26))
    }

    /// The fourth training set (30 proposals by a reviewer who never saw the rules, written in
    /// session 10). Scored with main's binary before anything was changed for it (recall 0.70,
    /// false flags 20%, precision 0.81); tuned on from then, like the others. Session 14: its
    /// weekend pharmacy rota, which never names a child, is reached through working time
    /// (recall 0.90 to 0.95, relevant 25 to 26).
    func testTheFourthTrainingSetKeepsTheAccuracyReached() throws {
        try assertKeeps(Self.fixture("training-d-labelled"), Floors(recall: 0.95, falseFlags: 0.02, precision: 0.92, irrelevantClean: 3, relevant: 26))
    }

    /// The fifth training set (30 proposals by a writer who never saw the rules, written in
    /// session 11: health, courts, policing, utilities, planning, local services). Scored with
    /// main's binary before anything was changed for it (recall 0.87, false flags 13%, precision
    /// 0.84, screenings 3/4, irrelevant clean 2/4); tuned on from then, like the others: every
    /// irrelevant proposal is now left clean (parent and child records, schools as insurance buyers).
    /// A council report on a proposed Public Spaces Protection Order is a proposal (session 12:
    /// recall 0.91 to 0.94, precision 0.88 to 0.87 as the checklist now applies to it). Session
    /// 13: false flags 13% to 9% as domain fails with the children's effects said in other
    /// words became review (`calibration` in statements.yaml). Session 14: 9% to 7% as a fail of
    /// a rule serving a principle through another topic became review where the principle's
    /// own rule passes (`partOf:`).
    func testTheFifthTrainingSetKeepsTheAccuracyReached() throws {
        try assertKeeps(
            Self.fixture("training-e-labelled"), Floors(recall: 0.94, falseFlags: 0.07, precision: 0.87))
    }

    /// The sixth training set (30 proposals by a writer who never saw the rules, written in
    /// session 11 with five inconsistent screenings in varied shapes). Scored with main's binary
    /// before anything was changed for it (recall 0.87, false flags 8%, precision 0.89, screenings
    /// 4/5, irrelevant clean 3/4); tuned on from then, like the others: every irrelevant
    /// proposal is now left clean (an archive's parent and child records).
    func testTheSixthTrainingSetKeepsTheAccuracyReached() throws {
        try assertKeeps(
            Self.fixture("training-f-labelled"), Floors(recall: 0.90, falseFlags: 0.04, precision: 0.91))
    }

    /// The seventh training set (30 proposals by a writer who never saw the rules, written in
    /// session 12: traps of the writer's own kinds, such as calves as "the youngest animals" and a
    /// councils' benchmarking "family group"). Scored with main's binary before anything was
    /// changed for it (recall 0.84, false flags 5%, precision 0.83, screenings 3/4, irrelevant
    /// clean 2/4, relevant 25/26); tuned on from then, like the others: "minor works" of a
    /// construction framework name the works (acc-relevance2's first sight: irrelevant clean 3/4,
    /// relevant 24/26, recall 0.79).
    func testTheSeventhTrainingSetKeepsTheAccuracyReached() throws {
        try assertKeeps(
            Self.fixture("training-g-labelled"),
            Floors(recall: 0.89, falseFlags: 0.05, precision: 0.87, screening: 3, irrelevantClean: 3, relevant: 25))
    }

    /// The eighth training set (30 proposals by a writer who never saw the rules, written in
    /// session 13, with traps of the writer's own kinds: "orphan works", pupil barristers, a
    /// "parent" council's business "nursery" units, a regulator's "Innovation Playground").
    /// Scored with main's binary before anything was changed for it (recall 0.78, false flags
    /// 17%, precision 0.79, screenings 3/4, irrelevant clean 0/4, relevant 25/26); the session's
    /// calibration (not tuned on it) took false flags to 13%, and its reading of words with
    /// other senses (tuned on its traps) left all four clean. Session 14: false flags 13% to 5%
    /// (`partOf:`: inclusive participation and mitigation fails where Arts 2, 3 and 6's own
    /// rules pass are review; an Art 6 fail beside three statements on children's health is
    /// review), precision 0.79 to 0.80 (a table row's cells read as about its group).
    func testTheEighthTrainingSetKeepsTheAccuracyReached() throws {
        try assertKeeps(
            Self.fixture("training-h-labelled"),
            Floors(recall: 0.78, falseFlags: 0.05, precision: 0.80, screening: 3, irrelevantClean: 4, relevant: 25))
    }

    /// The ninth training set (30 proposals by a writer who never saw the rules, written in
    /// session 14, with traps of the writer's own kinds: goat "kids", a "youth" mobility scheme
    /// for adults, a civil-service "curriculum", "junior" doctors' guardian). Scored with main's
    /// binary before anything was changed for it (recall 0.82, false flags 11%, precision 0.85,
    /// irrelevant clean 3/4, relevant 25/26); tuned on from then: words said of animals are
    /// the animals' and a change in working time reaches children (recall 0.88, relevant 26/26).
    func testTheNinthTrainingSetKeepsTheAccuracyReached() throws {
        try assertKeeps(
            Self.fixture("training-i-labelled"),
            Floors(recall: 0.88, falseFlags: 0.10, precision: 0.86, screening: 4, irrelevantClean: 3, relevant: 26))
    }

    func testTheSummaryLineIsReadIntoFigures() {
        let figures = Figures(summary: "recall 0.76 (fail only 0.68) false-flags 0.11 screening 2/4 irrelevant-clean 8/8 relevant 28/28 precision 0.85")
        XCTAssertEqual(figures.recall, 0.76)
        XCTAssertEqual(figures.falseFlags, 0.11)
        XCTAssertEqual(figures.precision, 0.85)
        XCTAssertEqual(figures.screening.caught, 2)
        XCTAssertEqual(figures.screening.of, 4)
        XCTAssertEqual(figures.irrelevantClean.clean, 8)
        XCTAssertEqual(figures.relevant.of, 28)
    }
}
