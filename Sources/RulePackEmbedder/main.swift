import Foundation

// Writes a Swift file holding every YAML file of a rule pack folder, for `EmbedRulePack`:
//     RulePackEmbedder RULES-DIR OUTPUT.swift
let arguments = CommandLine.arguments
guard arguments.count == 3 else {
    FileHandle.standardError.write(Data("usage: RulePackEmbedder RULES-DIR OUTPUT.swift\n".utf8))
    exit(2)
}
let directory = URL(fileURLWithPath: arguments[1]).standardizedFileURL.path
var files: [(path: String, text: String)] = []
if let walk = FileManager.default.enumerator(atPath: directory) {
    while let relative = walk.nextObject() as? String {
        guard relative.hasSuffix(".yaml") || relative.hasSuffix(".yml") else { continue }
        guard let text = try? String(contentsOfFile: directory + "/" + relative, encoding: .utf8) else {
            FileHandle.standardError.write(Data("RulePackEmbedder: cannot read \(relative) as UTF-8\n".utf8))
            exit(1)
        }
        files.append((relative, text))
    }
}
files.sort { $0.path < $1.path }

// FNV-1a over paths and contents: names the folder the pack is unpacked into, so a binary
// with another pack never reads this one's files.
var digest: UInt64 = 0xcbf2_9ce4_8422_2325
for (path, text) in files {
    for byte in path.utf8 + [0] + text.utf8 + [0] {
        digest = (digest ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
    }
}

/// A raw string literal delimiter that no line of `text` can close early.
func delimiter(for text: String) -> String {
    var hashes = "#"
    while text.contains("\"" + hashes) || text.contains("\\" + hashes) { hashes += "#" }
    return hashes
}

var out = """
    // Generated at build time by RulePackEmbedder from the package's rules/ folder; do not edit.

    extension EmbeddedRulePack {
        static let digest = "\(String(digest, radix: 16))"
        static let files: [(path: String, text: String)] = [

    """
for (path, text) in files {
    let hashes = delimiter(for: text)
    // A multi-line literal leaves out the line break before its closing delimiter.
    let body = text.hasSuffix("\n") ? text : text + "\n"
    out += "        (\"\(path)\", \(hashes)\"\"\"\n\(body)\n\"\"\"\(hashes)),\n"
}
out += "    ]\n}\n"
do {
    try out.write(toFile: arguments[2], atomically: true, encoding: .utf8)
} catch {
    FileHandle.standardError.write(Data("RulePackEmbedder: cannot write \(arguments[2]): \(error)\n".utf8))
    exit(1)
}
