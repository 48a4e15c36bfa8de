import Foundation

/// SARIF 2.1.0 for code-scanning tools: one result per fail and review (and with
/// `includeAll`, per pass and notApplicable), fingerprints that survive line moves.
public enum SARIFReport {
    public static func render(_ assessments: [Assessment], errors: [InputError], pack: RulePack, includeAll: Bool, workingDirectory: String = FileManager.default.currentDirectoryPath) -> String {
        let ruleIndex = Dictionary(uniqueKeysWithValues: pack.rules.enumerated().map { ($1.id, $0) })
        var results: [JSONValue] = []
        for assessment in assessments {
            for result in assessment.results where includeAll || result.outcome == .fail || result.outcome == .review || result.outcome == .waived {
                results.append(sarifResult(result, file: assessment.file, documentKind: assessment.kind.kind, ruleIndex: ruleIndex[result.ruleID] ?? 0, workingDirectory: workingDirectory))
            }
        }
        let notifications = errors.map { notification($0, workingDirectory: workingDirectory) }
        return log(
            results: .array(results), notifications: .array(notifications), executionSuccessful: errors.isEmpty,
            pack: pack, workingDirectory: workingDirectory
        ).serialized() + "\n"
    }

    /// The whole log around its results and notifications, which a batch passes as markers
    /// for its spooled arrays (`Splicer`).
    static func log(results: JSONValue, notifications: JSONValue, executionSuccessful: Bool, pack: RulePack, workingDirectory: String) -> JSONValue {
        let run: JSONValue = .object([
            (
                "tool",
                .object([
                    (
                        "driver",
                        .object([
                            ("name", .string(ToolInfo.name)),
                            ("version", .string(ToolInfo.version)),
                            ("informationUri", .string(ToolInfo.informationURI)),
                            ("rules", .array(pack.rules.map(ruleDescriptor))),
                        ])
                    )
                ])
            ),
            ("originalUriBaseIds", .object([("SRCROOT", .object([("uri", .string(directoryURI(workingDirectory)))]))])),
            (
                "invocations",
                .array([
                    .object([
                        ("executionSuccessful", .bool(executionSuccessful)),
                        ("toolExecutionNotifications", notifications),
                    ])
                ])
            ),
            ("results", results),
        ])
        return JSONValue.object([
            ("$schema", .string("https://json.schemastore.org/sarif-2.1.0.json")),
            ("version", .string("2.1.0")),
            ("runs", .array([run])),
        ])
    }

    /// An input that could not be read, as a tool execution notification.
    static func notification(_ error: InputError, workingDirectory: String) -> JSONValue {
        .object([
            ("level", .string("error")),
            ("message", .object([("text", .string(error.message))])),
            ("locations", .array([physicalLocation(file: error.file, location: error.location, workingDirectory: workingDirectory)])),
        ])
    }

    static func ruleDescriptor(_ rule: Rule) -> JSONValue {
        var help = rule.guidance.trimmingWhitespace
        if !rule.references.isEmpty { help += "\n\nReferences: " + rule.references.joined(separator: "; ") }
        return .object([
            ("id", .string(rule.id)),
            ("name", .string(camelName(rule.id))),
            ("shortDescription", .object([("text", .string(rule.title))])),
            ("fullDescription", .object([("text", .string(rule.message))])),
            ("help", .object([("text", .string(help))])),
            ("defaultConfiguration", .object([("level", .string(level(rule.severity)))])),
            (
                "properties",
                .object([
                    ("tags", .array((rule.articles.map { "UNCRC-\($0)" } + ["child-rights"]).map(JSONValue.string))),
                    ("references", .array(rule.references.map(JSONValue.string))),
                ])
            ),
        ])
    }

