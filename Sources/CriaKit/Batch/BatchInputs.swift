import Foundation

/// One input of a batch, in the order given: a path to read, or a path already known to
/// have failed (an unreadable folder). Every input ends up in every report.
public struct BatchInput: Sendable, Equatable {
    public let path: String
    public let failure: InputError?
    /// The path relative to the folder given (`q1/dfe/a.xml` found in `q1/`: `dfe/a.xml`);
    /// the path itself for a file named on its own.
    public let source: String

    public init(path: String, failure: InputError? = nil, source: String? = nil) {
        self.path = path
        self.failure = failure
        self.source = source ?? path
    }
}

public enum BatchInputs {
    /// Files stay as given (whatever their name); folders are searched recursively, in
    /// byte order of their relative paths, so that runs are deterministic. Paths that do not
    /// exist are kept: reading them fails with the reason.
    public static func expand(_ paths: [String], selection: InputSelection = InputSelection()) -> [BatchInput] {
        var out: [BatchInput] = []
        for path in paths {
            var status = stat()
            if stat(path, &status) == 0, status.st_mode & S_IFMT == S_IFDIR {
                var visited = Set<[UInt64]>()
                let before = out.count
                walk(folder: path, relative: "", selection: selection, visited: &visited, into: &out)
                // A folder that yields nothing is an input that fails, so a wrong path cannot pass.
                if out.count == before {
                    out.append(BatchInput(path: path, failure: InputError(file: path, message: "folder holds no documents (\(selection.description))")))
                }
            } else {
                out.append(BatchInput(path: path))
            }
        }
        return out
    }

    private static func join(_ folder: String, _ name: String) -> String {
        folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }

    private static func walk(folder root: String, relative: String, selection: InputSelection, visited: inout Set<[UInt64]>, into out: inout [BatchInput]) {
        let here = relative.isEmpty ? root : join(root, relative)
        var status = stat()
        if stat(here, &status) == 0 {
            let key = [UInt64(status.st_dev), UInt64(status.st_ino)]
            if visited.contains(key) { return }  // a symbolic link back up the tree
            visited.insert(key)
        }
        guard let handle = opendir(here) else {
            let reason = errno == EACCES ? "permission denied" : String(cString: strerror(errno))
            out.append(BatchInput(path: here, failure: InputError(file: here, message: "cannot read folder: \(reason)")))
            return
        }
        var names: [String] = []
        while let entry = readdir(handle) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) { String(cString: $0) }
            }
            if name != "." && name != ".." { names.append(name) }
        }
        closedir(handle)
        for name in names.sorted(by: { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }) {
            let childRelative = relative.isEmpty ? name : relative + "/" + name
            let full = join(root, childRelative)
            var child = stat()
            if stat(full, &child) == 0, child.st_mode & S_IFMT == S_IFDIR {
                walk(folder: root, relative: childRelative, selection: selection, visited: &visited, into: &out)
            } else if selection.selects(childRelative) {
                out.append(BatchInput(path: full, source: childRelative))
            }
        }
    }
}
