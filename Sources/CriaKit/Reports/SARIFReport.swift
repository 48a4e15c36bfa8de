import Foundation

/// SARIF 2.1.0 for code-scanning tools: one result per fail and review (and with
/// `includeAll`, per pass and notApplicable), fingerprints that survive line moves.
public enum SARIFReport {
    public static func render(_ assessments: [Assessment], errors: [InputError], pack: RulePack, includeAll: Bool, workingDirectory: String = FileManager.default.currentDirectoryPath) -> String {
        let ruleIndex = Dictionary(uniqueKeysWithValues: pack.rules.enumerated().map { ($1.id, $0) })
        var out = JSONBytes()
        writeLog(
            into: &out, executionSuccessful: errors.isEmpty, pack: pack, workingDirectory: workingDirectory,
            notifications: { out, level in
                var array = out.openArray(at: level)
                for error in errors {
                    out.startItem(in: &array)
                    writeNotification(error, workingDirectory: workingDirectory, into: &out, at: level + 1)
                }
                out.close(array: array)
            },
            results: { out, level in
                var array = out.openArray(at: level)
                for assessment in assessments {
                    for result in assessment.results where includeAll || result.outcome == .fail || result.outcome == .review || result.outcome == .waived {
                        out.startItem(in: &array)
                        writeResult(
                            result, file: assessment.file, documentKind: assessment.kind.kind, ruleIndex: ruleIndex[result.ruleID] ?? 0,
                            workingDirectory: workingDirectory, into: &out, at: level + 1)
                    }
                }
                out.close(array: array)
            })
        out.bytes.append(0x0A)
        return out.string
    }

    /// The whole log, written member by member as the pretty-printed JSON of the SARIF
    /// structure (no tree of values built first: for one check that tree cost more
    /// instructions than reading the document). `notifications` and `results` write their
    /// arrays at the level given; a batch writes markers there for its spooled arrays
    /// (`Splicer`).
    static func writeLog(
        into out: inout JSONBytes, executionSuccessful: Bool, pack: RulePack, workingDirectory: String,
        notifications: (inout JSONBytes, _ level: Int) -> Void, results: (inout JSONBytes, _ level: Int) -> Void
    ) {
        var log = out.openObject(at: 0)
        out.key("$schema", in: &log)
        out.writeString("https://json.schemastore.org/sarif-2.1.0.json")
        out.key("version", in: &log)
        out.writeString("2.1.0")
        out.key("runs", in: &log)
        var runs = out.openArray(at: 1)
        out.startItem(in: &runs)
        var run = out.openObject(at: 2)

        out.key("tool", in: &run)
        var tool = out.openObject(at: 3)
        out.key("driver", in: &tool)
        var driver = out.openObject(at: 4)
        out.key("name", in: &driver)
        out.writeString(ToolInfo.name)
        out.key("version", in: &driver)
        out.writeString(ToolInfo.version)
        out.key("informationUri", in: &driver)
        out.writeString(ToolInfo.informationURI)
        out.key("rules", in: &driver)
        var rules = out.openArray(at: 5)
        for rule in pack.rules {
            out.startItem(in: &rules)
            writeRuleDescriptor(rule, into: &out, at: 6)
        }
        out.close(array: rules)
        out.close(object: driver)
        out.close(object: tool)

        out.key("originalUriBaseIds", in: &run)
        var bases = out.openObject(at: 3)
        out.key("SRCROOT", in: &bases)
        var sourceRoot = out.openObject(at: 4)
        out.key("uri", in: &sourceRoot)
        out.writeString(directoryURI(workingDirectory))
        out.close(object: sourceRoot)
        out.close(object: bases)

        out.key("invocations", in: &run)
        var invocations = out.openArray(at: 3)
        out.startItem(in: &invocations)
        var invocation = out.openObject(at: 4)
        out.key("executionSuccessful", in: &invocation)
        out.writeBool(executionSuccessful)
        out.key("toolExecutionNotifications", in: &invocation)
        notifications(&out, 5)
        out.close(object: invocation)
        out.close(array: invocations)

        out.key("results", in: &run)
        results(&out, 3)
        out.close(object: run)
        out.close(array: runs)
        out.close(object: log)
    }

