import Foundation
import PackagePlugin

/// Embeds the package's rule pack (`rules/`) in CriaKit at build time, so a cria binary
/// copied anywhere on its own still has its checklists (`EmbeddedRulePack`).
@main
struct EmbedRulePack: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let rules = context.package.directory.appending("rules")
        let output = context.pluginWorkDirectory.appending("EmbeddedRulePackFiles.swift")
        var inputs: [Path] = []
        if let walk = FileManager.default.enumerator(atPath: rules.string) {
            while let relative = walk.nextObject() as? String {
                if relative.hasSuffix(".yaml") || relative.hasSuffix(".yml") { inputs.append(rules.appending(relative)) }
            }
        }
        return [.buildCommand(displayName: "Embedding the rule pack", executable: try context.tool(named: "RulePackEmbedder").path,
                              arguments: [rules.string, output.string], inputFiles: inputs.sorted { $0.string < $1.string }, outputFiles: [output])]
    }
}
