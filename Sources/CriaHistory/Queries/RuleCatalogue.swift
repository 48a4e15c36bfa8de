import GRDB

/// Rule names, and each rule's articles as each point's pack gave them.
struct RuleCatalogue {
    private var names: [Int64: String] = [:]
    private var articlesByPoint: [Int64: [Int64: [Int]]] = [:]

    init(_ db: Database) throws {
        for row in try Row.fetchAll(db, sql: "SELECT id, name FROM rule") { names[row[0]] = row[1] }
        for row in try Row.fetchAll(db, sql: "SELECT pointID, ruleID, articles FROM pointRule") {
            let text: String = row[2]
            articlesByPoint[row[0], default: [:]][row[1]] = text.split(separator: " ").compactMap { Int($0) }
        }
    }

    func name(_ rule: Int64) -> String { names[rule] ?? "rule \(rule)" }
    func id(_ name: String) -> Int64? { names.first { $0.value == name }?.key }
    func articles(_ rule: Int64, point: Int64) -> [Int] { articlesByPoint[point]?[rule] ?? [] }
}