    /// An input that could not be read, as a tool execution notification.
    static func writeNotification(_ error: InputError, workingDirectory: String, into out: inout JSONBytes, at level: Int) {
        var notification = out.openObject(at: level)
        out.key("level", in: &notification)
        out.writeString("error")
        out.key("message", in: &notification)
        writeText(error.message, into: &out, at: level + 1)
        out.key("locations", in: &notification)
        var locations = out.openArray(at: level + 1)
        out.startItem(in: &locations)
        writeLocation(file: error.file, location: error.location, workingDirectory: workingDirectory, into: &out, at: level + 2)
        out.close(array: locations)
        out.close(object: notification)
    }

    /// A rule's entry in the log's rule list. Every check writes all of them, so the strings
    /// made only to be written (the camel-case name, the help text with its references, the
    /// article tags) are written piece by piece instead.
    static func writeRuleDescriptor(_ rule: Rule, into out: inout JSONBytes, at level: Int) {
        var descriptor = out.openObject(at: level)
        out.key("id", in: &descriptor)
        out.writeString(rule.id)
        out.key("name", in: &descriptor)
        writeCamelName(rule.id, into: &out)
        out.key("shortDescription", in: &descriptor)
        writeText(rule.title, into: &out, at: level + 1)
        out.key("fullDescription", in: &descriptor)
        writeText(rule.message, into: &out, at: level + 1)
        out.key("help", in: &descriptor)
        var help = out.openObject(at: level + 1)
        out.key("text", in: &help)
        // The guidance, then "\n\nReferences: " and the references joined by "; ".
        out.bytes.append(0x22)
        out.appendEscaped(rule.guidance.trimmingWhitespace)
        for (number, reference) in rule.references.enumerated() {
            out.append(number == 0 ? "\\n\\nReferences: " : "; ")
            out.appendEscaped(reference)
        }
        out.bytes.append(0x22)
        out.close(object: help)
        out.key("defaultConfiguration", in: &descriptor)
        var configuration = out.openObject(at: level + 1)
        out.key("level", in: &configuration)
        out.writeString(self.level(rule.severity))
        out.close(object: configuration)
        out.key("properties", in: &descriptor)
        var properties = out.openObject(at: level + 1)
        out.key("tags", in: &properties)
        var tags = out.openArray(at: level + 2)
        for article in rule.articles {
            out.startItem(in: &tags)
            out.append("\"UNCRC-")
            out.writeInt(article)
            out.bytes.append(0x22)
        }
        out.startItem(in: &tags)
        out.writeString("child-rights")
        out.close(array: tags)
        out.key("references", in: &properties)
        out.writeArray(rule.references, at: level + 2)
        out.close(object: properties)
        out.close(object: descriptor)
    }

    static func writeResult(
        _ result: RuleResult, file: String, documentKind: DocumentKind, ruleIndex: Int, workingDirectory: String,
        into out: inout JSONBytes, at level: Int
    ) {
        var text = result.message
        if let section = result.sectionTitle, !section.isEmpty { text += " (section: \(section))" }
        // A waived result keeps the kind and level it would have had, with an in-source
        // suppression carrying the reason: code scanning shows it as dismissed, not gone.
        let outcome = result.waivedOutcome ?? result.outcome
        var members = out.openObject(at: level)
        out.key("ruleId", in: &members)
        out.writeString(result.ruleID)
        out.key("ruleIndex", in: &members)
        out.writeInt(ruleIndex)
        out.key("kind", in: &members)
        out.writeString(kind(outcome))
        out.key("level", in: &members)
        out.writeString(outcome == .fail ? self.level(result.severity) : "none")
        out.key("message", in: &members)
        writeText(text, into: &out, at: level + 1)
        out.key("locations", in: &members)
        var locations = out.openArray(at: level + 1)
        out.startItem(in: &locations)
        writeLocation(file: file, location: result.location, workingDirectory: workingDirectory, logicalPath: result.path, into: &out, at: level + 2)
        out.close(array: locations)
        out.key("partialFingerprints", in: &members)
        var fingerprints = out.openObject(at: level + 1)
        out.key("criaFingerprint/v1", in: &fingerprints)
        out.writeString(result.fingerprint(file: file))
        out.close(object: fingerprints)
        out.key("properties", in: &members)
        var properties = out.openObject(at: level + 1)
        out.key("articles", in: &properties)
        out.writeArray(result.articles, at: level + 2)
        out.key("documentKind", in: &properties)
        out.writeString(documentKind.rawValue)
        out.key("evidence", in: &properties)
        out.writeArray(result.evidence.lazy.map(\.text), at: level + 2)
        out.close(object: properties)
        if let waiver = result.waiver {
            out.key("suppressions", in: &members)
            var suppressions = out.openArray(at: level + 1)
            out.startItem(in: &suppressions)
            var suppression = out.openObject(at: level + 2)
            out.key("kind", in: &suppression)
            out.writeString("inSource")
            out.key("status", in: &suppression)
            out.writeString("accepted")
            out.key("justification", in: &suppression)
            out.writeString("\(waiver.reason) (waived by \(waiver.by))")
            out.key("location", in: &suppression)
            writeLocation(file: file, location: waiver.location, workingDirectory: workingDirectory, logicalPath: waiver.path, into: &out, at: level + 3)
            out.close(object: suppression)
            out.close(array: suppressions)
        }
        out.close(object: members)
    }

