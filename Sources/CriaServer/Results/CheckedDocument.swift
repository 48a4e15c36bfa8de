import CriaKit

/// One uploaded document's assessment and its text, kept for the result page, its filters
/// and its downloads.
struct CheckedDocument: Sendable {
    let id: String
    let name: String
    let assessment: Assessment
    let view: DocumentView

    /// Roughly what keeping it costs: its text and its findings' quoted evidence.
    var approximateBytes: Int {
        view.parts.reduce(0) { total, part in part.paragraphs.reduce(total + part.title.utf8.count) { $0 + $1.text.utf8.count + $1.path.utf8.count } }
            + assessment.results.reduce(0) { total, result in result.evidence.reduce(total + 256) { $0 + $1.text.utf8.count } }
    }
}
