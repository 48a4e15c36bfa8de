/// The JSON report's parts written straight as bytes: the same text `JSONReport.document`
/// and its parts give once serialized, without building and tearing down the tree.
extension JSONReport {
    /// `document(assessment)` serialized as if nested `indent` levels deep.
    /// With `heads`, each result's opening is copied from what an earlier document's same
    /// result wrote, where they agree.
    static func writeDocument(_ assessment: Assessment, at indent: Int, into out: inout JSONBytes, heads: ResultHeads? = nil) {
        var object = out.openObject(at: indent)
        out.key("file", in: &object); out.writeString(assessment.file)
        out.key("format", in: &object); out.writeString(assessment.format.rawValue)
        out.key("kind", in: &object); out.writeString(assessment.kind.kind.rawValue)
        out.key("kindBasis", in: &object)
        var kindBasis = out.openObject(at: indent + 1)
        out.key("source", in: &kindBasis); out.writeString(assessment.kind.source.rawValue)
        out.key("evidence", in: &kindBasis); out.writeString(assessment.kind.evidence)
        out.close(object: kindBasis)
        out.key("title", in: &object); out.writeOptional(assessment.metadata.title)
        out.key("department", in: &object); out.writeOptional(assessment.metadata.department)
        out.key("date", in: &object); out.writeOptional(assessment.metadata.date)
        out.key("reference", in: &object); out.writeOptional(assessment.metadata.reference)
        out.key("type", in: &object); out.writeOptional(assessment.documentType)
        out.key("govukPath", in: &object); out.writeOptional(assessment.govukPath)
        out.key("source", in: &object); out.writeString(assessment.source ?? assessment.file)
        out.key("contentHash", in: &object)
        if let hash = assessment.contentHash { out.writeHex(hash) } else { out.append("null") }
        out.key("relevance", in: &object); out.writeString(assessment.relevance.rawValue)
        out.key("relevanceBasis", in: &object)
        var basis = out.openObject(at: indent + 1)
        out.key("childMentions", in: &basis); out.writeInt(assessment.relevanceJudgement.directMentions)
        out.key("familyMentions", in: &basis); out.writeInt(assessment.relevanceJudgement.indirectMentions)
        out.key("terms", in: &basis)
        out.writeArray(assessment.relevanceJudgement.topTerms, at: indent + 2)
        if assessment.relevanceJudgement.childrenOnlyAsDependants {
            out.key("childrenOnlyAsDependants", in: &basis); out.append("true")
        }
        if assessment.relevanceJudgement.provisionsActOnChildren {
            out.key("provisionsActOnChildren", in: &basis); out.append("true")
        }
        if assessment.relevanceJudgement.provisionsPayChildren {
            out.key("provisionsPayChildren", in: &basis); out.append("true")
        }
        if assessment.relevanceJudgement.offenceAgainstChildren {
            out.key("offenceAgainstChildren", in: &basis); out.append("true")
        }
        if assessment.relevanceJudgement.childrenInNoProvision {
            out.key("childrenInNoProvision", in: &basis); out.append("true")
        }
        out.close(object: basis)
        out.key("sections", in: &object); out.writeInt(assessment.sectionCount)
        out.key("words", in: &object); out.writeInt(assessment.wordCount)
        out.key("counts", in: &object); writeCounts(assessment.results, at: indent + 1, into: &out)
        out.key("results", in: &object)
        var results = out.openArray(at: indent + 1)
        for (position, result) in assessment.results.enumerated() {
            out.startItem(in: &results)
            writeResult(result, file: assessment.file, at: indent + 2, into: &out, heads: heads, position: position)
        }
        out.close(array: results)
        out.key("provisions", in: &object)
        var provisions = out.openArray(at: indent + 1)
        for provision in assessment.provisions {
            out.startItem(in: &provisions)
            writeProvision(provision, at: indent + 2, into: &out)
        }
        out.close(array: provisions)
        out.key("unusedWaivers", in: &object)
        var waivers = out.openArray(at: indent + 1)
        for waiver in assessment.unusedWaivers {
            out.startItem(in: &waivers)
            writeWaiver(waiver, at: indent + 2, into: &out)
        }
        out.close(array: waivers)
        out.close(object: object)
    }

    /// A provision of legislation that affects children, with the articles it engages.
    static func writeProvision(_ provision: Provision, at indent: Int, into out: inout JSONBytes) {
        var object = out.openObject(at: indent)
        out.key("number", in: &object); out.writeString(provision.number)
        out.key("heading", in: &object); out.writeString(provision.heading)
        out.key("location", in: &object); writeLocation(provision.location, path: provision.path, at: indent + 1, into: &out)
        out.key("articles", in: &object)
        out.writeArray(provision.articles, at: indent + 1)
        out.key("engages", in: &object)
        var engaged = out.openArray(at: indent + 1)
        for item in provision.engaged {
            out.startItem(in: &engaged)
            var entry = out.openObject(at: indent + 2)
            out.key("topic", in: &entry); out.writeString(item.topic)
            out.key("articles", in: &entry)
            out.writeArray(item.articles, at: indent + 3)
            out.key("evidence", in: &entry); out.writeString(item.evidence.text)
            out.close(object: entry)
        }
        out.close(array: engaged)
        out.key("text", in: &object); out.writeString(provision.text)
        out.close(object: object)
    }

