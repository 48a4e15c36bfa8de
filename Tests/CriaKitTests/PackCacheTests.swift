import Foundation
import XCTest

@testable import CriaKit

final class PackCacheTests: XCTestCase {
    private var cacheDirectory = ""

    override func setUp() {
        cacheDirectory = NSTemporaryDirectory() + "cria-cache-" + UUID().uuidString
    }

    override func tearDown() {
        try? FileManager.default.removeItem(atPath: cacheDirectory)
    }

    private var cache: PackCache { PackCache(directory: cacheDirectory) }

    /// Everything a pack holds, as text that does not depend on dictionary or set order.
    private func summary(_ pack: RulePack) -> String {
        let rules = pack.rules.map { rule in
            [
                rule.id, rule.title, "\(rule.articles)", "\(rule.references)", rule.severity.rawValue, canonical(rule.applies),
                canonical(rule.expect), canonical(rule.review), rule.message, rule.guidance, "\(rule.examples)", rule.file, "\(rule.location)",
            ]
            .joined(separator: "|")
        }
        let lexicons = pack.lexicons.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
        return "\(pack.directory)\n\(rules)\n\(lexicons)\n\(pack.roles)\n\(pack.relevance)"
    }

    private func canonical(_ condition: Condition?) -> String {
        guard let condition else { return "nil" }
        switch condition {
        case .all(let items): return "all(\(items.map(canonical)))"
        case .any(let items): return "any(\(items.map(canonical)))"
        case .not(let inner): return "not(\(canonical(inner)))"
        case .someOf(let items, let atLeast): return "someOf(\(items.map(canonical)), \(atLeast))"
        case .primitive(let primitive):
            if let relevance = primitive.condition as? RelevanceCondition { return "relevance(\(relevance.accepted.map(\.rawValue).sorted()))" }
            if let kind = primitive.condition as? KindCondition { return "kind(\(kind.kinds.map(\.rawValue).sorted()))" }
            return "\(primitive.condition)"
        }
    }

    private func currentKey(_ directory: String) -> UInt64? {
        packFiles(under: directory).flatMap { PackCache.key(packDirectory: directory, files: $0) }
    }

    private func isCached(_ directory: String) -> Bool {
        currentKey(directory).flatMap { cache.read(packDirectory: directory, key: $0) } != nil
    }

    func testTheBundledPackReadsBackFromTheCacheUnchanged() throws {
        let directory = packageRoot + "/rules"
        let parsed = try RuleLoader().load(directory: directory)
        XCTAssertFalse(isCached(directory))
        let first = try RuleLoader().load(directory: directory, cache: cache)
        XCTAssertTrue(isCached(directory))
        let second = try RuleLoader().load(directory: directory, cache: cache)
        XCTAssertEqual(summary(first), summary(parsed))
        XCTAssertEqual(summary(second), summary(parsed))
        XCTAssertEqual(second.rules.count, parsed.rules.count)
    }

    func testEveryConditionKindRoundTrips() throws {
        let rule = TestPack.rule(
            id: "all-kinds",
            expect: """
                {all: [{section: children-views, minWords: 5, maxWords: 900}, {not: {hasText: true, minWords: 3}}, \
                {someOf: [{mentions: children, in: [children-views], atLeast: 2, distinct: true, perThousandWords: 1.5}, \
                {mentions: [kids, "young carers"], atLeast: 1}], atLeast: 1}, {cites: [3, 12], match: all}, \
                {field: impact, is: [high, medium]}, {field: score, atLeast: 2.5}, {field: score, atMost: 9}, \
                {near: [children, families], within: paragraph, in: document, atLeast: 1}, \
                {any: [{relevance: [direct, indirect]}, {screeningConsistent: true}]}, \
                {count: children, in: [children-views], atLeast: 0.5, atMost: 40}, {count: [kids], atMost: 2}]}
                """,
            applies: "{relevance: direct}", review: "{section: evidence}")
        let pack = try TestPack.make(files: ["rules/a.yaml": TestPack.rulesFile(rule)])
        defer { pack.remove() }
        let parsed = try RuleLoader().load(directory: pack.directory)
        _ = try RuleLoader().load(directory: pack.directory, cache: cache)
        XCTAssertTrue(isCached(pack.directory))
        XCTAssertEqual(summary(try RuleLoader().load(directory: pack.directory, cache: cache)), summary(parsed))
    }

