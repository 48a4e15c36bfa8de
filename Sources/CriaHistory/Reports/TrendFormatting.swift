import CriaKit
import Foundation

/// How a metric's figure is printed in every report: percent with one decimal, rates with
/// two, counts and days whole (days to a half, for a median of two).
enum TrendFormatting {
    static func figure(_ value: Double?, _ unit: Metric.Unit) -> String {
        guard let value else { return "–" }
        switch unit {
        case .percent: return String(format: "%.1f%%", value)
        case .perProposal: return String(format: "%.2f", value)
        case .count: return String(Int(value.rounded()))
        case .days: return value == value.rounded() ? String(Int(value)) : String(format: "%.1f", value)
        }
    }

    static func change(_ from: Double?, _ to: Double?, _ unit: Metric.Unit) -> String {
        guard let from, let to else { return "–" }
        let delta = to - from
        let sign = delta > 0 ? "+" : delta < 0 ? "−" : "±"
        var text = figure(abs(delta), unit)
        if unit == .percent { text = String(text.dropLast()) + " points" }
        return sign + text
    }

    static func escape(_ text: String) -> String { MarkupEscaping.escape(text) }

    /// A document's path as a link target: relative paths stay relative (to where the batch
    /// ran), and characters a URL cannot hold are percent-encoded.
    static func href(_ path: String) -> String {
        escape(path.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? path)
    }
}
