import ArgumentParser
import CriaKit
import Foundation

struct RulesOption: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Rule pack folder (default: the bundled rules/, or $CRIA_RULES).", valueName: "dir"))
    var rules: String?

    /// Loads and compiles the pack, printing located problems and exiting 2 on any.
    func loadPack() throws -> CompiledPack {
        guard let directory = RuleLocator.locate(explicit: rules) else {
            Terminal.error("cria: error: no rule pack found; pass --rules DIR or set CRIA_RULES")
            throw ExitCode(2)
        }
        do {
            return CompiledPack(try RuleLoader().load(directory: directory))
        } catch let error as RuleLoadError {
            for problem in error.problems { Terminal.error(problem.description) }
            throw ExitCode(2)
        }
    }
}

struct LimitOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Largest file read, in bytes.", valueName: "bytes"))
    var maxFileSize: Int = ReadLimits.default.maxFileBytes

    @Option(name: .long, help: ArgumentHelp("Deepest nesting of elements or values.", valueName: "levels"))
    var maxDepth: Int = ReadLimits.default.maxDepth

    var limits: ReadLimits {
        var limits = ReadLimits()
        limits.maxFileBytes = maxFileSize
        limits.maxDepth = maxDepth
        return limits
    }
}

/// Expands folders into the documents under them (sorted), keeping files as given.
enum InputPaths {
    static let extensions: Set<String> = ["xml", "json", "html", "htm", "xhtml", "docx"]

    static func expand(_ paths: [String]) -> [String] {
        var out: [String] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
                let enumerator = FileManager.default.enumerator(atPath: path)
                var found: [String] = []
                while let relative = enumerator?.nextObject() as? String {
                    let ext = (relative as NSString).pathExtension.lowercased()
                    if extensions.contains(ext) { found.append((path as NSString).appendingPathComponent(relative)) }
                }
                out += found.sorted()
            } else {
                out.append(path)
            }
        }
        return out
    }
}
