// Built for fuzzing (scripts/fuzz: -sanitize=fuzzer,address -parse-as-library -D FUZZING),
// libFuzzer provides `main` and calls `LLVMFuzzerTestOneInput`. Built normally (`swift
// build`), the target is a program that runs it on each file named on the command line: a
// reproducer for a crash input. (Not main.swift: that file is always top-level code, which
// a fuzzing build must not have.)
import CriaKit
import Foundation

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let bytes = [UInt8](UnsafeRawBufferPointer(start: start, count: count))
    if let root = try? JSONReader.read(bytes: bytes, file: "fuzz.json") { _ = FormatDetector.dialect(of: root, syntax: .json) }
    return 0
}

#if FUZZING
@_silgen_name("LLVMFuzzerRunDriver")
func runFuzzerDriver(_ argc: UnsafeMutablePointer<CInt>,
                     _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
                     _ callback: @convention(c) (UnsafeRawPointer, Int) -> CInt) -> CInt

/// SwiftPM links an executable's entry point under the name `<Target>_main` (and aliases
/// `main` to it), so libFuzzer's own `main` is never linked: run its driver from here.
@_cdecl("FuzzJSON_main")
public func fuzzerMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var argc = argc
    var argv = argv
    return runFuzzerDriver(&argc, &argv) { fuzz($0, $1) }
}
#else
@main
enum Reproducer {
    static func main() {
        for path in CommandLine.arguments.dropFirst() {
            guard let data = FileManager.default.contents(atPath: path) else { continue }
            _ = data.withUnsafeBytes { fuzz($0.baseAddress ?? UnsafeRawPointer(bitPattern: 1)!, $0.count) }
            print("\(path): no crash")
        }
    }
}
#endif
