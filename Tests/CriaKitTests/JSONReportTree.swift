@testable import CriaKit

/// The JSON report as a `JSONValue` tree: the plain definition that
/// `JSONReport.writeDocument` (which writes bytes straight away) must match byte for byte.
extension JSONReport {
    static func document(_ assessment: Assessment) -> JSONValue {
        .object([
            ("file", .string(assessment.file)),
            ("format", .string(assessment.format.rawValue)),
            ("kind", .string(assessment.kind.kind.rawValue)),
            ("kindBasis", kindBasis(assessment.kind)),
            ("title", .optional(assessment.metadata.title)),
            ("department", .optional(assessment.metadata.department)),
            ("date", .optional(assessment.metadata.date)),
            ("reference", .optional(assessment.metadata.reference)),
            ("type", .optional(assessment.documentType)),
            ("govukPath", .optional(assessment.govukPath)),
            ("source", .string(assessment.source ?? assessment.file)),
            ("contentHash", assessment.contentHash.map { .string(StableHash.hex($0)) } ?? .null),
            ("relevance", .string(assessment.relevance.rawValue)),
            (
                "relevanceBasis",
                .object([
                    ("childMentions", .int(assessment.relevanceJudgement.directMentions)),
                    ("familyMentions", .int(assessment.relevanceJudgement.indirectMentions)),
                    ("terms", .array(assessment.relevanceJudgement.topTerms.map(JSONValue.string))),
                ])
            ),
            ("sections", .int(assessment.sectionCount)),
            ("words", .int(assessment.wordCount)),
            ("counts", counts(assessment.results)),
            ("results", .array(assessment.results.map { result($0, file: assessment.file) })),
            ("provisions", .array(assessment.provisions.map(provision))),
            ("unusedWaivers", .array(assessment.unusedWaivers.map(waiver))),
        ])
    }

    static func provision(_ provision: Provision) -> JSONValue {
        .object([
            ("number", .string(provision.number)),
            ("heading", .string(provision.heading)),
            ("location", location(provision.location, path: provision.path)),
            ("articles", .array(provision.articles.map(JSONValue.int))),
            (
                "engages",
                .array(
                    provision.engaged.map { item in
                        .object([("topic", .string(item.topic)), ("articles", .array(item.articles.map(JSONValue.int))), ("evidence", .string(item.evidence.text))])
                    })
            ),
            ("text", .string(provision.text)),
        ])
    }

    /// Results by outcome; waived ones apart, never folded into pass.
    static func counts(_ results: [RuleResult]) -> JSONValue {
        var counts = OutcomeCounts()
        for result in results { counts.add(result.outcome) }
        return .object([
            ("fail", .int(counts.fail)), ("review", .int(counts.review)), ("waived", .int(counts.waived)),
            ("pass", .int(counts.pass)), ("notApplicable", .int(counts.notApplicable)),
        ])
    }

    static func waiver(_ waiver: Waiver) -> JSONValue {
        .object([
            ("rule", .string(waiver.rule)),
            ("by", .string(waiver.by)),
            ("reason", .string(waiver.reason)),
            ("location", location(waiver.location, path: waiver.path)),
        ])
    }

    static func result(_ result: RuleResult, file: String) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("rule", .string(result.ruleID)),
            ("title", .string(result.title)),
            ("articles", .array(result.articles.map(JSONValue.int))),
            ("severity", .string(result.severity.rawValue)),
            ("outcome", .string(result.outcome.rawValue)),
            ("message", .string(result.message)),
        ]
        if result.isFinding { members.append(("guidance", .string(result.guidance))) }
        members += [
            ("location", location(result.location, path: result.path)),
            ("section", .optional(result.sectionTitle)),
            ("fingerprint", .string(result.fingerprint(file: file))),
            (
                "evidence",
                .array(
                    result.evidence.map { evidence in
                        .object([
                            ("text", .string(evidence.text)),
                            ("note", .optional(evidence.note)),
                            ("location", location(evidence.location, path: evidence.path)),
                        ])
                    })
            ),
        ]
        if let waiver = result.waiver {
            members.append(("waivedOutcome", .optional(result.waivedOutcome?.rawValue)))
            members.append(("waiver", self.waiver(waiver)))
        }
        return .object(members)
    }

    static func error(_ error: InputError) -> JSONValue {
        .object([
            ("file", .string(error.file)),
            ("line", .int(error.location.line)),
            ("column", .int(error.location.column)),
            ("message", .string(error.message)),
        ])
    }
}