    /// `{"text": …}`, SARIF's message object.
    private static func writeText(_ text: String, into out: inout JSONBytes, at level: Int) {
        var message = out.openObject(at: level)
        out.key("text", in: &message)
        out.writeString(text)
        out.close(object: message)
    }

    /// SARIF result kinds: fail, review ("review" is a SARIF kind), pass, notApplicable.
    static func kind(_ outcome: Outcome) -> String {
        outcome == .waived ? "fail" : outcome.rawValue
    }

    static func writeLocation(
        file: String, location: SourceLocation, workingDirectory: String, logicalPath: String? = nil, into out: inout JSONBytes, at level: Int
    ) {
        var members = out.openObject(at: level)
        out.key("physicalLocation", in: &members)
        var physical = out.openObject(at: level + 1)
        out.key("artifactLocation", in: &physical)
        writeArtifactLocation(file: file, workingDirectory: workingDirectory, into: &out, at: level + 2)
        if location.isKnown {
            out.key("region", in: &physical)
            var region = out.openObject(at: level + 2)
            out.key("startLine", in: &region)
            out.writeInt(location.line)
            if location.column > 0 {
                out.key("startColumn", in: &region)
                out.writeInt(location.column)
            }
            out.close(object: region)
        }
        out.close(object: physical)
        if let logicalPath, !logicalPath.isEmpty {
            out.key("logicalLocations", in: &members)
            var logical = out.openArray(at: level + 1)
            out.startItem(in: &logical)
            var element = out.openObject(at: level + 2)
            out.key("fullyQualifiedName", in: &element)
            out.writeString(logicalPath)
            out.key("kind", in: &element)
            out.writeString("element")
            out.close(object: element)
            out.close(array: logical)
        }
        out.close(object: members)
    }

    static func writeArtifactLocation(file: String, workingDirectory: String, into out: inout JSONBytes, at level: Int) {
        var artifact = out.openObject(at: level)
        var relative = file
        if file.hasPrefix("/") {
            if file.hasPrefix(workingDirectory + "/") {
                relative = String(file.dropFirst(workingDirectory.count + 1))
            } else {
                out.key("uri", in: &artifact)
                out.writeString(URL(fileURLWithPath: file).absoluteString)
                out.close(object: artifact)
                return
            }
        }
        if relative.hasPrefix("./") { relative.removeFirst(2) }
        out.key("uri", in: &artifact)
        out.writeString(relative.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? relative)
        out.key("uriBaseId", in: &artifact)
        out.writeString("SRCROOT")
        out.close(object: artifact)
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
        var name: [UInt8] = []
        name.reserveCapacity(id.utf8.count)
        appendCamelName(asciiID: id, to: &name)
        return String(decoding: name, as: UTF8.self)
    }

    /// `camelName(id)` as a JSON string, its bytes appended straight to `out` when the id is
    /// ASCII with nothing to escape (as every id of the bundled pack is).
    static func writeCamelName(_ id: String, into out: inout JSONBytes) {
        guard id.utf8.allSatisfy({ $0 < 0x80 && !JSONEscapes.needsEscape($0) }) else {
            out.writeString(camelName(id))
            return
        }
        out.bytes.append(0x22)
        appendCamelName(asciiID: id, to: &out.bytes)
        out.bytes.append(0x22)
    }

    /// Byte by byte for ASCII ids: each part after the first starts with its letter in upper
    /// case; `uppercased()` costs thousands of instructions.
    private static func appendCamelName(asciiID id: String, to name: inout [UInt8]) {
        var atPartStart = true, wroteAny = false
        for byte in id.utf8 {
            if byte == UInt8(ascii: "-") {
                atPartStart = true
                continue
            }
            let isLower = byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")
            name.append(atPartStart && wroteAny && isLower ? byte - 0x20 : byte)
            atPartStart = false
            wroteAny = true
        }
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
