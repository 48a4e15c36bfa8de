import CriaHistory
import CriaKit
import XCTest

/// Every metric on a hand-made history of three points, with the figures worked out by hand
/// from the formulas in `Metric.all`.
///
/// P1 (2026-01-01): A (Education, direct): views fail, rights pass, best interests pass.
///                  B (Health, indirect): views pass, rights fail, best interests review.
///                  C (Health, none): evidence fail (not child-relevant).
/// P2 (2026-04-01): A: all pass. B: rights fail, the rest pass. C as before.
/// P3 (2026-07-01): A edited: views review. B as at P2. C not observed.
final class MetricFormulaTests: XCTestCase {
    private var temporary: TemporaryStore!
    private var series: MetricSeries!

    override func setUpWithError() throws {
        temporary = try TemporaryStore()
        let store = try temporary.open()
        let education = "Department for Education", health = "Department of Health and Social Care"
        try store.record(
            "P1", "2026-01-01",
            [
                document("a.xml", hash: "a1", department: education, [result(TestRule.views, .fail), result(TestRule.rights, .pass), result(TestRule.bestInterests, .pass)]),
                document("b.xml", hash: "b1", department: health, relevance: .indirect, [result(TestRule.views, .pass), result(TestRule.rights, .fail), result(TestRule.bestInterests, .review)]),
                document("c.xml", hash: "c1", department: health, relevance: .none, [result(TestRule.evidence, .fail), result(TestRule.views, .notApplicable)]),
            ])
        try store.record(
            "P2", "2026-04-01",
            [
                document("a.xml", hash: "a2", department: education, [result(TestRule.views, .pass), result(TestRule.rights, .pass), result(TestRule.bestInterests, .pass)]),
                document("b.xml", hash: "b1", department: health, relevance: .indirect, [result(TestRule.views, .pass), result(TestRule.rights, .fail), result(TestRule.bestInterests, .pass)]),
                document("c.xml", hash: "c1", department: health, relevance: .none, [result(TestRule.evidence, .fail)]),
            ])
        try store.record(
            "P3", "2026-07-01",
            [
                document("a.xml", hash: "a3", department: education, [result(TestRule.views, .review), result(TestRule.rights, .pass), result(TestRule.bestInterests, .pass)]),
                document("b.xml", hash: "b1", department: health, relevance: .indirect, [result(TestRule.views, .pass), result(TestRule.rights, .fail), result(TestRule.bestInterests, .pass)]),
            ])
        series = try store.metrics()
    }

    private func value(_ metric: String, _ point: String, _ scope: MetricValue.Scope = .all, _ key: String = "") -> Double? {
        series.value(metric, point: point, scope: scope, key: key)?.value
    }

    func testShares() {
        XCTAssertEqual(value("assessed", "P1"), 50)  // A of A, B
        XCTAssertEqual(value("assessed", "P1", .department, "Department for Education"), 100)
        XCTAssertEqual(value("assessed", "P1", .department, "Department of Health and Social Care"), 0)  // B of B (C is not child-relevant)
        XCTAssertEqual(value("childrens-views", "P1"), 50)  // B
        XCTAssertEqual(value("childrens-views", "P2"), 100)
        XCTAssertEqual(value("childrens-views", "P3"), 50)  // A is a review
        XCTAssertEqual(value("best-interests", "P1"), 50)  // a review is not weighed
        XCTAssertEqual(value("best-interests", "P2"), 100)
        XCTAssertNil(series.value("assessed", point: "P1", scope: .article, key: "4"), "a share has no article breakdown")
    }

    func testFailsPerChildRelevantProposal() {
        XCTAssertEqual(value("fails-per-proposal", "P1"), 1.0)  // A views, B rights; C's fail is not child-relevant
        XCTAssertEqual(value("error-fails-per-proposal", "P1"), 0.5)
        XCTAssertEqual(value("warning-fails-per-proposal", "P1"), 0.5)
        XCTAssertEqual(value("info-fails-per-proposal", "P1"), 0)
        XCTAssertEqual(value("fails-per-proposal", "P1", .article, "12"), 0.5)
        XCTAssertEqual(value("fails-per-proposal", "P1", .department, "Department of Health and Social Care"), 1.0)  // B's fail over B
        XCTAssertEqual(value("fails-per-proposal", "P2"), 0.5)
        XCTAssertEqual(value("fails-per-proposal", "P3"), 0.5)  // A's review is not a fail
    }

    func testFindingsResolvedSinceThePreviousPoint() {
        XCTAssertNil(series.value("resolved", point: "P1", scope: .all, key: ""), "the first point has no previous one")
        XCTAssertEqual(value("resolved", "P2"), 2)  // A views, B best interests
        XCTAssertEqual(series.value("resolved", point: "P2", scope: .all, key: "")?.denominator, 4)
        XCTAssertEqual(value("resolved", "P2", .department, "Department for Education"), 1)
        XCTAssertEqual(value("resolved", "P2", .article, "3"), 1)
        XCTAssertEqual(value("resolved", "P3"), 0)  // B rights still open; C unobserved resolves nothing
        XCTAssertEqual(series.value("resolved", point: "P3", scope: .all, key: "")?.denominator, 1)
    }

    func testMedianAgeOfOpenFindings() {
        XCTAssertEqual(value("open-age", "P1"), 0)
        XCTAssertEqual(value("open-age", "P2"), 90)  // B rights and C evidence, both open since P1
        XCTAssertEqual(value("open-age", "P3"), 90.5)  // A views new (0), B rights 181 days
        XCTAssertEqual(value("open-age", "P3", .department, "Department of Health and Social Care"), 181)
    }

    func testExportsCarryTheFormulasAndTheFigures() throws {
        let csv = MetricExport.csv(series)
        XCTAssertTrue(csv.hasPrefix("metric,point,takenAt,scope,key,value,numerator,denominator\r\n"))
        XCTAssertTrue(csv.contains("open-age,P3,2026-07-01,all,,90.5,90.5,2\r\n"))
        XCTAssertTrue(csv.contains("childrens-views,P1,2026-01-01,all,,50,1,2\r\n"))
        let json = try JSONSerialization.jsonObject(with: Data(MetricExport.json(series).utf8)) as! [String: Any]
        let metrics = json["metrics"] as! [[String: Any]]
        XCTAssertEqual(metrics.map { $0["id"] as! String }, Metric.all.map(\.id))
        XCTAssertEqual(metrics.first?["formula"] as? String, Metric.all.first?.formula)
    }
}
