/// `cria inspect`: the section tree as cria sees it, for rule authors and puzzled users.
public enum SectionTreeReport {
    public static func text(_ proposal: Proposal, relevance: RelevanceBasis?, statements: [Evidence]? = nil) -> String {
        var lines = ["\(proposal.file)  (\(proposal.format.rawValue))"]
        let metadata = proposal.metadata
        for (name, value) in [("title", metadata.title), ("department", metadata.department), ("date", metadata.date), ("reference", metadata.reference)] {
            if let value { lines.append("  \(name): \(value)") }
        }
        for (key, value) in metadata.extra { lines.append("  \(key): \(value)") }
        lines.append("  kind: \(proposal.kind.kind.rawValue)  (\(proposal.kind.evidence))")
        if let relevance {
            lines.append("  relevance: \(relevance.summary)")
            // What the verdict rests on, so that a word read in the wrong sense can be seen.
            for quote in relevance.quotes {
                lines.append("    \(quote.location.line):\(quote.location.column)  [\(quote.note ?? "")]  \(quote.text)")
            }
        }
        if metadata.metadataOnly { lines.append("  metadata only: no prose") }
        lines.append("  \(proposal.sections.count) sections, \(proposal.root.wordCount) words")
        var stack: [(Section, Int)] = proposal.root.children.reversed().map { ($0, 1) }
        while let (section, depth) = stack.popLast() {
            let indent = String(repeating: "  ", count: depth)
            let roles = section.roles.isEmpty ? "" : "  [" + section.roles.sorted().joined(separator: ", ") + "]"
            let title = section.title.count > 70 ? String(section.title.prefix(69)) + "…" : section.title
            lines.append("\(indent)\(section.location.line):\(section.location.column)  \(title)  (\(section.wordCount) words)\(roles)  \(section.path)")
            stack += section.children.reversed().map { ($0, depth + 1) }
        }
        if let statements {
            lines.append("  \(statements.count) statements")
            for statement in statements {
                lines.append("    \(statement.location.line):\(statement.location.column)  [\(statement.note ?? "")]  \(statement.text)")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    public static func json(_ proposal: Proposal, relevance: RelevanceBasis?, statements: [Evidence]? = nil) -> JSONValue {
        let metadata = proposal.metadata
        let read: [(String, JSONValue)] =
            statements.map {
                [
                    (
                        "statements",
                        .array(
                            $0.map { statement in
                                .object([
                                    ("text", .string(statement.text)), ("reading", .string(statement.note ?? "")),
                                    ("location", JSONReport.location(statement.location, path: statement.path)),
                                ])
                            })
                    )
                ]
            } ?? []
        return .object(
            [
                ("file", .string(proposal.file)),
                ("format", .string(proposal.format.rawValue)),
                (
                    "metadata",
                    .object(
                        [
                            ("title", .optional(metadata.title)), ("department", .optional(metadata.department)),
                            ("date", .optional(metadata.date)), ("reference", .optional(metadata.reference)),
                        ] + metadata.extra.map { ($0.key, JSONValue.string($0.value)) })
                ),
                ("kind", .string(proposal.kind.kind.rawValue)),
                ("kindBasis", JSONReport.kindBasis(proposal.kind)),
                ("relevance", .optional(relevance?.judgement.relevance.rawValue)),
                ("relevanceBasis", relevance.map(basis) ?? .null),
                ("metadataOnly", .bool(metadata.metadataOnly)),
                ("words", .int(proposal.root.wordCount)),
                ("sections", .array(proposal.root.children.map(section))),
            ] + read)
    }

    static func basis(_ basis: RelevanceBasis) -> JSONValue {
        .object([
            ("summary", .string(basis.summary)),
            (
                "restsOn",
                .array(
                    basis.quotes.map { quote in
                        .object([("text", .string(quote.text)), ("countsAs", .string(quote.note ?? "")), ("location", JSONReport.location(quote.location, path: quote.path))])
                    })
            ),
        ])
    }

    static func section(_ section: Section) -> JSONValue {
        .object([
            ("title", .string(section.title)),
            ("titleFrom", .string(section.titleSource.rawValue)),
            ("roles", .array(section.roles.sorted().map(JSONValue.string))),
            ("words", .int(section.wordCount)),
            ("location", JSONReport.location(section.location, path: section.path)),
            ("children", .array(section.children.map(Self.section))),
        ])
    }
}
