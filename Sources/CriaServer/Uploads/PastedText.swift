import CriaKit
import Foundation

/// Text pasted into the page, made into an HTML document so that it is read like a saved
/// page: a short line standing alone (no closing full stop) is a heading, every other
/// block of lines a paragraph. Text that is itself XML, JSON or HTML is taken as it is.
enum PastedText {
    static let name = "pasted text"

    static func document(_ text: String) -> Upload {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if let first = trimmed.first, first == "<" || first == "{" || first == "[" {
            return Upload(name: name, bytes: Array(trimmed.utf8))
        }
        var html = "<!DOCTYPE html>\n<html><head><title>Pasted text</title></head><body><main>\n"
        let blocks = trimmed.replacingOccurrences(of: "\r\n", with: "\n")
            .components(separatedBy: "\n\n")
            .map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
            .filter { !$0.isEmpty }
        for block in blocks {
            let lines = block.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            if lines.count == 1, isHeading(lines[0]) {
                html += "<h2>\(escape(lines[0]))</h2>\n"
            } else if lines.count > 1, isHeading(lines[0]) {
                html += "<h2>\(escape(lines[0]))</h2>\n<p>\(escape(lines.dropFirst().joined(separator: " ")))</p>\n"
            } else {
                html += "<p>\(escape(lines.joined(separator: " ")))</p>\n"
            }
        }
        html += "</main></body></html>\n"
        return Upload(name: name, bytes: Array(html.utf8))
    }

    private static func isHeading(_ line: String) -> Bool {
        let words = line.split(separator: " ").count
        guard words > 0, words <= 12, let last = line.last else { return false }
        return !".,;".contains(last)
    }

    static func escape(_ text: String) -> String { MarkupEscaping.escape(text) }
}
