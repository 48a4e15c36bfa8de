import Foundation

/// Parsed rule packs kept between runs, so that a single `cria check` does not parse ~100
/// YAML files each time: `$XDG_CACHE_HOME/cria/` (else `~/.cache/cria/`), one file per pack
/// folder and executable, valid while the folder's rule files (their paths and what `stat` says of each:
/// inode, size, modification and change times), the cria version and executable and the
/// cache format are unchanged. Only a pack that loaded
/// without a problem is written. A missing, stale, truncated or damaged file is ignored
/// and rewritten, and a cache that cannot be read or written (read-only home) is not used.
public struct PackCache: Sendable {
    /// Bump when `PackEncoder`'s layout, anything `RulePack` holds or `PackHasher.hash` changes.
    static let formatVersion = 15
    static let magic: [UInt8] = Array("CRIAPACK".utf8)
    static let headerBytes = magic.count + 3 * 8

    public let directory: String

    public init(directory: String) { self.directory = directory }

    /// The cache the environment asks for: nil when `CRIA_CACHE` is `off` (or `0`, `no`,
    /// `false`) or no cache folder can be named.
    public static func fromEnvironment(_ environment: [String: String] = ProcessInfo.processInfo.environment) -> PackCache? {
        if let setting = environment["CRIA_CACHE"]?.lowercased(), ["off", "0", "no", "false"].contains(setting) { return nil }
        return directory(environment: environment).map(PackCache.init(directory:))
    }

    /// cria's cache folder: `$XDG_CACHE_HOME/cria`, else `~/.cache/cria`.
    static func directory(environment: [String: String]) -> String? {
        if let base = environment["XDG_CACHE_HOME"], base.hasPrefix("/") { return base + "/cria" }
        if let home = environment["HOME"], home.hasPrefix("/") { return home + "/.cache/cria" }
        return nil
    }

    /// Which cache file holds the pack loaded from `packDirectory` (as given, relative or not).
    func file(for packDirectory: String) -> String { file(named: "pack", for: packDirectory) }

    /// A cache file of kind `kind` ("pack", "matcher") for the pack loaded from `packDirectory`
    /// by this executable. `cria` and `cria-serve` each have their own: the key holds the
    /// executable's identity, so with one file between them each would find the other's
    /// stale and parse the YAML again.
    func file(named kind: String, for packDirectory: String) -> String {
        let absolute = packDirectory.hasPrefix("/") ? packDirectory : FileManager.default.currentDirectoryPath + "/" + packDirectory
        var hasher = PackHasher()
        hasher.combine(absolute)
        hasher.combine(packDirectory)
        hasher.combine(runningExecutableName)
        return directory + "/" + kind + "-" + String(hasher.value, radix: 16) + ".bin"
    }

    /// The identity of a pack's current contents, or nil if a file is not a plain file (the
    /// loader then reports it).
    ///
    /// Files are identified by `stat` rather than by reading them: a check would otherwise
    /// open and read every rule file, some 460 system calls, to learn that nothing changed.
    /// Any write to a file moves its change time (`st_ctim`), which, unlike the modification
    /// time, no tool can set back, and a file replaced by another has another inode. The
    /// kernel's clock for file times ticks every few milliseconds, though, so two writes in
    /// one tick look alike: a file changed in the last two seconds is also read and its
    /// contents hashed (as git does with its index's "racy" entries).
    static func key(packDirectory: String, files: [String]) -> UInt64? {
        var hasher = PackHasher()
        hasher.combine(formatVersion)
        hasher.combine(ToolInfo.version)
        combineExecutableIdentity(into: &hasher)
        hasher.combine(packDirectory)
        hasher.combine(files.count)
        let recent = Int(time(nil)) - 2
        for file in files {
            hasher.combine(file)
            var status = stat()
            guard stat(file, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else { return nil }
            if combineFileIdentity(status, into: &hasher) >= recent {
                guard let bytes = regularFileBytes(file, limit: RuleLoader.maxFileBytes) else { return nil }
                bytes.withUnsafeBytes { hasher.combine($0) }
            }
        }
        return hasher.value
    }

    func read(packDirectory: String, key: UInt64) -> RulePack? {
        readPayload(from: file(for: packDirectory), magic: Self.magic, formatVersion: Self.formatVersion, key: key) { decoder in
            let pack = try decoder.pack()
            guard pack.directory == packDirectory else { throw PackDecoder.Damaged() }
            return pack
        }
    }

    func write(_ pack: RulePack, key: UInt64) {
        var payload = PackEncoder()
        payload.pack(pack)
        writePayload(payload.bytes, to: file(for: pack.directory), magic: Self.magic, formatVersion: Self.formatVersion, key: key)
    }

    /// Decodes the payload of a cache file whose header (magic, format version, key, payload
    /// hash) is as expected; nil if the file is missing, foreign, stale or damaged, or if
    /// `decode` fails or leaves bytes unread.
    func readPayload<Value>(
        from path: String, magic: [UInt8], formatVersion: Int, key: UInt64,
        _ decode: (inout PackDecoder) throws -> Value
    ) -> Value? {
        let headerBytes = magic.count + 3 * 8
        return withMappedFile(path, limit: 256 * 1024 * 1024) { buffer -> Value? in
            guard buffer.count >= headerBytes, buffer.prefix(magic.count).elementsEqual(magic) else { return nil }
            var header = PackDecoder(UnsafeRawBufferPointer(rebasing: buffer[magic.count..<headerBytes]))
            let payload = UnsafeRawBufferPointer(rebasing: buffer[headerBytes...])
            guard (try? header.int()) == formatVersion, (try? header.uint64()) == key,
                (try? header.uint64()) == PackHasher.hash(payload)
            else { return nil }
            var decoder = PackDecoder(payload)
            guard let value = try? decode(&decoder), decoder.isAtEnd else { return nil }
            return value
        }
    }

    /// Writes a cache file atomically (a temporary file renamed into place); failures are ignored.
    func writePayload(_ payload: [UInt8], to destination: String, magic: [UInt8], formatVersion: Int, key: UInt64) {
        var header = PackEncoder()
        header.int(formatVersion)
        header.uint64(key)
        header.uint64(payload.withUnsafeBytes { PackHasher.hash($0) })
        let contents = magic + header.bytes + payload

        try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let temporary = destination + ".\(getpid()).\(UInt32.random(in: .min ... .max)).tmp"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { return }
        let written = writeAll(contents, to: descriptor)
        if close(descriptor) == 0 && written && rename(temporary, destination) == 0 { return }
        unlink(temporary)
    }
}

extension RuleLoader {
    /// Loads a pack through `cache` when given: on a hit no YAML is parsed; on a miss the
    /// pack is loaded as `load(directory:)` does and, if it has no problem, cached.
    public func load(directory: String, cache: PackCache?) throws -> RulePack {
        try loadIdentified(directory: directory, cache: cache).pack
    }

