import Foundation

/// A folder of its own under the system's temporary folder, readable by this user only
/// (`mkdtemp`), for files that are written, read back and removed.
struct TemporaryFolder {
    let path: String

    init(prefix: String) throws {
        var template = Array((NSTemporaryDirectory() as NSString).appendingPathComponent("\(prefix)-XXXXXX").utf8CString)
        let made = template.withUnsafeMutableBufferPointer { mkdtemp($0.baseAddress!) != nil }
        guard made else { throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: NSTemporaryDirectory(), NSLocalizedDescriptionKey: "cannot make a temporary folder: \(String(cString: strerror(errno)))"]) }
        path = String(cString: template)
    }

    func remove() { try? FileManager.default.removeItem(atPath: path) }
}