    /// `counts(results)` serialized at `indent`.
    static func writeCounts(_ results: [RuleResult], at indent: Int, into out: inout JSONBytes) {
        var counts = OutcomeCounts()
        for result in results { counts.add(result.outcome) }
        var object = out.openObject(at: indent)
        out.key("fail", in: &object); out.writeInt(counts.fail)
        out.key("review", in: &object); out.writeInt(counts.review)
        out.key("waived", in: &object); out.writeInt(counts.waived)
        out.key("pass", in: &object); out.writeInt(counts.pass)
        out.key("notApplicable", in: &object); out.writeInt(counts.notApplicable)
        out.close(object: object)
    }

    /// `result(result, file: file)` serialized at `indent`.
    /// `heads` and `position` (the result's place in its document's results): see `ResultHeads`.
    static func writeResult(
        _ result: RuleResult, file: String, at indent: Int, into out: inout JSONBytes,
        heads: ResultHeads? = nil, position: Int = 0
    ) {
        var object: JSONBytes.Container
        if let head = heads?.head(of: result, at: indent, position: position) {
            out.bytes.append(contentsOf: head)
            object = JSONBytes.Container(indent: indent, entries: ResultHeads.entries + (result.isFinding ? 1 : 0))
        } else {
            let start = out.bytes.count
            object = out.openObject(at: indent)
            out.key("rule", in: &object); out.writeString(result.ruleID)
            out.key("title", in: &object); out.writeString(result.title)
            out.key("articles", in: &object)
            out.writeArray(result.articles, at: indent + 1)
            out.key("severity", in: &object); out.writeString(result.severity.rawValue)
            out.key("outcome", in: &object); out.writeString(result.outcome.rawValue)
            out.key("message", in: &object); out.writeString(result.message)
            if result.isFinding {
                out.key("guidance", in: &object); out.writeString(result.guidance)
            }
            heads?.keep(Array(out.bytes[start...]), of: result, at: indent, position: position)
        }
        out.key("location", in: &object); writeLocation(result.location, path: result.path, at: indent + 1, into: &out)
        out.key("section", in: &object); out.writeOptional(result.sectionTitle)
        out.key("fingerprint", in: &object); out.writeHex(result.fingerprintHash(file: file))
        out.key("evidence", in: &object)
        var evidence = out.openArray(at: indent + 1)
        for item in result.evidence {
            out.startItem(in: &evidence)
            var quoted = out.openObject(at: indent + 2)
            out.key("text", in: &quoted); out.writeString(item.text)
            out.key("note", in: &quoted); out.writeOptional(item.note)
            out.key("location", in: &quoted); writeLocation(item.location, path: item.path, at: indent + 3, into: &out)
            out.close(object: quoted)
        }
        out.close(array: evidence)
        if let waiver = result.waiver {
            out.key("waivedOutcome", in: &object); out.writeOptional(result.waivedOutcome?.rawValue)
            out.key("waiver", in: &object); writeWaiver(waiver, at: indent + 1, into: &out)
        }
        out.close(object: object)
    }

    /// `waiver(waiver)` serialized at `indent`.
    static func writeWaiver(_ waiver: Waiver, at indent: Int, into out: inout JSONBytes) {
        var object = out.openObject(at: indent)
        out.key("rule", in: &object); out.writeString(waiver.rule)
        out.key("by", in: &object); out.writeString(waiver.by)
        out.key("reason", in: &object); out.writeString(waiver.reason)
        out.key("location", in: &object); writeLocation(waiver.location, path: waiver.path, at: indent + 1, into: &out)
        out.close(object: object)
    }

    /// `location(location, path: path)` serialized at `indent`.
    static func writeLocation(_ location: SourceLocation, path: String, at indent: Int, into out: inout JSONBytes) {
        var object = out.openObject(at: indent)
        out.key("line", in: &object)
        if location.isKnown { out.writeInt(location.line) } else { out.append("null") }
        out.key("column", in: &object)
        if location.isKnown { out.writeInt(location.column) } else { out.append("null") }
        out.key("path", in: &object); out.writeString(path)
        out.close(object: object)
    }

    /// `error(error)` serialized at `indent`.
    static func writeError(_ error: InputError, at indent: Int, into out: inout JSONBytes) {
        var object = out.openObject(at: indent)
        out.key("file", in: &object); out.writeString(error.file)
        out.key("line", in: &object); out.writeInt(error.location.line)
        out.key("column", in: &object); out.writeInt(error.location.column)
        out.key("message", in: &object); out.writeString(error.message)
        out.close(object: object)
    }
}
