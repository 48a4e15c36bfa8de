/// The JSON opening of a batch's results, from `{` to the message, kept for each place in a
/// document's results: a rule's id, title, articles and severity, and the message an
/// outcome gives, are the same in every document, so the bytes are escaped once and copied.
final class ResultHeads {
    /// The members a head holds: rule, title, articles, severity, outcome, message (and for
    /// a fail, review or waived result, the rule's guidance: the same for the same rule).
    static let entries = 6

    private struct Head {
        let ruleID: String
        let title: String
        let articles: [Int]
        let severity: Severity
        let outcome: Outcome
        let message: String
        let indent: Int
        let bytes: [UInt8]

        /// Equal strings and arrays are mostly the rule's own, shared, so compare at once.
        func matches(_ result: RuleResult, at indent: Int) -> Bool {
            outcome == result.outcome && self.indent == indent && severity == result.severity
                && ruleID == result.ruleID && title == result.title && message == result.message
                && articles == result.articles
        }
    }

    /// By place in the results: a few heads each (one per outcome seen there).
    private var heads: [[Head]] = []

    /// The bytes written for an earlier result that these fields are the same as.
    func head(of result: RuleResult, at indent: Int, position: Int) -> [UInt8]? {
        guard position < heads.count else { return nil }
        // Read in place: copying a head out would retain each of its fields.
        for slot in heads[position].indices where heads[position][slot].matches(result, at: indent) {
            return heads[position][slot].bytes
        }
        return nil
    }

    func keep(_ bytes: [UInt8], of result: RuleResult, at indent: Int, position: Int) {
        while heads.count <= position { heads.append([]) }
        // Bounded: a document whose results differ from every kept one at this place adds no more.
        guard heads[position].count < 8 else { return }
        heads[position].append(
            Head(
                ruleID: result.ruleID, title: result.title, articles: result.articles, severity: result.severity,
                outcome: result.outcome, message: result.message, indent: indent, bytes: bytes))
    }
}