    func testAChangedRuleFileIsLoadedAfresh() throws {
        let pack = try TestPack.make(files: ["rules/a.yaml": TestPack.rulesFile(TestPack.rule(id: "first-rule", expect: "{section: evidence}"))])
        defer { pack.remove() }
        XCTAssertEqual(try RuleLoader().load(directory: pack.directory, cache: cache).rules.map(\.id), ["first-rule"])
        try TestPack.rulesFile(TestPack.rule(id: "second-rule", expect: "{section: evidence}"))
            .write(toFile: pack.directory + "/rules/a.yaml", atomically: true, encoding: .utf8)
        XCTAssertEqual(try RuleLoader().load(directory: pack.directory, cache: cache).rules.map(\.id), ["second-rule"])
        try "rules:\n".write(toFile: pack.directory + "/rules/b.yaml", atomically: true, encoding: .utf8)
        XCTAssertNil(currentKey(pack.directory).flatMap { cache.read(packDirectory: pack.directory, key: $0) })
    }

    /// A rule file rewritten in place with text of the same length keeps its inode and size,
    /// and within one tick of the kernel's file clock its times too: the key must still change.
    func testARuleFileRewrittenInPlaceAtOnceIsLoadedAfresh() throws {
        let file = "rules/a.yaml"
        let pack = try TestPack.make(files: [file: TestPack.rulesFile(TestPack.rule(id: "rule-one", expect: "{section: evidence}"))])
        defer { pack.remove() }
        XCTAssertEqual(try RuleLoader().load(directory: pack.directory, cache: cache).rules.map(\.id), ["rule-one"])
        for id in ["rule-two", "rule-one", "rule-six"] {
            try rewriteInPlace(pack.directory + "/" + file, with: TestPack.rulesFile(TestPack.rule(id: id, expect: "{section: evidence}")))
            XCTAssertEqual(try RuleLoader().load(directory: pack.directory, cache: cache).rules.map(\.id), [id])
        }
    }

    /// Once a file is older than the two seconds in which its contents are hashed, the key
    /// rests on `stat` alone, and a later write in place still changes it.
    func testARuleFileRewrittenInPlaceLaterIsLoadedAfresh() throws {
        let file = "rules/a.yaml"
        let pack = try TestPack.make(files: [file: TestPack.rulesFile(TestPack.rule(id: "rule-one", expect: "{section: evidence}"))])
        defer { pack.remove() }
        Thread.sleep(forTimeInterval: 3.1)
        XCTAssertEqual(try RuleLoader().load(directory: pack.directory, cache: cache).rules.map(\.id), ["rule-one"])
        XCTAssertTrue(isCached(pack.directory))
        try rewriteInPlace(pack.directory + "/" + file, with: TestPack.rulesFile(TestPack.rule(id: "rule-two", expect: "{section: evidence}")))
        XCTAssertFalse(isCached(pack.directory))
        XCTAssertEqual(try RuleLoader().load(directory: pack.directory, cache: cache).rules.map(\.id), ["rule-two"])
    }

    /// Overwrites a file's bytes without replacing the file (same inode), as an editor that
    /// saves in place does.
    private func rewriteInPlace(_ path: String, with text: String) throws {
        let handle = try XCTUnwrap(FileHandle(forWritingAtPath: path))
        defer { try? handle.close() }
        try handle.truncate(atOffset: 0)
        handle.write(Data(text.utf8))
    }

    func testATruncatedOrGarbageCacheFileIsIgnoredAndRewritten() throws {
        let pack = try TestPack.make(files: ["rules/a.yaml": TestPack.rulesFile(TestPack.rule(expect: "{section: evidence}"))])
        defer { pack.remove() }
        let expected = summary(try RuleLoader().load(directory: pack.directory))
        _ = try RuleLoader().load(directory: pack.directory, cache: cache)
        let file = cache.file(for: pack.directory)
        let valid = try Data(contentsOf: URL(fileURLWithPath: file))
        var garbage = SystemRandomNumberGenerator()
        let damaged: [Data] = [
            valid.prefix(valid.count / 2), valid.prefix(10), Data(),
            Data((0..<4096).map { _ in UInt8.random(in: 0...255, using: &garbage) }),
            valid.prefix(PackCache.headerBytes) + Data(repeating: 0xFF, count: valid.count - PackCache.headerBytes),
        ]
        for bytes in damaged {
            try bytes.write(to: URL(fileURLWithPath: file))
            XCTAssertFalse(isCached(pack.directory))
            XCTAssertEqual(summary(try RuleLoader().load(directory: pack.directory, cache: cache)), expected)
            XCTAssertTrue(isCached(pack.directory))
        }
    }

