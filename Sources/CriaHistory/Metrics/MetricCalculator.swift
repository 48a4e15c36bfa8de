import CriaKit
import Foundation
import GRDB

/// The series of every metric of `Metric.all` over every point, overall, by department and
/// by article. Reads each point through the partial indexes (open findings; passes per rule)
/// and the point's observations, walking the points in order once.
public struct MetricSeries: Sendable {
    public let metrics: [Metric]
    public let points: [PointInfo]
    public let values: [MetricValue]
    /// Every department and article that has a value, in report order.
    public let departments: [String]
    public let articles: [Int]
    private let index: [Lookup: Int]

    private struct Lookup: Hashable, Sendable { let metric: String; let point: String; let scope: MetricValue.Scope; let key: String }

    init(metrics: [Metric], points: [PointInfo], values: [MetricValue], departments: [String], articles: [Int]) {
        self.metrics = metrics
        self.points = points
        self.values = values
        self.departments = departments
        self.articles = articles
        var index: [Lookup: Int] = [:]
        for (position, value) in values.enumerated() { index[Lookup(metric: value.metric, point: value.point, scope: value.scope, key: value.key)] = position }
        self.index = index
    }

    public func value(_ metric: String, point: String, scope: MetricValue.Scope = .all, key: String = "") -> MetricValue? {
        index[Lookup(metric: metric, point: point, scope: scope, key: key)].map { values[$0] }
    }
}

extension HistoryStore {
    public func metrics(_ metrics: [Metric] = Metric.all) throws -> MetricSeries {
        try read { db in try MetricCalculator(db: db, metrics: metrics).run() }
    }
}

struct MetricCalculator {
    let db: Database
    let metrics: [Metric]

    private struct Open { let outcome: String; let severity: String }
    private struct Tally { var numerator: Double = 0; var denominator = 0 }
    private struct ScopeKey: Hashable { let scope: MetricValue.Scope; let key: String }

