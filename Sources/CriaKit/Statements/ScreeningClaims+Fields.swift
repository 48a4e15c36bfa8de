/// Screening answers kept as a document's facts rather than its text: a short JSON member or
/// element ("childRightsScreening": "Not applicable", "impactOnYoungPeople": "Neutral") and a
/// question and its answer side by side in a small object ({"q": "Are under-18s affected?",
/// "a": "N/A"}). Short fields near the top of a document are read as its facts, not as
/// sections, so the statement reading never sees them.
extension ScreeningClaims {
    /// Words for children a field's label or question may hold (lowercased, found inside
    /// longer words: "children" holds "child").
    static let fieldChildrenWords: Set<String> = ["child", "young people", "young person", "pupil", "minor", "under 18", "under-18", "infant", "babies", "baby", "teenager", "youth", "learner"]
    /// An answer longer than this is prose, not a field's value.
    static let fieldAnswerBytes = 200

    /// The fields and side-by-side answers under `root` that deny an effect on children. Only
    /// JSON keeps short members as facts: an XML or HTML element's text is read as a block, and
    /// its rows as `RowText`, where `find` reads them.
    static func deniedFields(in root: DocumentNode) -> [(label: String, answer: String, node: DocumentNode)] {
        var found: [(label: String, answer: String, node: DocumentNode)] = []
        guard root.kind == .object || root.kind == .array else { return found }
        root.walk { node in
            if node.kind == .value {
                guard !node.label.isEmpty else { return }
                let opening = node.fullTextOpening(bytes: fieldAnswerBytes)
                guard opening.isWhole, mayDeny(opening.text), let label = fieldLabelAskingAboutChildren(node) ?? childrenFieldUnderScreening(node),
                    deniesEffect(opening.text, to: label)
                else { return }
                found.append((label, opening.text.trimmingWhitespace, node))
            } else if node.kind == .object, node.children.count <= 6, node.children.allSatisfy({ $0.children.isEmpty }),
                let row = deniedRow(in: node, childrenWords: fieldChildrenWords)
            {
                found.append((row.label, row.answer, node))
            }
        }
        return found
    }

    /// A field that names only children ("childrenAndYoungPeople": "None identified") inside an
    /// object whose label names an impact or a screening ("impactScreening", "equalityImpacts"):
    /// its label, in words. Elsewhere such a field counts children ("children": "None").
    static func childrenFieldUnderScreening(_ node: DocumentNode) -> String? {
        let label = LabelWords.words(node.label)
        guard asksOnlyWhetherChildrenAreAffected(label, childrenWords: []) || isAgeLabel(label) else { return nil }
        var ancestor = node.parent
        for _ in 0..<2 {
            guard let above = ancestor else { return nil }
            let words = LabelWords.words(above.label).lowercased().split { !$0.isLetter }
            if words.contains(where: { Negation.effectWords.contains(Stemmer.stem($0)) || $0.hasPrefix("screen") || $0.hasPrefix("equalit") }) { return label }
            ancestor = above.parent
        }
        return nil
    }

    /// Whether an answer may deny, told from its first byte or a box: most values open with
    /// none of the denials' letters.
    private static func mayDeny(_ answer: String) -> Bool {
        guard let first = answer.utf8.first(where: { !$0.isASCIIWhitespace }) else { return false }
        return [UInt8(ascii: "n"), UInt8(ascii: "f")].contains(first | 0x20) || mayHoldTick(answer)
    }
}