    func testDamageInsideTheDecoderIsRefused() throws {
        let pack = try RuleLoader().load(directory: packageRoot + "/rules")
        var encoder = PackEncoder()
        encoder.pack(pack)
        let bytes = encoder.bytes
        for length in stride(from: 0, to: bytes.count, by: max(1, bytes.count / 97)) {
            let decoded = bytes.prefix(length).withUnsafeBytes { buffer -> RulePack? in
                var decoder = PackDecoder(buffer)
                return try? decoder.pack()
            }
            XCTAssertNil(decoded, "a pack cut at byte \(length) decoded")
        }
    }

    func testABrokenPackIsReportedAsBeforeAndNotCached() throws {
        let rule = TestPack.rule(id: "my-rule", expect: "{mentions: nowhere}")
        let pack = try TestPack.make(files: ["rules/a.yaml": TestPack.rulesFile(rule)])
        defer { pack.remove() }
        func problems(_ cache: PackCache?) -> [RuleProblem] {
            do {
                _ = try RuleLoader().load(directory: pack.directory, cache: cache)
                return []
            } catch let error as RuleLoadError { return error.problems } catch { return [] }
        }
        let uncached = problems(nil)
        XCTAssertFalse(uncached.isEmpty)
        XCTAssertEqual(problems(cache), uncached)
        XCTAssertEqual(problems(cache), uncached)
        XCTAssertFalse(FileManager.default.fileExists(atPath: cache.file(for: pack.directory)))
    }

    func testAnUnwritableCacheDoesNotFailTheLoad() throws {
        let pack = try TestPack.make(files: ["rules/a.yaml": TestPack.rulesFile(TestPack.rule(expect: "{section: evidence}"))])
        defer { pack.remove() }
        // A plain file where the cache folder should be: nothing can be written below it.
        try Data("not a folder".utf8).write(to: URL(fileURLWithPath: cacheDirectory))
        XCTAssertEqual(try RuleLoader().load(directory: pack.directory, cache: cache).rules.map(\.id), ["test-rule"])
        XCTAssertEqual(try RuleLoader().load(directory: pack.directory, cache: cache).rules.map(\.id), ["test-rule"])
    }

    func testThePackFilesAreTheOnesTheLoaderReads() throws {
        let pack = try TestPack.make(files: ["rules/a.yaml": "rules:\n", "rules/deeper/b.yml": "rules:\n", "notes.txt": "x", ".hidden/c.yaml": "rules:\n"])
        defer { pack.remove() }
        XCTAssertEqual(packFiles(under: pack.directory), RuleLoader().yamlFiles(under: pack.directory))
        XCTAssertEqual(packFiles(under: packageRoot + "/rules"), RuleLoader().yamlFiles(under: packageRoot + "/rules"))
        try FileManager.default.createSymbolicLink(atPath: pack.directory + "/linked", withDestinationPath: pack.directory + "/rules")
        XCTAssertNil(packFiles(under: pack.directory))
    }

    func testThePackFilesAreInTheLoadersOrderWhateverTheirNames() throws {
        let ascii = ["rules/B.yaml", "rules/a.yaml", "rules/a-b.yaml", "rules/a.b.yaml", "rules/ab.yaml", "rules/a/z.yaml", "rules/a0.yml"]
        let other = ascii + ["rules/\u{e9}t\u{e9}.yaml", "rules/e\u{301}a.yaml", "rules/f.yaml"]
        for names in [ascii, other] {
            let pack = try TestPack.make(files: Dictionary(uniqueKeysWithValues: names.map { ($0, "rules:\n") }))
            defer { pack.remove() }
            XCTAssertEqual(packFiles(under: pack.directory), RuleLoader().yamlFiles(under: pack.directory))
        }
    }

    func testTheEnvironmentChoosesTheFolderOrTurnsTheCacheOff() {
        XCTAssertEqual(PackCache.fromEnvironment(["XDG_CACHE_HOME": "/x/cache", "HOME": "/home/me"])?.directory, "/x/cache/cria")
        XCTAssertEqual(PackCache.fromEnvironment(["XDG_CACHE_HOME": "relative", "HOME": "/home/me"])?.directory, "/home/me/.cache/cria")
        XCTAssertEqual(PackCache.fromEnvironment(["HOME": "/home/me"])?.directory, "/home/me/.cache/cria")
        XCTAssertNil(PackCache.fromEnvironment(["HOME": "/home/me", "CRIA_CACHE": "off"]))
        XCTAssertNil(PackCache.fromEnvironment([:]))
    }
}
