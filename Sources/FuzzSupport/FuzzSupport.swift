// What every fuzz target shares. Built for fuzzing (scripts/fuzz: -sanitize=fuzzer,address
// -parse-as-library -D FUZZING), a target hands its argc/argv to libFuzzer's driver; built
// normally, it replays the files named on its command line (a reproducer for a crash input).
import Foundation

public typealias FuzzInput = @convention(c) (UnsafeRawPointer, Int) -> CInt

#if FUZZING
@_silgen_name("LLVMFuzzerRunDriver")
func runFuzzerDriver(_ argc: UnsafeMutablePointer<CInt>,
                     _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
                     _ callback: FuzzInput) -> CInt

/// Runs libFuzzer on `fuzz` with the program's arguments.
public func runLibFuzzer(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?, _ fuzz: FuzzInput) -> CInt {
    var argc = argc
    var argv = argv
    return runFuzzerDriver(&argc, &argv, fuzz)
}
#endif

/// Runs `fuzz` on each file named on the command line.
public func replayFiles(_ fuzz: FuzzInput) {
    for path in CommandLine.arguments.dropFirst() {
        guard let data = FileManager.default.contents(atPath: path) else { continue }
        _ = data.withUnsafeBytes { fuzz($0.baseAddress ?? UnsafeRawPointer(bitPattern: 1)!, $0.count) }
        print("\(path): no crash")
    }
}
