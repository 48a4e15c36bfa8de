import CriaKit

/// `cria history report --markdown`: the trend report's tables, for a wiki or a pull request.
public enum TrendMarkdown {
    public static func render(_ trends: Trends) -> String {
        let series = trends.series
        let labels = series.points.map(\.label)
        var out = "# Children's rights over time\n\n"
        out += "| Point | Date | Documents | Child-relevant | Fails | Reviews | Unreadable |\n|---|---|---:|---:|---:|---:|---:|\n"
        for point in series.points {
            out += "| \(cell(point.label)) | \(point.takenAt.prefix(10)) | \(point.documents) | \(point.childRelevant) | \(point.fails) | \(point.reviews) | \(point.failedInputs) |\n"
        }
        for metric in series.metrics {
            out += "\n## \(metric.title)\n\n\(metric.formula). \(metric.better == .higher ? "Higher is better." : "Lower is better.")\n\n"
            out += "| Scope | " + labels.map(cell).joined(separator: " | ") + " |\n|---|" + String(repeating: "---:|", count: labels.count) + "\n"
            let scopes = [("All departments", MetricValue.Scope.all, "")] + series.departments.map { ($0, MetricValue.Scope.department, $0) }
            for (name, scope, key) in scopes {
                let values = labels.map { series.value(metric.id, point: $0, scope: scope, key: key)?.value }
                guard scope == .all || values.contains(where: { $0 != nil }) else { continue }
                out += "| \(cell(name)) | " + values.map { TrendFormatting.figure($0, metric.unit) }.joined(separator: " | ") + " |\n"
            }
        }
        out += "\n## Fails per child-relevant proposal, by article\n\n"
        out += "| Article | " + labels.map(cell).joined(separator: " | ") + " |\n|---|" + String(repeating: "---:|", count: labels.count) + "\n"
        for article in series.articles {
            let values = labels.map { series.value(TrendHTML.heatMapMetric, point: $0, scope: .article, key: String(article))?.value }
            out += "| \(UNCRCArticles.label(article)) | " + values.map { TrendFormatting.figure($0, .perProposal) }.joined(separator: " | ") + " |\n"
        }
        if let previous = trends.previous, let latest = trends.latest {
            for (title, list) in [("Improvements", trends.improvements), ("Regressions", trends.regressions)] {
                out += "\n## \(title) since \(cell(previous))\n\n"
                if list.isEmpty { out += "None.\n"; continue }
                out += "| Document | Department | \(cell(previous)) | \(cell(latest)) | Change |\n|---|---|---:|---:|---:|\n"
                for change in list {
                    out +=
                        "| [\(cell(change.title ?? change.path))](\(TrendFormatting.href(change.path))) | \(cell(change.department)) | \(change.before) | \(change.after) | \(change.change > 0 ? "+" : "−")\(abs(change.change)) |\n"
                }
            }
        }
        return out
    }

    private static func cell(_ text: String) -> String {
        text.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
    }
}
