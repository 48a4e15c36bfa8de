import CriaKit
import Foundation

/// What users write by hand: rule packs and `.cria.yml`.
extension FuzzTargets {
    static let rules = FuzzTarget(
        name: "rules", summary: "the input as a rule file, lexicon, roles and relevance file of a pack: `RuleLoader`, `CompiledPack`",
        seedExtensions: ["yaml", "yml"], dictionaries: ["yaml.dict"]
    ) { bytes in
        let folder = FuzzEnvironment.scratchFolder
        for file in ["rules.yaml", "lexicons/terms.yaml", "roles.yaml", "relevance.yaml"] {
            _ = FileManager.default.createFile(atPath: folder + "/" + file, contents: Data(bytes))
        }
        if let pack = try? RuleLoader().load(directory: folder) { _ = CompiledPack(pack) }
    }

    static let config = FuzzTarget(
        name: "config", summary: "`.cria.yml`: `CriaConfig.parse`, its department rule, `config show`, and applying it to the shipped pack",
        seedExtensions: ["cria.yml"], dictionaries: ["yaml.dict"]
    ) { bytes in
        guard let config = try? CriaConfig.parse(String(decoding: bytes, as: UTF8.self), file: ".cria.yml") else { return }
        _ = try? config.departmentRule()
        _ = config.show()
        if let pack = FuzzEnvironment.pack { _ = try? config.apply(to: pack) }
    }
}
