/// What a command holds until it ends is handed here rather than freed object by object on
/// the way out: the process exits right after, and the operating system takes its memory
/// back at once. Freeing a loaded rule pack and its findings one by one is about a tenth of
/// the instructions of checking one small file.
enum ExitLifetime {
    nonisolated(unsafe) private static var kept: [Any] = []

    static func keep(_ values: Any...) { kept.append(contentsOf: values) }
}
