import Foundation

/// `cria check --write-baseline FILE` / `--baseline FILE`: the fails and reviews known when
/// the baseline was written, by fingerprint (rule + file + path + normalised section text,
/// never a line number), so that edits that move lines do not make old findings look new.
public struct CheckBaseline: Sendable {
    public static let version = 1

    public struct Entry: Codable, Sendable, Equatable {
        public let fingerprint: String
        public let rule: String
        public let file: String
        public let path: String
        public let outcome: String
    }

    public let entries: [Entry]
    public var fingerprints: Set<String> { Set(entries.map(\.fingerprint)) }

    public init(entries: [Entry]) { self.entries = entries }

    /// The fails and reviews of these assessments (waived results are not findings).
    public init(assessments: [Assessment]) {
        var entries: [Entry] = []
        for assessment in assessments {
            for result in assessment.findings {
                entries.append(
                    Entry(
                        fingerprint: result.fingerprint(file: assessment.file), rule: result.ruleID,
                        file: assessment.file, path: result.path, outcome: result.outcome.rawValue))
            }
        }
        self.entries = entries.sorted { ($0.file, $0.rule, $0.fingerprint) < ($1.file, $1.rule, $1.fingerprint) }
    }

    private struct FileFormat: Codable {
        let version: Int
        let tool: String
        let findings: [Entry]
    }

    public func serialized() -> String {
        JSONValue.object([
            ("version", .int(Self.version)),
            ("tool", .string(ToolInfo.name)),
            (
                "findings",
                .array(
                    entries.map { entry in
                        .object([
                            ("fingerprint", .string(entry.fingerprint)), ("rule", .string(entry.rule)), ("file", .string(entry.file)),
                            ("path", .string(entry.path)), ("outcome", .string(entry.outcome)),
                        ])
                    })
            ),
        ]).serialized() + "\n"
    }

    public func write(to path: String) throws {
        let file = try AtomicFile(destination: path)
        do {
            try file.write(serialized())
            try file.commit()
        } catch {
            file.discard()
            throw error
        }
    }

    public static func read(path: String) throws -> CheckBaseline {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw InputError(file: path, message: "cannot read the baseline")
        }
        let decoded: FileFormat
        do { decoded = try JSONDecoder().decode(FileFormat.self, from: data) } catch {
            throw InputError(file: path, message: "not a cria baseline (written by `cria check --write-baseline`: needs `version` and `findings`)")
        }
        guard decoded.version == version else {
            throw InputError(file: path, message: "baseline version \(decoded.version) is not supported (this cria writes version \(version))")
        }
        return CheckBaseline(entries: decoded.findings)
    }

    /// Removes the fails and reviews the baseline knows; returns what is left and how many
    /// were removed. Passes, notApplicable and waived results stay.
    public func filter(_ assessments: [Assessment]) -> (assessments: [Assessment], known: Int) {
        let known = fingerprints
        var count = 0
        let filtered = assessments.map { assessment -> Assessment in
            var copy = assessment
            copy.results = assessment.results.filter { result in
                guard result.outcome == .fail || result.outcome == .review,
                    known.contains(result.fingerprint(file: assessment.file))
                else { return true }
                count += 1
                return false
            }
            return copy
        }
        return (filtered, count)
    }
}
