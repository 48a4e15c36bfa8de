/// `--format junit`: one `<testsuite>` per document, one `<testcase>` per document × rule
/// (classname = file, name = rule id), for CI systems that show test reports.
///
/// - fail → `<failure message type="SEVERITY">` with location and evidence as text;
/// - review → `<skipped message="review: ...">`: a person must judge, and reviews never
///   fail a build;
/// - waived → `<skipped message="waived by WHO: REASON">`;
/// - notApplicable → `<skipped message="not applicable">`; pass → an empty testcase;
/// - an input that cannot be read → a testsuite with one `<error>` testcase.
public enum JUnitReport {
    public static func render(_ assessments: [Assessment], errors: [InputError]) -> String {
        var suites: [String] = []
        var total = (tests: 0, failures: 0, skipped: 0, errors: 0)
        for assessment in assessments {
            var cases: [String] = []
            var failures = 0, skipped = 0
            for result in assessment.results {
                let open = "    <testcase classname=\"\(escape(assessment.file))\" name=\"\(escape(result.ruleID))\""
                switch result.outcome {
                case .pass:
                    cases.append(open + "/>")
                case .fail:
                    failures += 1
                    var body = "\(assessment.file):\(result.location.line):\(result.location.column): \(result.severity.rawValue): \(result.message) [\(result.ruleID)]"
                    if let section = result.sectionTitle, !section.isEmpty { body += "\nsection: \(section)" }
                    body += "\npath: \(result.path)"
                    for evidence in result.evidence {
                        body += "\nevidence \(evidence.location.line):\(evidence.location.column): \(evidence.note.map { $0 + ": " } ?? "")\(evidence.text)"
                    }
                    cases.append(open + ">\n      <failure message=\"\(escape(result.message))\" type=\"\(result.severity.rawValue)\">\(escape(body))</failure>\n    </testcase>")
                case .review:
                    skipped += 1
                    cases.append(open + ">\n      <skipped message=\"\(escape("review: " + result.message))\"/>\n    </testcase>")
                case .waived:
                    skipped += 1
                    let waiver = result.waiver
                    cases.append(open + ">\n      <skipped message=\"\(escape("waived by \(waiver?.by ?? "?"): \(waiver?.reason ?? "")"))\"/>\n    </testcase>")
                case .notApplicable:
                    skipped += 1
                    cases.append(open + ">\n      <skipped message=\"not applicable\"/>\n    </testcase>")
                }
            }
            total.tests += assessment.results.count
            total.failures += failures
            total.skipped += skipped
            suites.append("  <testsuite name=\"\(escape(assessment.file))\" tests=\"\(assessment.results.count)\" failures=\"\(failures)\" errors=\"0\" skipped=\"\(skipped)\">\n"
                + cases.map { $0 + "\n" }.joined() + "  </testsuite>")
        }
        for error in errors {
            total.tests += 1
            total.errors += 1
            suites.append("  <testsuite name=\"\(escape(error.file))\" tests=\"1\" failures=\"0\" errors=\"1\" skipped=\"0\">\n"
                + "    <testcase classname=\"\(escape(error.file))\" name=\"read\">\n"
                + "      <error message=\"\(escape(error.message))\" type=\"input\">\(escape(error.description))</error>\n"
                + "    </testcase>\n  </testsuite>")
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<testsuites name=\"\(ToolInfo.name)\" tests=\"\(total.tests)\" failures=\"\(total.failures)\" errors=\"\(total.errors)\" skipped=\"\(total.skipped)\">\n"
            + suites.map { $0 + "\n" }.joined()
            + "</testsuites>\n"
    }

    /// Escapes text for an XML attribute or element; drops characters XML 1.0 forbids.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\n": out += "&#10;"
            case "\r": out += "&#13;"
            case "\t": out += "&#9;"
            case _ where scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF: continue
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}

/// `--format github`: GitHub Actions workflow commands, shown as annotations on the files
/// of a pull request. Fails by severity (`error`, `warning`, info → `notice`), reviews as
/// `notice`, unused waivers as `warning`, unreadable inputs as `error`. Waived results are
/// not annotated (they are counted in every other format).
public enum GitHubReport {
    public static func render(_ assessments: [Assessment], errors: [InputError]) -> String {
        var out = ""
        for error in errors {
            out += command("error", file: error.file, location: error.location, title: "cria: cannot read", message: error.message)
        }
        for assessment in assessments {
            for result in assessment.results {
                let level: String
                switch result.outcome {
                case .fail: level = result.severity == .error ? "error" : result.severity == .warning ? "warning" : "notice"
                case .review: level = "notice"
                default: continue
                }
                var message = result.outcome == .review ? "Review: \(result.message)" : result.message
                if let section = result.sectionTitle, !section.isEmpty { message += " (section: \(section))" }
                if let evidence = result.evidence.first { message += "\n\(evidence.text)" }
                out += command(level, file: assessment.file, location: result.location, title: result.ruleID, message: message)
            }
            for waiver in assessment.unusedWaivers {
                out += command("warning", file: assessment.file, location: waiver.location, title: waiver.rule,
                               message: "Unused waiver of '\(waiver.rule)': the rule has no fail or review here to waive")
            }
        }
        return out
    }

    static func command(_ level: String, file: String, location: SourceLocation, title: String, message: String) -> String {
        var path = file
        if path.hasPrefix("./") { path.removeFirst(2) }
        var properties = ["file=\(escapeProperty(path))"]
        if location.isKnown {
            properties.append("line=\(location.line)")
            if location.column > 0 { properties.append("col=\(location.column)") }
        }
        properties.append("title=\(escapeProperty(title))")
        return "::\(level) \(properties.joined(separator: ","))::\(escapeData(message))\n"
    }

    /// Message text: `%`, CR and LF escaped (as `@actions/core` does).
    public static func escapeData(_ text: String) -> String {
        text.replacingOccurrences(of: "%", with: "%25")
            .replacingOccurrences(of: "\r", with: "%0D")
            .replacingOccurrences(of: "\n", with: "%0A")
    }

    /// Property values: as data, and `:` and `,` too.
    public static func escapeProperty(_ text: String) -> String {
        escapeData(text)
            .replacingOccurrences(of: ":", with: "%3A")
            .replacingOccurrences(of: ",", with: "%2C")
    }
}
