import Foundation

/// A document's line in the HTML report's index: what ranks it and what links to it. Only
/// this stays in memory per document (the findings themselves are spooled).
struct DocumentIndexEntry {
    let position: Int
    let anchor: String
    let heading: String
    let department: String
    let type: String
    let relevance: String
    let errorFails: Int
    let warningFails: Int
    let infoFails: Int
    let reviews: Int

    init(_ assessment: Assessment, department: String, position: Int) {
        self.position = position
        anchor = Self.anchor(position)
        heading = Self.heading(of: assessment)
        self.department = department
        type = assessment.documentType ?? "not stated"
        relevance = assessment.relevance.rawValue
        var errors = 0, warnings = 0, infos = 0, reviews = 0
        for result in assessment.results {
            if result.outcome == .review { reviews += 1 }
            guard result.outcome == .fail else { continue }
            switch result.severity {
            case .error: errors += 1
            case .warning: warnings += 1
            case .info: infos += 1
            }
        }
        (errorFails, warningFails, infoFails, self.reviews) = (errors, warnings, infos, reviews)
    }

    static func anchor(_ position: Int) -> String { "doc-\(position + 1)" }

    static func heading(of assessment: Assessment) -> String {
        assessment.metadata.title ?? ((assessment.source ?? assessment.file) as NSString).lastPathComponent
    }

    /// Most severe first: error fails, then warning fails, info fails and reviews; ties in
    /// input order.
    static func ranked(_ entries: [DocumentIndexEntry]) -> [DocumentIndexEntry] {
        entries.sorted {
            ($1.errorFails, $1.warningFails, $1.infoFails, $1.reviews, $0.position) < ($0.errorFails, $0.warningFails, $0.infoFails, $0.reviews, $1.position)
        }
    }
}
