import Foundation

/// `cria explain RULE` for people: what the rule asks and why, its citations spelt out with
/// links, what to do, its examples told as prose (each section's heading and text, as cria
/// reads them) and the file that defines it.
public enum RuleExplanation {
    public static func text(_ rule: Rule, pack: RulePack, workingDirectory: String = FileManager.default.currentDirectoryPath) -> String {
        var out = "\(rule.id): \(rule.title)\n\n"
        let articles = rule.articles.map { article in
            UNCRCArticles.topics[article].map { "Article \(article) (\($0.lowercased()))" } ?? "Article \(article)"
        }
        // Gates and the rights-engaged listing serve no one article: say what they are instead.
        out +=
            articles.isEmpty
            ? "Severity \(rule.severity.rawValue). Serves no single UNCRC article (it decides what the other rules are asked).\n\n"
            : "Severity \(rule.severity.rawValue). Serves UNCRC \(articles.joined(separator: ", ")).\n\n"
        out += "When it fails: \(TextReport.collapsed(rule.message))\n\n"
        if let nearMiss = rule.nearMiss {
            out += "When it is review instead: nothing qualifies, but the proposal holds statements close to it that lack \(TextReport.collapsed(nearMiss.lacks)); a person must judge them.\n\n"
        }
        if let domains = pack.statements.calibration.domains(of: rule.articles), !domains.isEmpty {
            let calibration = pack.statements.calibration
            out +=
                "When it is review instead of a fail: the proposal says what happens to children's \(domains.joined(separator: " or ")) "
                + "(\(calibration.atLeast == 1 ? "a statement" : "\(calibration.atLeast) statements") of \(calibration.kinds.joined(separator: " or ")) about \(calibration.about.joined(separator: " or "))) "
                + "in words this rule does not read; a person must judge whether that assesses it (`calibration` in statements.yaml).\n\n"
        }
        if !rule.partOf.isEmpty {
            out +=
                "When it is review instead of a fail: it serves its article through another topic, and the rule\(rule.partOf.count == 1 ? "" : "s") judging the principle itself (\(rule.partOf.joined(separator: ", "))) pass\(rule.partOf.count == 1 ? "es" : ""); a person must judge whether this point still falls short (`partOf`).\n\n"
        }
        if let narrower = rule.reviewArticles {
            out += "When it is review because what it asks is there only weakly, it speaks for Article\(narrower.count == 1 ? "" : "s") \(narrower.map(String.init).joined(separator: ", ")) only.\n\n"
        }
        out += "What to do: \(TextReport.collapsed(rule.guidance))\n\n"
        if !rule.references.isEmpty {
            out += "Sources:\n"
            for reference in rule.references {
                let (text, link) = Citations.expand(reference)
                out += "  - \(text)" + (link.map { "\n    \($0)" } ?? "") + "\n"
            }
            out += "\n"
        }
        for (kind, examples) in [("fails", rule.examples.fail), ("needs a person to review", rule.examples.review), ("passes", rule.examples.pass)] {
            for (number, example) in examples.enumerated() {
                out += "A proposal that \(kind)" + (examples.count > 1 ? " (\(number + 1))" : "") + ":\n"
                out += prose(example).map { "  " + $0 }.joined(separator: "\n") + "\n\n"
            }
        }
        out += "Defined in \(displayPath(rule.file, pack: pack, workingDirectory: workingDirectory)), line \(rule.location.line).\n"
        return out
    }

    /// An example as a person would read it: each section's heading, then its text.
    static func prose(_ example: String) -> [String] {
        guard let document = try? DocumentLoader().read(bytes: Array(example.utf8), file: "example") else {
            return [TextReport.collapsed(example)]
        }
        let proposal = Proposal(document: document)
        var lines: [String] = []
        let own = proposal.root.segments.map(\.text).joined(separator: " ")
        if !own.isEmpty { lines.append(own) }
        for section in proposal.root.children {
            let text = section.text
            let title = section.title.prefix(1).uppercased() + section.title.dropFirst()
            lines.append(text.isEmpty ? "\(title) (empty)" : "\(title): \(text)")
        }
        return lines.isEmpty ? [TextReport.collapsed(example)] : lines
    }

    /// The rule file's path (as the pack was found: under its folder), relative to the
    /// working directory when it is under it.
    static func displayPath(_ file: String, pack: RulePack, workingDirectory: String) -> String {
        let full = file
        let base = workingDirectory.hasSuffix("/") ? workingDirectory : workingDirectory + "/"
        return full.hasPrefix(base) ? String(full.dropFirst(base.count)) : full
    }
}
