import GRDB

/// One point: its totals, its departments, and each document's open findings.
public struct PointDetail: Sendable {
    public struct Department: Sendable, Equatable {
        public let name: String
        public var documents = 0
        public var childRelevant = 0
        public var fails = 0
        public var reviews = 0
    }

    public struct Finding: Sendable, Equatable {
        public let document: Int64
        public let path: String
        public let rule: String
        public let outcome: String
    }

    public let point: PointInfo
    public let departments: [Department]
    public let findings: [Finding]
}

extension HistoryStore {
    public func show(_ label: String) throws -> PointDetail {
        try read { db in
            let point = try Self.point(label, in: db, path: path)
            let documents = try PointDocuments(db, pointID: point.id)
            let findings = try PointFindings(db, pointID: point.id)
            let rules = try RuleCatalogue(db)
            var departments: [String: PointDetail.Department] = [:]
            for entry in documents.byID.values {
                departments[entry.department, default: .init(name: entry.department)].documents += 1
                if entry.relevance != "none" { departments[entry.department]!.childRelevant += 1 }
            }
            var list: [PointDetail.Finding] = []
            for (key, outcome) in findings.open {
                let entry = documents.byID[key.document]
                let name = entry?.department ?? ""
                if outcome == "fail" { departments[name, default: .init(name: name)].fails += 1 } else { departments[name, default: .init(name: name)].reviews += 1 }
                list.append(.init(document: key.document, path: entry?.path ?? "", rule: rules.name(key.rule), outcome: outcome))
            }
            list.sort { ($0.path, $0.rule) < ($1.path, $1.rule) }
            let ordered = departments.keys.sorted(by: MetricCalculator.keyOrder).map { departments[$0]! }
            return PointDetail(point: point, departments: ordered, findings: list)
        }
    }
}