    static func sarifResult(_ result: RuleResult, file: String, documentKind: DocumentKind, ruleIndex: Int, workingDirectory: String) -> JSONValue {
        var text = result.message
        if let section = result.sectionTitle, !section.isEmpty { text += " (section: \(section))" }
        // A waived result keeps the kind and level it would have had, with an in-source
        // suppression carrying the reason: code scanning shows it as dismissed, not gone.
        let outcome = result.waivedOutcome ?? result.outcome
        var members: [(String, JSONValue)] = [
            ("ruleId", .string(result.ruleID)),
            ("ruleIndex", .int(ruleIndex)),
            ("kind", .string(kind(outcome))),
            ("level", .string(outcome == .fail ? level(result.severity) : "none")),
            ("message", .object([("text", .string(text))])),
            ("locations", .array([physicalLocation(file: file, location: result.location, workingDirectory: workingDirectory, logicalPath: result.path)])),
            ("partialFingerprints", .object([("criaFingerprint/v1", .string(result.fingerprint(file: file)))])),
            (
                "properties",
                .object([
                    ("articles", .array(result.articles.map(JSONValue.int))),
                    ("documentKind", .string(documentKind.rawValue)),
                    ("evidence", .array(result.evidence.map { .string($0.text) })),
                ])
            ),
        ]
        if let waiver = result.waiver {
            members.append(
                (
                    "suppressions",
                    .array([
                        .object([
                            ("kind", .string("inSource")),
                            ("status", .string("accepted")),
                            ("justification", .string("\(waiver.reason) (waived by \(waiver.by))")),
                            ("location", physicalLocation(file: file, location: waiver.location, workingDirectory: workingDirectory, logicalPath: waiver.path)),
                        ])
                    ])
                ))
        }
        return .object(members)
    }

    /// SARIF result kinds: fail, review ("review" is a SARIF kind), pass, notApplicable.
    static func kind(_ outcome: Outcome) -> String {
        outcome == .waived ? "fail" : outcome.rawValue
    }

    static func physicalLocation(file: String, location: SourceLocation, workingDirectory: String, logicalPath: String? = nil) -> JSONValue {
        var region: [(String, JSONValue)] = []
        if location.isKnown {
            region.append(("startLine", .int(location.line)))
            if location.column > 0 { region.append(("startColumn", .int(location.column))) }
        }
        var physical: [(String, JSONValue)] = [("artifactLocation", artifactLocation(file: file, workingDirectory: workingDirectory))]
        if !region.isEmpty { physical.append(("region", .object(region))) }
        var members: [(String, JSONValue)] = [("physicalLocation", .object(physical))]
        if let logicalPath, !logicalPath.isEmpty {
            members.append(("logicalLocations", .array([.object([("fullyQualifiedName", .string(logicalPath)), ("kind", .string("element"))])])))
        }
        return .object(members)
    }

    static func artifactLocation(file: String, workingDirectory: String) -> JSONValue {
        var relative = file
        if file.hasPrefix("/") {
            if file.hasPrefix(workingDirectory + "/") {
                relative = String(file.dropFirst(workingDirectory.count + 1))
            } else {
                return .object([("uri", .string(URL(fileURLWithPath: file).absoluteString))])
            }
        }
        if relative.hasPrefix("./") { relative.removeFirst(2) }
        let encoded = relative.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? relative
        return .object([("uri", .string(encoded)), ("uriBaseId", .string("SRCROOT"))])
    }

    static func directoryURI(_ directory: String) -> String {
        let url = URL(fileURLWithPath: directory, isDirectory: true).absoluteString
        return url.hasSuffix("/") ? url : url + "/"
    }

    static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .info: "note"
        }
    }

    static func camelName(_ id: String) -> String {
        guard id.utf8.allSatisfy({ $0 < 0x80 }) else { return camelNameOfAnyText(id) }
        // Byte by byte for ASCII ids (all of the bundled pack's): each part after the first
        // starts with its letter in upper case; `uppercased()` costs thousands of instructions.
        var name: [UInt8] = []
        name.reserveCapacity(id.utf8.count)
        var atPartStart = true
        for byte in id.utf8 {
            if byte == UInt8(ascii: "-") {
                atPartStart = true
                continue
            }
            let isLower = byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")
            name.append(atPartStart && !name.isEmpty && isLower ? byte - 0x20 : byte)
            atPartStart = false
        }
        return String(decoding: name, as: UTF8.self)
    }

    static func camelNameOfAnyText(_ id: String) -> String {
        let parts = id.split(separator: "-")
        return parts.enumerated().map { $0 == 0 ? String($1) : $1.prefix(1).uppercased() + $1.dropFirst() }.joined()
    }
}

extension SARIFReport: ReportFormat {
    public static let name = "sarif"
    public static let title = "SARIF"
    public static let fileExtension = "sarif"
    public static let mediaType = "application/sarif+json; charset=utf-8"

    /// Only fails, reviews and waived results, streamed (a batch has no `--sarif-all`).
    public static func batchStream(to path: String, setup: BatchStreamSetup) throws -> any BatchReportStream {
        try BatchSARIFFile(path: path, setup: setup)
    }

    public static func render(_ report: CheckReport) -> String {
        render(report.assessments, errors: report.errors, pack: report.pack.pack, includeAll: report.sarifAll, workingDirectory: report.workingDirectory)
    }
}
