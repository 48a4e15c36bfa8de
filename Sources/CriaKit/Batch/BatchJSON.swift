/// The batch JSON report (documented in README.md, "Batch reports"); `documents` holds
/// exactly what `JSONReport.writeDocument` writes for each assessed input, in input order.
enum BatchJSON {
    static func counts(_ counts: OutcomeCounts) -> [(String, JSONValue)] {
        [("fail", .int(counts.fail)), ("review", .int(counts.review)), ("pass", .int(counts.pass)), ("notApplicable", .int(counts.notApplicable)), ("waived", .int(counts.waived))]
    }

    static func skeleton(_ view: BatchView) -> String {
        var members: [(String, JSONValue)] = [
            ("tool", .object([("name", .string(ToolInfo.name)), ("version", .string(ToolInfo.version)), ("rules", .string(view.context.rulesDirectory))])),
            ("generated", .string(view.context.generated)),
            ("summary", summary(view.aggregate)),
            ("departments", departments(view.aggregate)),
            ("coverage", coverage(view.aggregate)),
            ("articlesByKind", articleTable(view.aggregate.byKind, column: "kind", columns: "kinds")),
            ("articlesByLegislature", articleTable(view.aggregate.byLegislature, column: "legislature", columns: "legislatures")),
            ("articlesByPublishingDepartment", articleTable(view.aggregate.byPublishingDepartment, column: "department", columns: "departments")),
            ("documents", Splicer.marker("documents")),
            ("failed", Splicer.marker("failed")),
        ]
        if let comparison = view.comparison { members.append(("baseline", baseline(comparison, removed: view.removed))) }
        return JSONValue.object(members).serialized() + "\n"
    }

    static func summary(_ aggregate: BatchAggregate) -> JSONValue {
        .object([
            (
                "documents",
                .object([
                    ("given", .int(aggregate.given)),
                    ("assessed", .int(aggregate.assessed)),
                    ("childRelevant", .object([("direct", .int(aggregate.direct)), ("indirect", .int(aggregate.indirect))])),
                    ("failed", .int(aggregate.failed)),
                ])
            ),
            ("outcomes", .object(counts(aggregate.outcomes))),
            (
                "severities",
                .object(
                    Severity.allCases.reversed().map { severity in
                        let value = aggregate.severities[severity] ?? OutcomeCounts()
                        return (severity.rawValue, .object([("fail", .int(value.fail)), ("review", .int(value.review))]))
                    })
            ),
            (
                "mostUnaddressed",
                .array(
                    aggregate.mostUnaddressed().map { item in
                        .object([("article", .int(item.article)), ("fail", .int(item.counts.fail)), ("review", .int(item.counts.review)), ("total", .int(item.counts.unaddressed))])
                    })
            ),
        ])
    }

    static func departments(_ aggregate: BatchAggregate) -> JSONValue {
        .array(
            aggregate.departmentNames.map { name in
                let stats = aggregate.departments[name]!
                return .object([
                    ("name", .string(name)),
                    ("documents", .int(stats.documents)),
                    ("assessed", .int(stats.assessed)),
                    ("failed", .int(stats.failed)),
                    (
                        "childRelevant",
                        .object([
                            ("direct", .int(stats.direct)),
                            ("indirect", .int(stats.indirect)),
                            ("percentOfAssessed", .int(BatchAggregate.percent(stats.childRelevant, of: stats.assessed))),
                        ])
                    ),
                    (
                        "generalPrinciples",
                        .array(
                            BatchAggregate.generalPrinciples.map { article in
                                let value = stats.principles[article] ?? OutcomeCounts()
                                return .object([("article", .int(article)), ("fail", .int(value.fail)), ("review", .int(value.review))])
                            })
                    ),
                ])
            })
    }

    /// `[{"article", "kinds": [{"kind", "documents", "provisions", "fail", "review"}]}]`, or by legislature.
    static func articleTable(_ table: ArticleTable, column: String, columns: String) -> JSONValue {
        let names = table.columns
        return .array(
            table.articles.map { article in
                .object([
                    ("article", .int(article)),
                    (
                        columns,
                        .array(
                            names.compactMap { name in
                                table.cells[article]?[name].map { counts in
                                    .object([
                                        (column, .string(name)), ("documents", .int(counts.documents)), ("provisions", .int(counts.provisions)),
                                        ("fail", .int(counts.fail)), ("review", .int(counts.review)),
                                    ])
                                }
                            })
                    ),
                ])
            })
    }

    static func coverage(_ aggregate: BatchAggregate) -> JSONValue {
        let departmentNames = aggregate.departmentNames
        return .array(
            aggregate.coverageArticles.map { article in
                let row = aggregate.coverage[article] ?? [:]
                return .object([
                    ("article", .int(article)),
                    (
                        "departments",
                        .array(
                            departmentNames.map { name in
                                .object([("name", .string(name))] + counts(row[name] ?? OutcomeCounts()))
                            })
                    ),
                ])
            })
    }

    static func changes(_ changes: BaselineComparison.Changes) -> [(String, JSONValue)] {
        [
            ("newFindings", .int(changes.newFindings)), ("resolvedFindings", .int(changes.resolvedFindings)),
            ("documentsAdded", .int(changes.documentsAdded)), ("documentsRemoved", .int(changes.documentsRemoved)),
        ]
    }

    static func baseline(_ comparison: BaselineComparison, removed: [String]) -> JSONValue {
        .object(
            [("report", .string(comparison.baseline.path))] + changes(comparison.total) + [
                ("matched", .int(comparison.matchedCount)),
                ("warning", .optional(comparison.warning)),
                (
                    "documents",
                    .array(
                        comparison.documents.map { document in
                            let items = { (items: [BaselineComparison.Item]) -> JSONValue in
                                .array(
                                    items.map { item in
                                        .object([
                                            ("rule", .string(item.rule)), ("outcome", .string(item.outcome)), ("message", .string(item.message)),
                                            ("line", item.line.map(JSONValue.int) ?? .null),
                                        ])
                                    })
                            }
                            return .object([
                                ("file", .string(document.file)), ("previous", .optional(document.previous)), ("added", .bool(document.added)),
                                ("new", items(document.new)), ("resolved", items(document.resolved)),
                            ])
                        })
                ),
                ("added", Splicer.marker("added")),
                ("removed", .array(removed.map(JSONValue.string))),
                (
                    "departments",
                    .array(
                        comparison.departmentNames.map { name in
                            .object([("name", .string(name))] + changes(comparison.departments[name]!))
                        })
                ),
                (
                    "articles",
                    .array(
                        comparison.articles.keys.sorted().map { article in
                            let value = comparison.articles[article]!
                            return .object([("article", .int(article)), ("newFindings", .int(value.newFindings)), ("resolvedFindings", .int(value.resolvedFindings))])
                        })
                ),
            ])
    }
}
