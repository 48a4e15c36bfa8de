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
                let open = "    <testcase classname=\"\(XMLEscaping.escape(assessment.file))\" name=\"\(XMLEscaping.escape(result.ruleID))\""
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
                    cases.append(open + ">\n      <failure message=\"\(XMLEscaping.escape(result.message))\" type=\"\(result.severity.rawValue)\">\(XMLEscaping.escape(body))</failure>\n    </testcase>")
                case .review:
                    skipped += 1
                    cases.append(open + ">\n      <skipped message=\"\(XMLEscaping.escape("review: " + result.message))\"/>\n    </testcase>")
                case .waived:
                    skipped += 1
                    let waiver = result.waiver
                    cases.append(open + ">\n      <skipped message=\"\(XMLEscaping.escape("waived by \(waiver?.by ?? "?"): \(waiver?.reason ?? "")"))\"/>\n    </testcase>")
                case .notApplicable:
                    skipped += 1
                    cases.append(open + ">\n      <skipped message=\"not applicable\"/>\n    </testcase>")
                }
            }
            total.tests += assessment.results.count
            total.failures += failures
            total.skipped += skipped
            suites.append(
                "  <testsuite name=\"\(XMLEscaping.escape(assessment.file))\" tests=\"\(assessment.results.count)\" failures=\"\(failures)\" errors=\"0\" skipped=\"\(skipped)\">\n"
                    + cases.map { $0 + "\n" }.joined() + "  </testsuite>")
        }
        for error in errors {
            total.tests += 1
            total.errors += 1
            suites.append(
                "  <testsuite name=\"\(XMLEscaping.escape(error.file))\" tests=\"1\" failures=\"0\" errors=\"1\" skipped=\"0\">\n"
                    + "    <testcase classname=\"\(XMLEscaping.escape(error.file))\" name=\"read\">\n"
                    + "      <error message=\"\(XMLEscaping.escape(error.message))\" type=\"input\">\(XMLEscaping.escape(error.description))</error>\n"
                    + "    </testcase>\n  </testsuite>")
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<testsuites name=\"\(ToolInfo.name)\" tests=\"\(total.tests)\" failures=\"\(total.failures)\" errors=\"\(total.errors)\" skipped=\"\(total.skipped)\">\n"
            + suites.map { $0 + "\n" }.joined()
            + "</testsuites>\n"
    }
}

extension JUnitReport: WholeReportFormat {
    public static let name = "junit"
    public static let title = "JUnit XML"
    public static let fileExtension = "junit.xml"
    public static let mediaType = "application/xml; charset=utf-8"
    public static func render(_ report: CheckReport) -> String { render(report.assessments, errors: report.errors) }
}