    /// `load(directory:cache:)`, with the cache key of the pack's files when it is known to
    /// describe the pack returned (nil without a cache, or when a file changed while loading).
    func loadIdentified(directory: String, cache: PackCache?) throws -> (pack: RulePack, key: UInt64?) {
        guard let cache else { return (try load(directory: directory), nil) }
        guard let files = packFiles(under: directory), !files.isEmpty,
            let key = PackCache.key(packDirectory: directory, files: files)
        else {
            return (try load(directory: directory), nil)
        }
        if let pack = cache.read(packDirectory: directory, key: key) { return (pack, key) }
        let pack = try load(directory: directory)
        // A file changed while loading: the pack may not match the key, so it is not kept.
        if let files = packFiles(under: directory), PackCache.key(packDirectory: directory, files: files) == key {
            cache.write(pack, key: key)
            return (pack, key)
        }
        return (pack, nil)
    }
}

// MARK: - Files

/// Device, inode, size, and modification and change times to the nanosecond; returns the
/// change time's seconds.
private func combineFileIdentity(_ status: stat, into hasher: inout PackHasher) -> Int {
    hasher.combine(Int(status.st_dev))
    hasher.combine(Int(status.st_ino))
    hasher.combine(Int(status.st_size))
    #if os(Linux)
        let (modified, changed) = (status.st_mtim, status.st_ctim)
    #else
        let (modified, changed) = (status.st_mtimespec, status.st_ctimespec)
    #endif
    hasher.combine(Int(modified.tv_sec))
    hasher.combine(Int(modified.tv_nsec))
    hasher.combine(Int(changed.tv_sec))
    hasher.combine(Int(changed.tv_nsec))
    return Int(changed.tv_sec)
}

/// A rebuilt cria may read rules differently under the same version number: the running
/// executable's identity (inode, size, modification time) keeps a development build from
/// using packs cached by an older one.
func combineExecutableIdentity(into hasher: inout PackHasher) {
    #if os(Linux)
        var executable = stat()
        guard stat("/proc/self/exe", &executable) == 0 else { return }
        hasher.combine(Int(executable.st_ino))
        hasher.combine(Int(executable.st_size))
        hasher.combine(Int(executable.st_mtim.tv_sec))
        hasher.combine(Int(executable.st_mtim.tv_nsec))
    #endif
}

/// The file name of the running executable (`cria`, `cria-serve`): what `/proc/self/exe`
/// links to, read without Foundation (this is on every check's path).
let runningExecutableName = PathParts(RuleLocator.executablePath()).name

/// Calls `body` with the contents of a regular file of at most `limit` bytes, mapped into
/// memory rather than read: a cache file is half a megabyte, and mapping it with every page
/// filled in one call spares a copy and a hundred page faults. Cache files are only ever
/// replaced by renaming, never rewritten in place, so a mapped file does not change under
/// the decoder. Nil when the file cannot be opened or mapped.
private func withMappedFile<Value>(_ path: String, limit: Int, _ body: (UnsafeRawBufferPointer) -> Value?) -> Value? {
    let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY)
    guard descriptor >= 0 else { return nil }
    defer { close(descriptor) }
    var status = stat()
    guard fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG,
        status.st_size > 0, status.st_size <= limit
    else { return nil }
    let size = Int(status.st_size)
    #if os(Linux)
        let flags = MAP_PRIVATE | MAP_POPULATE
    #else
        let flags = MAP_PRIVATE
    #endif
    guard let address = mmap(nil, size, PROT_READ, flags, descriptor, 0), address != MAP_FAILED else { return nil }
    defer { munmap(address, size) }
    return body(UnsafeRawBufferPointer(start: address, count: size))
}

