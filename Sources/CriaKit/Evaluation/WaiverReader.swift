public enum WaiverReader {
    /// Whether a node is a waiver (or the JSON list of them): never prose, never a section.
    static func isWaiver(_ node: DocumentNode) -> Bool {
        let key = StructureVocabulary.key(node.label)
        return StructureVocabulary.waiverLabels.contains(key) || (key == "waiver" && node.kind == .element && node.attribute("rule") != nil)
    }

    /// Keys of the labels a waiver or a list of them has.
    static let labelKeys: Set<String> = ["criawaiver", "waiver", "criawaivers"]
    private static let waiverKeys = WantedKeys(labelKeys)

    /// Every waiver in the document, in document order. Throws a located `InputError` for a
    /// waiver without a rule, a reason or a `by`.
    public static func read(_ document: Document) throws -> [Waiver] {
        // Most labels are turned away without their key being made.
        try read(document, labelKey: { waiverKeys.match($0.label) })
    }

    /// `read`, with `labelKey` shown every node on the way (so that one walk serves two
    /// reads): it gives the key of the node's label if that may be one of `labelKeys`, else nil.
    static func read(_ document: Document, labelKey: (DocumentNode) -> String?) throws -> [Waiver] {
        var waivers: [Waiver] = []
        var failure: InputError?
        document.root.walk { node in
            let key = labelKey(node)
            guard failure == nil, node.kind == .element || node.kind == .array, let key else { return }
            do {
                if node.kind == .element {
                    guard key == "criawaiver" || (key == "waiver" && node.attribute("rule") != nil) else { return }
                    let text = node.fullText.trimmingWhitespace
                    waivers.append(
                        try make(
                            rule: node.attribute("rule"), by: node.attribute("by"),
                            reason: node.attribute("reason") ?? (text.isEmpty ? nil : text),
                            node: node, file: document.file, syntax: "<\(node.label)>"))
                } else if key == "criawaivers" {
                    for item in node.children {
                        guard item.kind == .object else {
                            throw InputError(file: document.file, location: item.location, message: "each item of `\(node.label)` must be an object with `rule`, `by` and `reason`")
                        }
                        func member(_ name: String) -> String? {
                            item.children.first { $0.label == name && $0.kind == .value }.map { $0.fullText }
                        }
                        waivers.append(
                            try make(
                                rule: member("rule"), by: member("by"), reason: member("reason"),
                                node: item, file: document.file, syntax: "a `\(node.label)` item"))
                    }
                }
            } catch let error as InputError {
                failure = error
            } catch {}
        }
        if let failure { throw failure }
        return waivers
    }

    private static func make(rule: String?, by: String?, reason: String?, node: DocumentNode, file: String, syntax: String) throws -> Waiver {
        func clean(_ text: String?) -> String? {
            guard let text = text?.trimmingWhitespace, !text.isEmpty else { return nil }
            return text
        }
        guard let rule = clean(rule) else {
            throw InputError(file: file, location: node.location, message: "waiver (\(syntax)) names no `rule`")
        }
        guard let reason = clean(reason) else {
            throw InputError(file: file, location: node.location, message: "waiver of '\(rule)' gives no `reason`: say why the rule does not apply or where it is addressed")
        }
        guard let by = clean(by) else {
            throw InputError(file: file, location: node.location, message: "waiver of '\(rule)' does not say who decided (`by`: a person or role)")
        }
        return Waiver(rule: rule, by: by, reason: reason, file: file, location: node.location, path: node.path)
    }

    /// Rejects waivers naming a rule the pack does not know (located at the waiver).
    public static func validate(_ waivers: [Waiver], known: Set<String>) throws {
        for waiver in waivers where !known.contains(waiver.rule) {
            throw InputError(file: waiver.file, location: waiver.location, message: "waiver names unknown rule '\(waiver.rule)'\(suggestion(waiver.rule, among: known))")
        }
    }

    /// Turns each waived fail or review into `waived` (keeping its original outcome) and
    /// lists the waivers that matched nothing. Waivers of disabled rules are neither.
    public static func apply(_ waivers: [Waiver], to assessment: Assessment, disabled: Set<String> = []) -> Assessment {
        var assessment = assessment
        if waivers.isEmpty {
            assessment.unusedWaivers = []
            return assessment
        }
        var used = Set<Int>()
        assessment.results = assessment.results.map { result in
            guard result.outcome == .fail || result.outcome == .review,
                let number = waivers.indices.first(where: { !used.contains($0) && waivers[$0].rule == result.ruleID })
            else { return result }
            used.insert(number)
            var waived = RuleResult(
                ruleID: result.ruleID, title: result.title, articles: result.articles, severity: result.severity,
                outcome: .waived, message: result.message, location: result.location, path: result.path,
                sectionTitle: result.sectionTitle, evidence: result.evidence)
            waived.waiver = waivers[number]
            waived.guidance = result.guidance
            waived.place = result.place
            waived.waivedOutcome = result.outcome
            return waived
        }
        assessment.unusedWaivers = waivers.indices.filter { !used.contains($0) && !disabled.contains(waivers[$0].rule) }.map { waivers[$0] }
        return assessment
    }
}
