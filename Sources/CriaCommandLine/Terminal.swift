import Foundation

package enum Terminal {
    /// Colour only on a terminal, and never when NO_COLOR is set (no-color.org).
    package static var stdoutWantsColour: Bool {
        isatty(STDOUT_FILENO) == 1 && (ProcessInfo.processInfo.environment["NO_COLOR"] ?? "").isEmpty
    }

    package static func error(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    package static func print(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }
}