/// The bytes of a regular file of at most `limit` bytes, read as documents are (anything
/// else, a FIFO above all, is refused unread); nil when it cannot be read.
private func regularFileBytes(_ path: String, limit: Int) -> [UInt8]? {
    var limits = ReadLimits()
    limits.maxFileBytes = limit
    return try? DocumentLoader(limits: limits).readBytes(path: path)
}

private func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> Bool {
    bytes.withUnsafeBytes { buffer in
        var offset = 0
        while offset < buffer.count {
            let count = write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { return false }
            offset += count
        }
        return true
    }
}

/// The pack folder's `.yaml` and `.yml` files, sorted, as `RuleLoader.yamlFiles` finds them
/// but listed with `readdir` (FileManager's enumerator costs some 10M instructions for a
/// hundred files). Nil when the folder cannot be listed or holds a symbolic link to a
/// folder, which the cache then leaves alone.
func packFiles(under directory: String) -> [String]? {
    var files: [String] = [], ascii = true
    guard collectPackFiles(in: directory, into: &files, ascii: &ascii) else { return nil }
    // Other text sorts by its canonical form, which sorting folder by folder may not follow.
    return ascii ? files : files.sorted()
}

/// Appends the pack files in and below `folder` in the order of their paths, sorting each
/// folder's entry names rather than the whole list of paths, which share long starts: a
/// sort of the whole list was a fiftieth of a small check. A folder's name is sorted with a
/// slash after it, as it stands inside its files' paths. Names are sorted by their first
/// sixteen bytes as numbers, and whole where those tie: how ASCII names sort, at a third of
/// the cost of sorting the strings.
private func collectPackFiles(in folder: String, into files: inout [String], ascii: inout Bool) -> Bool {
    guard let stream = opendir(folder) else { return false }
    // Each entry's name as it sorts (a folder's with its slash) and whether it is a folder.
    var names: [String] = [], folders: [Bool] = []
    while let entry = readdir(stream) {
        let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
        if name == "." || name == ".." { continue }
        if ascii && !name.utf8.allSatisfy({ $0 < 0x80 }) { ascii = false }
        var isFolder = Int32(entry.pointee.d_type) == Int32(DT_DIR)
        if !isFolder && Int32(entry.pointee.d_type) != Int32(DT_REG) {
            // A link or an entry whose type readdir does not tell: a folder behind it would
            // make the list differ from the loader's, so the cache stands aside.
            var status = stat()
            if stat(folder + "/" + name, &status) == 0 && (status.st_mode & S_IFMT) == S_IFDIR {
                closedir(stream)
                return false
            }
            isFolder = false
        }
        names.append(isFolder ? name + "/" : name)
        folders.append(isFolder)
    }
    closedir(stream)
    let keys = names.map(sortKey)
    let order = names.indices.sorted { keys[$0] != keys[$1] ? keys[$0] < keys[$1] : names[$0] < names[$1] }
    // Paths are the folder's path and a slash, then the name: one string made per entry.
    let prefix = folder + "/"
    for index in order {
        let name = folders[index] ? String(names[index].dropLast()) : names[index]
        if isPackFileName(name) { files.append(prefix + name) }
        if folders[index], !collectPackFiles(in: prefix + name, into: &files, ascii: &ascii) { return false }
    }
    return true
}

/// Whether a name ends in `.yaml` or `.yml`, read from its bytes.
private func isPackFileName(_ name: String) -> Bool {
    var name = name
    return name.withUTF8 { bytes in
        let count = bytes.count
        return count >= 5 && bytes[(count - 5)...].elementsEqual(".yaml".utf8) || count >= 4 && bytes[(count - 4)...].elementsEqual(".yml".utf8)
    }
}

/// A name's first sixteen bytes as two big-endian numbers, zeros after a shorter name.
private func sortKey(_ name: String) -> (UInt64, UInt64) {
    var name = name
    return name.withUTF8 { bytes in
        var key: (UInt64, UInt64) = (0, 0)
        for place in 0..<min(bytes.count, 16) {
            let byte = UInt64(bytes[place])
            if place < 8 { key.0 |= byte << (56 - 8 * place) } else { key.1 |= byte << (56 - 8 * (place - 8)) }
        }
        return key
    }
}
