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
                out += command(
                    "warning", file: assessment.file, location: waiver.location, title: waiver.rule,
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

extension GitHubReport: WholeReportFormat {
    public static let name = "github"
    public static let title = "GitHub annotations"
    public static let fileExtension = "github.txt"
    public static let mediaType = "text/plain; charset=utf-8"
    public static func render(_ report: CheckReport) -> String { render(report.assessments, errors: report.errors) }
}
