import CriaKit
import Foundation

/// `cria history metrics --format json|csv`: the series, each figure with the numerator and
/// denominator it was computed from (for the median age: the median and the number of open
/// findings), so a reader can check or recombine them.
public enum MetricExport {
    private struct Document: Encodable {
        struct Definition: Encodable { let id, title, formula, unit, better: String; let byArticle: Bool }
        struct Point: Encodable { let label, takenAt: String }
        struct Value: Encodable {
            let metric, point, scope, key: String
            let value: Double?
            let numerator: Double
            let denominator: Int
            func encode(to encoder: Encoder) throws {
                var container = encoder.container(keyedBy: CodingKeys.self)
                try container.encode(metric, forKey: .metric)
                try container.encode(point, forKey: .point)
                try container.encode(scope, forKey: .scope)
                try container.encode(key, forKey: .key)
                try container.encode(value.map(MetricExport.rounded), forKey: .value)  // null when undefined
                try container.encode(MetricExport.rounded(numerator), forKey: .numerator)
                try container.encode(denominator, forKey: .denominator)
            }
            enum CodingKeys: String, CodingKey { case metric, point, scope, key, value, numerator, denominator }
        }
        let metrics: [Definition]
        let points: [Point]
        let values: [Value]
    }

    public static func json(_ series: MetricSeries) throws -> String {
        let document = Document(
            metrics: series.metrics.map { .init(id: $0.id, title: $0.title, formula: $0.formula, unit: $0.unit.rawValue, better: $0.better.rawValue, byArticle: $0.byArticle) },
            points: series.points.map { .init(label: $0.label, takenAt: $0.takenAt) },
            values: series.values.map { .init(metric: $0.metric, point: $0.point, scope: $0.scope.rawValue, key: $0.key, value: $0.value, numerator: $0.numerator, denominator: $0.denominator) })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(document), as: UTF8.self) + "\n"
    }

    public static let csvColumns = ["metric", "point", "takenAt", "scope", "key", "value", "numerator", "denominator"]

    public static func csv(_ series: MetricSeries) -> String {
        let dates = Dictionary(uniqueKeysWithValues: series.points.map { ($0.label, $0.takenAt) })
        var out = BatchCSV.line(csvColumns)
        for value in series.values {
            out += BatchCSV.line([
                value.metric, value.point, dates[value.point] ?? "", value.scope.rawValue, value.key,
                value.value.map(number) ?? "", number(value.numerator), String(value.denominator),
            ])
        }
        return out
    }

    /// Four decimals at most, as the reports print figures: no binary noise in the output.
    static func rounded(_ value: Double) -> Double { (value * 10_000).rounded() / 10_000 }

    public static func number(_ value: Double) -> String {
        let rounded = rounded(value)
        if rounded == rounded.rounded() { return String(Int(rounded)) }
        return String(format: "%.4f", rounded).replacingOccurrences(of: "0+$", with: "", options: .regularExpression)
    }
}
