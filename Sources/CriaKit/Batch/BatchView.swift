/// What the reports' parts that depend on every document are rendered from, once, at the end.
public struct BatchView {
    let aggregate: BatchAggregate
    let comparison: BaselineComparison?
    let removed: [String]
    let addedSample: [String]
    let context: BatchContext
    /// The HTML report's ranked index (empty for the other reports).
    var index: [DocumentIndexEntry] = []
}
