// Built for fuzzing (scripts/fuzz: -sanitize=fuzzer,address -parse-as-library -D FUZZING),
// libFuzzer provides `main` and calls `LLVMFuzzerTestOneInput`. Built normally (`swift
// build`), the target is a program that runs it on each file named on the command line: a
// reproducer for a crash input. (Not main.swift: that file is always top-level code, which
// a fuzzing build must not have.)
import CriaKit
import FuzzSupport
import Foundation

/// One pack folder per process, rewritten for every input.
let rulesFolder: String = {
    let folder = NSTemporaryDirectory() + "cria-fuzz-rules-\(getpid())"
    try? FileManager.default.createDirectory(atPath: folder + "/lexicons", withIntermediateDirectories: true)
    return folder
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let bytes = [UInt8](UnsafeRawBufferPointer(start: start, count: count))
    // The input as every kind of rule file of a pack: rules, a lexicon, roles, relevance.
    for file in ["rules.yaml", "lexicons/terms.yaml", "roles.yaml", "relevance.yaml"] {
        _ = FileManager.default.createFile(atPath: rulesFolder + "/" + file, contents: Data(bytes))
    }
    if let pack = try? RuleLoader().load(directory: rulesFolder) { _ = CompiledPack(pack) }
    return 0
}

// SwiftPM links an executable's entry point under the name `<Target>_main` (and aliases
// `main` to it), so libFuzzer's own `main` is never linked: run its driver from here.
#if FUZZING
@_cdecl("FuzzRules_main")
public func fuzzerMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runLibFuzzer(argc, argv) { fuzz($0, $1) }
}
#else
@main
enum Reproducer {
    static func main() { replayFiles { fuzz($0, $1) } }
}
#endif
