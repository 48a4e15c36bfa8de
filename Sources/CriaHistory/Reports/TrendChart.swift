import CriaKit
import Foundation

/// A line chart as inline SVG: one line per series over the points, each with its own
/// colour, dash pattern and marker shape (so lines are told apart without colour), a legend,
/// axes with labelled ticks, and a title and description for assistive technology (the
/// figures themselves are in the table beside every chart).
struct TrendChart {
    struct Line {
        let name: String
        let values: [Double?]
    }

    let id: String
    let title: String
    let summary: String
    let pointLabels: [String]
    let lines: [Line]
    let unit: Metric.Unit

    /// Colours with at least 4.5:1 contrast on white (WCAG 1.4.11 asks 3:1 of graphics).
    static let colours = ["#1b3a5c", "#b23c00", "#1e6b2c", "#6a1b9a", "#00606b", "#7a5c00", "#a3124f", "#3d4a52", "#8a3b12"]
    static let dashes = ["", "6 3", "2 3", "8 3 2 3", "1 2", "10 4", "4 2 1 2", "3 3", "12 3"]
    static let maximumLines = colours.count

    private let width = 720.0, height = 260.0, left = 60.0, right = 44.0, top = 16.0, bottom = 40.0

    func svg() -> String {
        let values = lines.flatMap { $0.values.compactMap { $0 } }
        let top = niceMaximum(values.max() ?? 0)
        let plotWidth = width - left - right, plotHeight = height - self.top - bottom
        func x(_ index: Int) -> Double { pointLabels.count <= 1 ? left + plotWidth / 2 : left + plotWidth * Double(index) / Double(pointLabels.count - 1) }
        func y(_ value: Double) -> Double { self.top + plotHeight * (1 - (top == 0 ? 0 : value / top)) }
        let legendRows = Int((Double(lines.count) / 2).rounded(.up))
        let totalHeight = height + Double(legendRows) * 20 + 8
        var out = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(Int(width)) \(Int(totalHeight))\" role=\"img\" aria-labelledby=\"\(id)-title \(id)-desc\">"
        out += "<title id=\"\(id)-title\">\(TrendFormatting.escape(title))</title><desc id=\"\(id)-desc\">\(TrendFormatting.escape(summary))</desc>"
        for tick in 0...4 {
            let value = top * Double(tick) / 4
            let ty = y(value)
            out += "<line x1=\"\(f(left))\" y1=\"\(f(ty))\" x2=\"\(f(width - right))\" y2=\"\(f(ty))\" stroke=\"#d0d4d8\" stroke-width=\"1\"/>"
            out += "<text x=\"\(f(left - 6))\" y=\"\(f(ty + 4))\" text-anchor=\"end\" font-size=\"12\" fill=\"#333\">\(TrendFormatting.escape(TrendFormatting.figure(value, unit)))</text>"
        }
        out += "<line x1=\"\(f(left))\" y1=\"\(f(self.top))\" x2=\"\(f(left))\" y2=\"\(f(height - bottom))\" stroke=\"#333\"/>"
        out += "<line x1=\"\(f(left))\" y1=\"\(f(height - bottom))\" x2=\"\(f(width - right))\" y2=\"\(f(height - bottom))\" stroke=\"#333\"/>"
        for (index, label) in pointLabels.enumerated() {
            out += "<text x=\"\(f(x(index)))\" y=\"\(f(height - bottom + 18))\" text-anchor=\"middle\" font-size=\"12\" fill=\"#333\">\(TrendFormatting.escape(label))</text>"
        }
        for (number, line) in lines.enumerated() {
            let colour = Self.colours[number % Self.colours.count], dash = Self.dashes[number % Self.dashes.count]
            let strokeWidth = number == 0 ? 3 : 2
            // A gap where a value is undefined: each run of defined values is its own path.
            var runs: [[(Double, Double)]] = [[]]
            for (index, value) in line.values.enumerated() {
                if let value { runs[runs.count - 1].append((x(index), y(value))) } else if !runs[runs.count - 1].isEmpty { runs.append([]) }
            }
            for run in runs where run.count > 1 {
                let d = run.enumerated().map { "\($0 == 0 ? "M" : "L")\(f($1.0)) \(f($1.1))" }.joined(separator: " ")
                out += "<path d=\"\(d)\" fill=\"none\" stroke=\"\(colour)\" stroke-width=\"\(strokeWidth)\"\(dash.isEmpty ? "" : " stroke-dasharray=\"\(dash)\"")/>"
            }
            for run in runs { for point in run { out += marker(number, at: point, colour: colour) } }
            let lx = left + Double(number % 2) * 320, ly = height + Double(number / 2) * 20 + 4
            out += "<line x1=\"\(f(lx))\" y1=\"\(f(ly))\" x2=\"\(f(lx + 28))\" y2=\"\(f(ly))\" stroke=\"\(colour)\" stroke-width=\"\(strokeWidth)\"\(dash.isEmpty ? "" : " stroke-dasharray=\"\(dash)\"")/>"
            out += marker(number, at: (lx + 14, ly), colour: colour)
            out += "<text x=\"\(f(lx + 34))\" y=\"\(f(ly + 4))\" font-size=\"12\" fill=\"#222\">\(TrendFormatting.escape(shortened(line.name)))</text>"
        }
        return out + "</svg>"
    }

    private func marker(_ number: Int, at point: (Double, Double), colour: String) -> String {
        let (cx, cy) = point
        switch number % 3 {
        case 0: return "<circle cx=\"\(f(cx))\" cy=\"\(f(cy))\" r=\"4\" fill=\"\(colour)\"/>"
        case 1: return "<rect x=\"\(f(cx - 4))\" y=\"\(f(cy - 4))\" width=\"8\" height=\"8\" fill=\"\(colour)\"/>"
        default: return "<path d=\"M\(f(cx)) \(f(cy - 5)) L\(f(cx + 5)) \(f(cy + 4)) L\(f(cx - 5)) \(f(cy + 4)) Z\" fill=\"\(colour)\"/>"
        }
    }

    private func shortened(_ name: String) -> String { name.count <= 42 ? name : String(name.prefix(41)) + "…" }

    /// 100 for percentages; else the next of 1, 2, 2.5, 5 × 10ⁿ at or above the largest value.
    private func niceMaximum(_ value: Double) -> Double {
        if unit == .percent { return 100 }
        guard value > 0 else { return 1 }
        let magnitude = pow(10, floor(log10(value)))
        for step in [1.0, 2, 2.5, 5, 10] where step * magnitude >= value { return step * magnitude }
        return 10 * magnitude
    }

    private func f(_ value: Double) -> String { String(format: "%.1f", value) }
}
