import Foundation
import Yams

/// What a pack says about itself in its optional `pack.yaml`: a name and a version, which
/// `cria --version` prints beside the tool's.
public struct RulePackInfo: Sendable, Equatable {
    public var name: String?
    public var version: String?

    static let keys: Set<String> = ["name", "version"]

    /// The pack's `pack.yaml`, or nil when it has none or it does not read.
    public static func read(directory: String) -> RulePackInfo? {
        guard let text = try? String(contentsOfFile: directory + "/pack.yaml", encoding: .utf8),
            let mapping = (try? Yams.load(yaml: text)) as? [String: Any]
        else { return nil }
        return RulePackInfo(name: mapping["name"].map { "\($0)" }, version: mapping["version"].map { "\($0)" })
    }

    /// "cria-uncrc 2026.12.0".
    public var description: String {
        [name, version].compactMap { $0 }.joined(separator: " ")
    }
}
