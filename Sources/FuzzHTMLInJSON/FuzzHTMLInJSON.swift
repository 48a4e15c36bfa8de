// Built for fuzzing (scripts/fuzz: -sanitize=fuzzer,address -parse-as-library -D FUZZING),
// libFuzzer provides `main` and calls `LLVMFuzzerTestOneInput`. Built normally (`swift
// build`), the target is a program that runs it on each file named on the command line: a
// reproducer for a crash input. (Not main.swift: that file is always top-level code, which
// a fuzzing build must not have.)
import CriaKit
import FuzzSupport
import Foundation

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let bytes = [UInt8](UnsafeRawBufferPointer(start: start, count: count))
    // HTML held in a JSON string (recovered from, never an error), then as a whole page.
    let text = String(decoding: bytes, as: UTF8.self)
    for node in HTMLReader.readFragment(html: text, file: "fuzz.json", at: SourceLocation(line: 1, column: 1), pathPrefix: "/body") {
        _ = node.fullText
    }
    _ = try? HTMLReader.read(bytes: bytes, file: "fuzz.html")
    return 0
}

// SwiftPM links an executable's entry point under the name `<Target>_main` (and aliases
// `main` to it), so libFuzzer's own `main` is never linked: run its driver from here.
#if FUZZING
@_cdecl("FuzzHTMLInJSON_main")
public func fuzzerMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runLibFuzzer(argc, argv) { fuzz($0, $1) }
}
#else
@main
enum Reproducer {
    static func main() { replayFiles { fuzz($0, $1) } }
}
#endif