    func run() throws -> MetricSeries {
        let points = try HistoryStore.points(db)
        let rules = try RuleCatalogue(db)
        var values: [MetricValue] = []
        var departments = Set<String>()
        var articles = Set<Int>()
        var previousOpen: [FindingKey: Open] = [:]
        var firstOpenDay: [FindingKey: Int] = [:]
        var previousPoint: PointInfo?
        for point in points {
            let documents = try PointDocuments(db, pointID: point.id)
            let day = Self.dayNumber(point.takenAt)
            var open: [FindingKey: Open] = [:]
            let rows = try Row.fetchCursor(
                db,
                sql: """
                    SELECT documentID, ruleID, outcome, severity FROM result INDEXED BY openFinding
                    WHERE pointID = ? AND outcome IN ('fail', 'review')
                    """, arguments: [point.id])
            while let row = try rows.next() { open[FindingKey(document: row[0], rule: row[1])] = Open(outcome: row[2], severity: row[3]) }

            // A finding keeps the day it was first open while it stays open, or while its
            // document goes unobserved; one resolved is forgotten, and opens anew if it returns.
            var firstDay: [FindingKey: Int] = [:]
            for key in open.keys { firstDay[key] = firstOpenDay[key] ?? day }
            for (key, known) in firstOpenDay where documents.byID[key.document] == nil { firstDay[key] = known }

            var childRelevant: [String: Int] = [:]
            var totalChildRelevant = 0
            for entry in documents.byID.values where entry.relevance != Relevance.none.rawValue {
                childRelevant[entry.department, default: 0] += 1
                totalChildRelevant += 1
            }
            departments.formUnion(documents.byID.values.map(\.department))
            // Scope keys made once a point, not once per finding and metric.
            var departmentScope: [Int64: ScopeKey] = [:]
            for (id, entry) in documents.byID { departmentScope[id] = ScopeKey(scope: .department, key: entry.department) }
            var articleScopes: [Int64: [ScopeKey]] = [:]
            for key in open.keys where articleScopes[key.rule] == nil {
                let list = Array(Set(rules.articles(key.rule, point: point.id))).sorted()
                articleScopes[key.rule] = list.map { ScopeKey(scope: .article, key: String($0)) }
            }
            for key in previousOpen.keys where articleScopes[key.rule] == nil {
                let list = Array(Set(rules.articles(key.rule, point: point.id))).sorted()
                articleScopes[key.rule] = list.map { ScopeKey(scope: .article, key: String($0)) }
            }
            let allScope = ScopeKey(scope: .all, key: "")
            func department(_ key: FindingKey) -> ScopeKey { departmentScope[key.document] ?? ScopeKey(scope: .department, key: DepartmentRule.unknown) }
            func isChildRelevant(_ key: FindingKey) -> Bool { (documents.byID[key.document]?.relevance ?? "none") != Relevance.none.rawValue }

            for metric in metrics {
                var tallies: [ScopeKey: Tally] = [:]
                var ages: [ScopeKey: [Int]] = [:]
                func add(_ amount: Double, department: ScopeKey, articles: [ScopeKey]) {
                    tallies[allScope, default: Tally()].numerator += amount
                    tallies[department, default: Tally()].numerator += amount
                    if metric.byArticle { for article in articles { tallies[article, default: Tally()].numerator += amount } }
                }
                func perChildRelevantProposal() {
                    tallies[ScopeKey(scope: .all, key: ""), default: Tally()].denominator = totalChildRelevant
                    for (name, count) in childRelevant { tallies[ScopeKey(scope: .department, key: name), default: Tally()].denominator = count }
                    for key in tallies.keys where key.scope == .article { tallies[key]!.denominator = totalChildRelevant }
                }
                switch metric.measure {
                case .shareMeeting(let rule):
                    if let ruleID = rules.id(rule) {
                        let met = try Int64.fetchAll(
                            db,
                            sql: """
                                SELECT documentID FROM result INDEXED BY metByRule WHERE pointID = ? AND ruleID = ? AND outcome IN ('pass', 'waived')
                                """, arguments: [point.id, ruleID])
                        for document in met {
                            guard let entry = documents.byID[document], entry.relevance != Relevance.none.rawValue else { continue }
                            add(1, department: ScopeKey(scope: .department, key: entry.department), articles: [])
                        }
                    }
                    perChildRelevantProposal()
                case .failsPerProposal(let severity):
                    for (key, finding) in open
                    where finding.outcome == Outcome.fail.rawValue && isChildRelevant(key)
                        && (severity == nil || finding.severity == severity!.rawValue)
                    {
                        add(1, department: department(key), articles: articleScopes[key.rule] ?? [])
                    }
                    perChildRelevantProposal()
                case .resolvedSincePrevious:
                    guard previousPoint != nil else { continue }
                    for key in previousOpen.keys where documents.byID[key.document] != nil {
                        let scopes = [allScope, department(key)] + (metric.byArticle ? articleScopes[key.rule] ?? [] : [])
                        for scope in scopes {
                            tallies[scope, default: Tally()].denominator += 1
                            if open[key] == nil { tallies[scope]!.numerator += 1 }
                        }
                    }
                case .medianOpenAgeDays:
                    for key in open.keys {
                        let age = day - (firstDay[key] ?? day)
                        ages[allScope, default: []].append(age)
                        ages[department(key), default: []].append(age)
                        for article in articleScopes[key.rule] ?? [] { ages[article, default: []].append(age) }
                    }
                    for (scope, list) in ages {
                        let median = Self.median(list)
                        tallies[scope] = Tally(numerator: median, denominator: list.count)
                    }
                }
                for (scope, tally) in tallies {
                    if scope.scope == .article, let article = Int(scope.key) { articles.insert(article) }
                    let value: Double?
                    switch metric.measure {
                    case .medianOpenAgeDays: value = tally.denominator > 0 ? tally.numerator : nil
                    case .resolvedSincePrevious: value = tally.numerator
                    default: value = tally.denominator > 0 ? tally.numerator / Double(tally.denominator) * (metric.unit == .percent ? 100 : 1) : nil
                    }
                    values.append(
                        MetricValue(
                            metric: metric.id, point: point.label, scope: scope.scope, key: scope.key,
                            value: value, numerator: tally.numerator, denominator: tally.denominator))
                }
            }
            previousOpen = open
            firstOpenDay = firstDay
            previousPoint = point
        }
        let metricOrder = Dictionary(uniqueKeysWithValues: metrics.enumerated().map { ($1.id, $0) })
        let pointOrder = Dictionary(uniqueKeysWithValues: points.enumerated().map { ($1.label, $0) })
        let scopeOrder: [MetricValue.Scope: Int] = [.all: 0, .department: 1, .article: 2]
        values.sort { a, b in
            let x = (metricOrder[a.metric]!, pointOrder[a.point]!, scopeOrder[a.scope]!)
            let y = (metricOrder[b.metric]!, pointOrder[b.point]!, scopeOrder[b.scope]!)
            return x != y ? x < y : Self.keyOrder(a.key, b.key)
        }
        return MetricSeries(
            metrics: metrics, points: points, values: values,
            departments: departments.sorted(by: Self.keyOrder), articles: articles.sorted())
    }

    /// Articles sort by number; departments by name, ignoring case, with Unknown last.
    static func keyOrder(_ a: String, _ b: String) -> Bool {
        if let x = Int(a), let y = Int(b) { return x < y }
        if (a == DepartmentRule.unknown) != (b == DepartmentRule.unknown) { return b == DepartmentRule.unknown }
        return a.lowercased() != b.lowercased() ? a.lowercased() < b.lowercased() : a < b
    }

    static func median(_ values: [Int]) -> Double {
        guard !values.isEmpty else { return 0 }
        let sorted = values.sorted()
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? Double(sorted[middle]) : Double(sorted[middle - 1] + sorted[middle]) / 2
    }

    /// Days since 1970-01-01 of the `YYYY-MM-DD` a date starts with (0 when it has none).
    static func dayNumber(_ date: String) -> Int {
        let parts = date.prefix(10).split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3 else { return 0 }
        var components = DateComponents()
        components.year = parts[0]; components.month = parts[1]; components.day = parts[2]
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        guard let day = calendar.date(from: components) else { return 0 }
        return Int((day.timeIntervalSince1970 / 86_400).rounded(.down))
    }
}
