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
    @Option(name: .long, help: ArgumentHelp("Largest file read, in bytes (suffixes K, M, G: 64M). Larger files are refused before reading.", valueName: "bytes"))
    var maxFileSize: ByteCount = ByteCount(ReadLimits.default.maxFileBytes)

    @Option(name: .long, help: ArgumentHelp("Deepest nesting of elements or values (at most \(ReadLimits.depthCeiling)).", valueName: "levels"))
    var maxDepth: Int = ReadLimits.default.maxDepth

    @Option(name: .long, help: ArgumentHelp("Most text read from one document (XML, HTML) or one JSON string, in bytes (suffixes K, M, G).", valueName: "bytes"))
    var maxText: ByteCount = ByteCount(ReadLimits.default.maxTextBytes)

    func validate() throws {
        if maxFileSize.value < 1 { throw ValidationError("--max-file-size must be at least 1 byte") }
        if maxText.value < 1 { throw ValidationError("--max-text must be at least 1 byte") }
        if !(1...ReadLimits.depthCeiling).contains(maxDepth) {
            throw ValidationError("--max-depth must be between 1 and \(ReadLimits.depthCeiling)")
        }
    }

    var limits: ReadLimits {
        var limits = ReadLimits()
        limits.maxFileBytes = maxFileSize.value
        limits.maxDepth = maxDepth
        limits.maxTextBytes = maxText.value
        return limits
    }
}

/// A number of bytes, optionally with a binary suffix: `1048576`, `512K`, `64M`, `2G`.
struct ByteCount: ExpressibleByArgument, CustomStringConvertible {
    let value: Int

    init(_ value: Int) { self.value = value }

    init?(argument: String) {
        let text = argument.trimmingCharacters(in: .whitespaces).uppercased()
        let multipliers: [Character: Int] = ["K": 1 << 10, "M": 1 << 20, "G": 1 << 30]
        var digits = Substring(text)
        var multiplier = 1
        if digits.hasSuffix("B") && digits.count > 1 && multipliers[digits.dropLast().last ?? " "] != nil { digits = digits.dropLast() }
        if let last = digits.last, let m = multipliers[last] {
            multiplier = m
            digits = digits.dropLast()
        }
        guard let number = Int(digits), number >= 0 else { return nil }
        let (product, overflow) = number.multipliedReportingOverflow(by: multiplier)
        guard !overflow else { return nil }
        value = product
    }

    var description: String {
        for (suffix, size) in [("G", 1 << 30), ("M", 1 << 20), ("K", 1 << 10)] where value >= size && value % size == 0 {
            return "\(value / size)\(suffix)"
        }
        return String(value)
    }

    var defaultValueDescription: String { description }
}

/// Expands folders into the documents under them (sorted), keeping files as given. A
/// folder without any document is an input that fails, so that a wrong path cannot pass.
enum InputPaths {
    static let extensions: Set<String> = ["xml", "json", "html", "htm", "xhtml", "docx"]

    static func expand(_ paths: [String]) -> [(path: String, failure: InputError?)] {
        var out: [(path: String, failure: InputError?)] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
                let enumerator = FileManager.default.enumerator(atPath: path)
                var found: [String] = []
                while let relative = enumerator?.nextObject() as? String {
                    let ext = (relative as NSString).pathExtension.lowercased()
                    if extensions.contains(ext) { found.append((path as NSString).appendingPathComponent(relative)) }
                }
                if found.isEmpty {
                    let names = extensions.sorted().map { "." + $0 }.joined(separator: ", ")
                    out.append((path, InputError(file: path, message: "folder holds no documents (\(names))")))
                }
                out += found.sorted().map { ($0, nil) }
            } else {
                out.append((path, nil))
            }
        }
        return out
    }
}
