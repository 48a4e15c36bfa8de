// The fuzz targets' one executable. Built for fuzzing (scripts/fuzz: -sanitize=fuzzer,address
// -parse-as-library -D FUZZING), it runs libFuzzer on the target named by CRIA_FUZZ_TARGET.
// Built normally (`swift build`), it replays files through a target: a reproducer,
// `.build/debug/CriaFuzz xml crash-file...`. (Not main.swift: that file is always
// top-level code, which a fuzzing build must not have.)
import Foundation
import FuzzTargets

/// Set before libFuzzer starts; read on every input.
nonisolated(unsafe) var selected: FuzzTarget?

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ start: UnsafeRawPointer?, _ count: Int) -> CInt {
    let bytes = count == 0 ? [] : [UInt8](UnsafeRawBufferPointer(start: start, count: count))
    do { try selected!.run(bytes) } catch {
        // An oracle's disagreement: abort, so that libFuzzer keeps the input as a crash.
        FileHandle.standardError.write(Data("cria-fuzz: \(selected!.name): \(error)\n".utf8))
        abort()
    }
    return 0
}

func targetOrExit(_ name: String?) -> FuzzTarget {
    if let name, let target = FuzzTargets.named(name) { return target }
    let names = FuzzTargets.all.map(\.name).joined(separator: ", ")
    FileHandle.standardError.write(Data("cria-fuzz: name a target (\(names))\n".utf8))
    exit(2)
}

/// One line per target for scripts/fuzz: name, seed extensions, dictionaries, summary.
func listTargets() {
    for target in FuzzTargets.all {
        print(
            [target.name, target.seedExtensions.joined(separator: ","), target.dictionaries.joined(separator: ","), target.summary]
                .joined(separator: "\t"))
    }
}

#if FUZZING
    @_silgen_name("LLVMFuzzerRunDriver")
    func runFuzzerDriver(
        _ argc: UnsafeMutablePointer<CInt>,
        _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
        _ callback: @convention(c) (UnsafeRawPointer?, Int) -> CInt
    ) -> CInt

    // SwiftPM links an executable's entry point under the name `<Target>_main` (and aliases
    // `main` to it), so libFuzzer's own `main` is never linked: run its driver from here.
    // The target comes from the environment, which libFuzzer's child processes inherit.
    @_cdecl("CriaFuzz_main")
    public func fuzzerMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
        if ProcessInfo.processInfo.environment["CRIA_FUZZ_LIST"] != nil { listTargets(); return 0 }
        selected = targetOrExit(ProcessInfo.processInfo.environment["CRIA_FUZZ_TARGET"])
        FuzzEnvironment.prepare()
        var argc = argc
        var argv = argv
        return runFuzzerDriver(&argc, &argv, fuzzOne)
    }
#else
    @main
    enum Reproducer {
        static func main() {
            let arguments = CommandLine.arguments.dropFirst()
            if arguments.first == "--list" { listTargets(); return }
            selected = targetOrExit(arguments.first)
            for path in arguments.dropFirst() {
                guard let data = FileManager.default.contents(atPath: path) else {
                    print("\(path): cannot read")
                    continue
                }
                _ = data.withUnsafeBytes { fuzzOne($0.baseAddress, $0.count) }
                print("\(path): no crash")
            }
        }
    }
#endif
