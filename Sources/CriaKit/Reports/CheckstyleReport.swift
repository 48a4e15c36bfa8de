/// `--format checkstyle`: Checkstyle's XML, which many CI systems and editors import (Jenkins'
/// warnings plugin, reviewdog, SonarQube, GitLab through converters). One `<file>` per
/// document checked; fails as `<error>` at the rule's severity (`error`, `warning`, `info`),
/// reviews as `info` with "Review: " before the message, unreadable inputs as `error` with
/// source `cria.input`. Passes, not-applicable and waived results are not listed.
public enum CheckstyleReport: WholeReportFormat {
    public static let name = "checkstyle"
    public static let title = "Checkstyle XML"
    public static let fileExtension = "checkstyle.xml"
    public static let mediaType = "application/xml; charset=utf-8"

    public static func render(_ report: CheckReport) -> String {
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<checkstyle version=\"4.3\">\n"
        for error in report.errors {
            out += "  <file name=\"\(XMLEscaping.escape(error.file))\">\n"
            out += item(location: error.location, severity: "error", message: error.message, source: "cria.input")
            out += "  </file>\n"
        }
        for assessment in report.assessments {
            out += "  <file name=\"\(XMLEscaping.escape(assessment.file))\">\n"
            for result in assessment.results {
                switch result.outcome {
                case .fail:
                    out += item(location: result.location, severity: result.severity.rawValue, message: result.message, source: "cria." + result.ruleID)
                case .review:
                    out += item(location: result.location, severity: "info", message: "Review: " + result.message, source: "cria." + result.ruleID)
                case .pass, .notApplicable, .waived:
                    continue
                }
            }
            out += "  </file>\n"
        }
        return out + "</checkstyle>\n"
    }

    private static func item(location: SourceLocation, severity: String, message: String, source: String) -> String {
        var attributes = ""
        if location.isKnown {
            attributes += " line=\"\(location.line)\""
            if location.column > 0 { attributes += " column=\"\(location.column)\"" }
        }
        return "    <error\(attributes) severity=\"\(severity)\" message=\"\(XMLEscaping.escape(message))\" source=\"\(XMLEscaping.escape(source))\"/>\n"
    }
}
