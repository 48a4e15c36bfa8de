import CriaKit
import Foundation

/// `cria history report --html`: one self-contained page (inline CSS and SVG, no scripts, no
/// requests), printable. Every chart has a text alternative and its figures in a table with
/// row and column headers beside it; the heat map prints its value in each cell.
public enum TrendHTML {
    /// The metric the article × point heat map shows.
    static let heatMapMetric = "fails-per-proposal"

    public static func render(_ trends: Trends, generated: String) -> String {
        let series = trends.series
        let labels = series.points.map(\.label)
        var out = """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Children's rights over time: cria trend report</title>
            <style>\(style)</style></head><body><main>
            <h1>Children's rights over time</h1>
            <p>Generated \(TrendFormatting.escape(generated)) by cria \(TrendFormatting.escape(ToolInfo.version)) from \(series.points.count) appraisal points.
            A proposal is child-relevant when cria judges it to affect children directly or indirectly.</p>

            """
        out += "<nav aria-label=\"Contents\"><h2>Contents</h2><ul><li><a href=\"#points\">Appraisal points</a></li>"
        for metric in series.metrics { out += "<li><a href=\"#\(metric.id)\">\(TrendFormatting.escape(metric.title))</a></li>" }
        out += "<li><a href=\"#articles\">Fails by article and point</a></li><li><a href=\"#changes\">Biggest changes since the previous point</a></li></ul></nav>\n"

        out += "<section id=\"points\"><h2>Appraisal points</h2><table><caption>Documents and open findings at each point</caption>"
        out +=
            "<thead><tr><th scope=\"col\">Point</th><th scope=\"col\">Date</th><th scope=\"col\">Documents</th><th scope=\"col\">Child-relevant</th><th scope=\"col\">Fails</th><th scope=\"col\">Reviews</th><th scope=\"col\">Unreadable</th></tr></thead><tbody>"
        for point in series.points {
            out +=
                "<tr><th scope=\"row\">\(e(point.label))</th><td>\(e(String(point.takenAt.prefix(10))))</td><td>\(point.documents)</td><td>\(point.childRelevant)</td><td>\(point.fails)</td><td>\(point.reviews)</td><td>\(point.failedInputs)</td></tr>"
        }
        out += "</tbody></table></section>\n"

        for metric in series.metrics { out += metricSection(metric, series: series, labels: labels) }
        out += heatMap(series, labels: labels)
        out += changes(trends)
        out += "</main></body></html>\n"
        return out
    }

    private static func e(_ text: String) -> String { TrendFormatting.escape(text) }

    static func metricSection(_ metric: Metric, series: MetricSeries, labels: [String]) -> String {
        let departments = series.departments.filter { name in labels.contains { series.value(metric.id, point: $0, scope: .department, key: name)?.value != nil } }
        let overall = labels.map { series.value(metric.id, point: $0)?.value }
        let charted = Array(departments.prefix(TrendChart.maximumLines - 1))
        let lines =
            [TrendChart.Line(name: "All departments", values: overall)]
            + charted.map { name in TrendChart.Line(name: name, values: labels.map { series.value(metric.id, point: $0, scope: .department, key: name)?.value }) }
        let first = overall.firstIndex { $0 != nil }, last = overall.lastIndex { $0 != nil }
        var summary = "Line chart of \(metric.title.lowercased()) at \(labels.count) points, overall and for \(charted.count) departments."
        if let first, let last {
            summary += " Overall: \(TrendFormatting.figure(overall[first], metric.unit)) at \(labels[first]), \(TrendFormatting.figure(overall[last], metric.unit)) at \(labels[last])"
            summary += metric.better == .higher ? " (higher is better)." : " (lower is better)."
        }
        let chart = TrendChart(id: "chart-\(metric.id)", title: metric.title, summary: summary, pointLabels: labels, lines: lines, unit: metric.unit)
        var out = "<section id=\"\(metric.id)\" class=\"metric\"><h2>\(e(metric.title))</h2>"
        out += "<p class=\"formula\"><strong>Formula:</strong> \(e(metric.formula)). \(metric.better == .higher ? "Higher is better." : "Lower is better.")</p>"
        out +=
            "<figure>\(chart.svg())<figcaption>\(e(summary))\(departments.count > charted.count ? " The chart shows the first \(charted.count) departments; the table has all \(departments.count)." : "")</figcaption></figure>"
        out += "<div class=\"scroll\"><table><caption>\(e(metric.title)) by point (the chart's figures; the last column is the change since the previous point)</caption><thead><tr><th scope=\"col\">Scope</th>"
        for label in labels { out += "<th scope=\"col\">\(e(label))</th>" }
        out += "<th scope=\"col\">Change</th></tr></thead><tbody>"
        func row(_ name: String, _ values: [Double?]) {
            out += "<tr><th scope=\"row\">\(e(name))</th>" + values.map { "<td>\(e(TrendFormatting.figure($0, metric.unit)))</td>" }.joined()
            let change = values.count >= 2 ? TrendFormatting.change(values[values.count - 2], values[values.count - 1], metric.unit) : "–"
            out += "<td>\(e(change))</td></tr>"
        }
        row("All departments", overall)
        for name in departments { row(name, labels.map { series.value(metric.id, point: $0, scope: .department, key: name)?.value }) }
        out += "</tbody></table></div></section>\n"
        return out
    }

