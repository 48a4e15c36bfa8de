import CriaHistory
import CriaKit
import Foundation

// scripts/bench history: records synthetic appraisal points into a history store through
// the same recorder `cria batch --record` and `cria history import` use, and prints one JSON
// line per point with the time its recording took. Synthetic, so that 40 points of 10,000
// documents do not need 400,000 checks; shaped like real batches of the samples (66 rules a
// document: about 44 notApplicable, 18 pass, 3 fail and 1 review), and changing between
// points as real ones do: a tenth of the documents edited, some moved, added and removed.
//
//   HistoryBench STORE POINTS DOCUMENTS

let arguments = CommandLine.arguments
guard arguments.count == 4, let pointCount = Int(arguments[2]), let documentCount = Int(arguments[3]) else {
    FileHandle.standardError.write(Data("usage: HistoryBench STORE POINTS DOCUMENTS\n".utf8))
    exit(2)
}

/// A fixed sequence (SplitMix64), so that every run records the same history.
struct Sequence64 {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }
}

let metricRules = ["rights-engaged-identified", "childrens-own-views", "best-interests-primary-consideration"]
let rules: [(id: String, articles: [Int], severity: Severity)] = (0..<66).map { index in
    let id = index < metricRules.count ? metricRules[index] : String(format: "rule-%02d", index)
    let severity: Severity = [.error, .warning, .info][index % 3]
    return (id, [1 + index % 42] + (index % 5 == 0 ? [3] : []), severity)
}
let departments = (1...20).map { "Department \($0)" }

struct SyntheticDocument {
    var path: String
    var department: String
    var version = 1
    var relevance: Relevance
    var outcomes: [Outcome]
}

var random = Sequence64(state: 2026)
func rollOutcome() -> Outcome {
    switch random.below(100) {
    case 0..<66: return .notApplicable
    case 66..<94: return .pass
    case 94..<98: return .fail
    default: return .review
    }
}
func newDocument(_ number: Int) -> SyntheticDocument {
    SyntheticDocument(
        path: "\(departments[number % departments.count].replacingOccurrences(of: " ", with: "-"))/proposal-\(number).xml",
        department: departments[number % departments.count], relevance: random.below(10) == 0 ? .none : .direct, outcomes: rules.map { _ in rollOutcome() })
}

var documents = (0..<documentCount).map(newDocument)
var nextNumber = documentCount
let store = try HistoryStore(path: arguments[1], access: .createIfMissing)
let existing = try store.points().count
for point in existing..<(existing + pointCount) {
    if point > existing {
        for index in documents.indices {
            switch random.below(100) {
            case 0..<10:  // edited: a few outcomes change, mostly for the better
                documents[index].version += 1
                for _ in 0..<3 {
                    let rule = random.below(rules.count)
                    let outcome = documents[index].outcomes[rule]
                    documents[index].outcomes[rule] = (outcome == .fail || outcome == .review) && random.below(3) > 0 ? .pass : rollOutcome()
                }
            case 10..<12:  // moved, same content
                documents[index].path = "moved-\(point)/" + documents[index].path
            default: break
            }
        }
        // One in a hundred withdrawn and as many new.
        for _ in 0..<(documentCount / 100) {
            documents[random.below(documents.count)] = newDocument(nextNumber)
            nextNumber += 1
        }
    }
    let year = 2016 + point / 4, quarter = point % 4 + 1
    let label = "\(year)-Q\(quarter)"
    let date = String(format: "%04d-%02d-%02d", year, quarter * 3, quarter == 1 || quarter == 4 ? 31 : 30)
    let recorded = documents.map { document in
        RecordedDocument(
            path: document.path, contentHash: StableHash.hex(document.path.split(separator: "/").last.map(String.init)! + "#\(document.version)"),
            format: "xml", title: "Proposal", department: document.department,
            relevance: document.relevance,
            results: zip(rules, document.outcomes).map { rule, outcome in
                RecordedResult(
                    rule: rule.id, title: rule.id, articles: rule.articles, severity: rule.severity, outcome: outcome,
                    fingerprint: StableHash.hex(document.path + rule.id), section: "Section", path: "/proposal/section[2]", line: 12)
            })
    }
    let start = Date()
    let summary = try store.record(PointHeader(label: label, takenAt: date, toolVersion: ToolInfo.version, rules: "synthetic", source: "bench")) { recorder in
        for document in recorded { try recorder.add(document) }
    }
    let seconds = Date().timeIntervalSince(start)
    print("{\"point\": \"\(label)\", \"documents\": \(summary.documents), \"results\": \(summary.results), \"seconds\": \(String(format: "%.3f", seconds))}")
}
