/// A path split into its folder and last component, by hand: Foundation's
/// `NSString.deletingLastPathComponent` traps on a one-character path ("a": `--json x`,
/// `--config c`, or a file `a` with `--department-from '{dir}'` crashed).
public struct PathParts {
    /// Empty for a name in the current folder; "/" for one in the root.
    public let folder: String
    public let name: String

    public init(_ path: String) {
        var path = Substring(path)
        // A trailing slash names the same folder ("out/" is "out").
        while path.count > 1 && path.hasSuffix("/") { path = path.dropLast() }
        guard let slash = path.lastIndex(of: "/") else {
            folder = ""
            name = String(path)
            return
        }
        folder = slash == path.startIndex ? "/" : String(path[..<slash])
        name = String(path[path.index(after: slash)...])
    }

    /// The path of `name` in the same folder.
    public func sibling(_ name: String) -> String {
        switch folder {
        case "": name
        case "/": "/" + name
        default: folder + "/" + name
        }
    }
}