    /// Article × point: fails per child-relevant proposal of the rules citing each article.
    /// Darker is worse; the value is printed in every cell, in a colour that keeps 4.5:1.
    /// From none to the most fails: background and text colour, each pair at 4.5:1 or more.
    static let heatSteps = [("#fdf2ef", "#111"), ("#f9d3c8", "#111"), ("#f2a690", "#111"), ("#e4735a", "#000"), ("#b8392a", "#fff"), ("#7f1d12", "#fff")]

    static func heatMap(_ series: MetricSeries, labels: [String]) -> String {
        // An article without a fail at a point that has child-relevant proposals had none: 0.
        let proposals = labels.map { series.value(heatMapMetric, point: $0)?.denominator ?? 0 }
        let values = series.articles.map { article in
            labels.indices.map { index in
                series.value(heatMapMetric, point: labels[index], scope: .article, key: String(article))?.value ?? (proposals[index] > 0 ? 0 : nil)
            }
        }
        let maximum = values.flatMap { $0.compactMap { $0 } }.max() ?? 0
        var out = "<section id=\"articles\"><h2>Fails by article and point</h2>"
        out += "<p>Fails per child-relevant proposal of the rules citing each UNCRC article (a fail of a rule citing two articles counts for both). Darker cells are worse; every cell prints its figure.</p>"
        out += "<div class=\"scroll\"><table class=\"heat\"><caption>Fails per child-relevant proposal, by article (rows) and point (columns)</caption><thead><tr><th scope=\"col\">Article</th>"
        for label in labels { out += "<th scope=\"col\">\(e(label))</th>" }
        out += "</tr></thead><tbody>"
        for (row, article) in series.articles.enumerated() {
            let name = UNCRCArticles.label(article)
            out += "<tr><th scope=\"row\">\(e(name))</th>"
            for value in values[row] {
                let step = value.map { $0 > 0 && maximum > 0 ? min(heatSteps.count - 1, 1 + Int($0 / maximum * Double(heatSteps.count - 2))) : 0 } ?? 0
                let (background, text) = heatSteps[step]
                out += "<td style=\"background:\(background);color:\(text)\">\(e(TrendFormatting.figure(value, .perProposal)))</td>"
            }
            out += "</tr>"
        }
        out += "</tbody></table></div></section>\n"
        return out
    }

    static func changes(_ trends: Trends) -> String {
        var out = "<section id=\"changes\"><h2>Biggest changes since the previous point</h2>"
        guard let previous = trends.previous, let latest = trends.latest else {
            return out + "<p>One point only: nothing to compare yet.</p></section>\n"
        }
        out += "<p>Open findings (fails and reviews) per document at \(e(previous)) and \(e(latest)), for documents observed at both. Links open the document where the batch read it.</p>"
        func table(_ caption: String, _ list: [Trends.DocumentChange]) {
            out += "<h3>\(e(caption))</h3>"
            guard !list.isEmpty else { out += "<p>None.</p>"; return }
            out +=
                "<table><caption>\(e(caption)): open findings at \(e(previous)) and \(e(latest))</caption><thead><tr><th scope=\"col\">Document</th><th scope=\"col\">Department</th><th scope=\"col\">\(e(previous))</th><th scope=\"col\">\(e(latest))</th><th scope=\"col\">Change</th></tr></thead><tbody>"
            for change in list {
                let name = change.title.map { "\($0) (\(change.path))" } ?? change.path
                out +=
                    "<tr><th scope=\"row\"><a href=\"\(TrendFormatting.href(change.path))\">\(e(name))</a></th><td>\(e(change.department))</td><td>\(change.before)</td><td>\(change.after)</td><td>\(change.change > 0 ? "+" : "−")\(abs(change.change))</td></tr>"
            }
            out += "</tbody></table>"
        }
        table("Improvements", trends.improvements)
        table("Regressions", trends.regressions)
        return out + "</section>\n"
    }

    static let style = """
        body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#111;background:#fff;margin:0;line-height:1.45}
        main{max-width:60rem;margin:0 auto;padding:1rem 1.25rem 3rem}
        h1{font-size:1.8rem;margin:.5rem 0}h2{font-size:1.35rem;margin-top:2rem;border-bottom:2px solid #1b3a5c;padding-bottom:.2rem}
        a{color:#0b4f8a}a:focus{outline:3px solid #b23c00;outline-offset:2px}
        table{border-collapse:collapse;margin:.75rem 0;font-size:.9rem}caption{text-align:left;font-weight:600;padding:.25rem 0}
        th,td{border:1px solid #8a949c;padding:.25rem .5rem;text-align:right}th[scope=row]{text-align:left;font-weight:600}
        thead th{background:#e8edf2;white-space:nowrap}.scroll{overflow-x:auto}figure{margin:.5rem 0}svg{max-width:100%;height:auto}
        figcaption{font-size:.9rem;color:#333}.formula{font-size:.95rem}nav ul{columns:2}
        @media print{nav{display:none}.metric,.heat,figure,table{break-inside:avoid}a{color:#111}main{max-width:none}}
        """
}
