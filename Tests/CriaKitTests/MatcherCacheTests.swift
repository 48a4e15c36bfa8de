import Foundation
import XCTest

@testable import CriaKit

final class MatcherCacheTests: XCTestCase {
    private var cacheDirectory = ""

    override func setUp() {
        cacheDirectory = NSTemporaryDirectory() + "cria-matcher-cache-" + UUID().uuidString
    }

    override func tearDown() {
        try? FileManager.default.removeItem(atPath: cacheDirectory)
    }

    private var cache: PackCache { PackCache(directory: cacheDirectory) }

    private func inputs(_ pack: RulePack) -> (lexicons: [Lexicon], phrases: [String]) {
        (Array(pack.lexicons.values), pack.roles.flatMap(\.titles))
    }

    private func cachedMatcher(_ pack: RulePack) -> TermMatcher? {
        let (lexicons, phrases) = inputs(pack)
        return cache.readPayload(
            from: cache.file(named: "matcher", for: pack.directory), magic: PackCache.matcherMagic,
            formatVersion: PackCache.matcherFormatVersion,
            key: PackCache.matcherKey(lexicons: lexicons, phrases: phrases)
        ) { try $0.termMatcher(lexicons: lexicons) }
    }

    /// Every mention the matcher finds in `text`: first and last token, term and lexicons.
    private func mentions(_ matcher: TermMatcher, in text: String) -> [String] {
        var words = WordTable(vocabulary: matcher.vocabulary)
        var sentence = 0, clause = 0
        let tokens = Tokenizer.tokenize(text, words: &words, sentence: &sentence, clause: &clause)
        var found: [String] = []
        matcher.matches(in: tokens, text: text) { start, end, accept in
            found.append("\(start)-\(end) \(matcher.terms[accept.term]) \(accept.lexicons.map { matcher.lexiconNames[$0] })")
        }
        return found
    }

    private func assertSame(_ decoded: TermMatcher, _ built: TermMatcher, file: StaticString = #filePath, line: UInt = #line) throws {
        XCTAssertEqual(decoded.vocabulary.stems, built.vocabulary.stems, file: file, line: line)
        XCTAssertEqual(decoded.vocabulary.flags.map(\.rawValue), built.vocabulary.flags.map(\.rawValue), file: file, line: line)
        XCTAssertEqual(decoded.vocabulary.ids, built.vocabulary.ids, file: file, line: line)
        XCTAssertEqual(decoded.phrases, built.phrases, file: file, line: line)
        XCTAssertEqual(decoded.lexiconNames, built.lexiconNames, file: file, line: line)
        XCTAssertEqual(decoded.lexiconIndex, built.lexiconIndex, file: file, line: line)
        XCTAssertEqual(decoded.terms, built.terms, file: file, line: line)
        XCTAssertEqual(decoded.rootChildren, built.rootChildren, file: file, line: line)
        XCTAssertEqual(decoded.childStart, built.childStart, file: file, line: line)
        XCTAssertEqual(decoded.childStems, built.childStems, file: file, line: line)
        XCTAssertEqual(decoded.childNodes, built.childNodes, file: file, line: line)
        XCTAssertEqual(decoded.acceptStart, built.acceptStart, file: file, line: line)
        func describe(_ accepts: [TermMatcher.Accept]) -> [String] {
            accepts.map { "\($0.lexicons) \($0.term) \($0.exactWords.map { "\($0.offset):\($0.word)" })" }
        }
        XCTAssertEqual(describe(decoded.accepts), describe(built.accepts), file: file, line: line)
        XCTAssertEqual(decoded.childMasks, built.childMasks, file: file, line: line)
        // Every ASCII stem finds its number through the table read back, as through the built one.
        for (number, stem) in built.vocabulary.stems.enumerated() where stem.utf8.allSatisfy({ $0 < 0x80 }) {
            let found = Array(stem.utf8).withUnsafeBufferPointer { decoded.vocabulary.asciiIDs.id(of: $0) }
            XCTAssertEqual(found, Int32(number), stem, file: file, line: line)
        }
        let sample = try String(contentsOfFile: packageRoot + "/samples/dfe-school-attendance-mentors.xml", encoding: .utf8)
        let found = mentions(built, in: sample)
        XCTAssertFalse(found.isEmpty, file: file, line: line)
        XCTAssertEqual(mentions(decoded, in: sample), found, file: file, line: line)
    }

    func testACachedMatcherEqualsAFreshlyBuiltOne() throws {
        let pack = try RuleLoader().load(directory: packageRoot + "/rules")
        let (lexicons, phrases) = inputs(pack)
        let built = TermMatcher(lexicons: lexicons, phrases: phrases)
        XCTAssertNil(cachedMatcher(pack))
        let first = cache.termMatcher(lexicons: lexicons, phrases: phrases, packDirectory: pack.directory)
        try assertSame(first, built)
        let decoded = try XCTUnwrap(cachedMatcher(pack))
        try assertSame(decoded, built)
        try assertSame(cache.termMatcher(lexicons: lexicons, phrases: phrases, packDirectory: pack.directory), built)

        // Through the compiled pack too: the role titles come out the same.
        let compiled = CompiledPack(pack, cache: cache), fresh = CompiledPack(pack)
        try assertSame(compiled.matcher, built)
        XCTAssertEqual(compiled.roleTitles.map(\.phrases), fresh.roleTitles.map(\.phrases))
        XCTAssertEqual(compiled.contentRoles.map { "\($0)" }, fresh.contentRoles.map { "\($0)" })
    }

    func testATruncatedOrGarbageMatcherFileIsIgnoredAndRewritten() throws {
        let pack = try RuleLoader().load(directory: packageRoot + "/rules")
        let (lexicons, phrases) = inputs(pack)
        let built = TermMatcher(lexicons: lexicons, phrases: phrases)
        _ = cache.termMatcher(lexicons: lexicons, phrases: phrases, packDirectory: pack.directory)
        let file = cache.file(named: "matcher", for: pack.directory)
        let valid = try Data(contentsOf: URL(fileURLWithPath: file))
        let header = PackCache.matcherMagic.count + 24
        // A parsed pack's cache file: a valid file, but not a matcher.
        _ = try RuleLoader().load(directory: pack.directory, cache: cache)
        let foreign = try Data(contentsOf: URL(fileURLWithPath: cache.file(for: pack.directory)))
        var garbage = SystemRandomNumberGenerator()
        let damaged: [Data] = [
            valid.prefix(valid.count / 2), valid.prefix(10), Data(),
            Data((0..<4096).map { _ in UInt8.random(in: 0...255, using: &garbage) }),
            valid.prefix(header) + Data(repeating: 0xFF, count: valid.count - header),
            foreign,
        ]
        for bytes in damaged {
            try bytes.write(to: URL(fileURLWithPath: file))
            XCTAssertNil(cachedMatcher(pack))
            try assertSame(cache.termMatcher(lexicons: lexicons, phrases: phrases, packDirectory: pack.directory), built)
            XCTAssertNotNil(cachedMatcher(pack))
        }
    }

    func testDamageInsideTheMatcherDecoderIsRefused() throws {
        let pack = try RuleLoader().load(directory: packageRoot + "/rules")
        let (lexicons, phrases) = inputs(pack)
        var encoder = PackEncoder()
        encoder.termMatcher(TermMatcher(lexicons: lexicons, phrases: phrases), lexicons: lexicons)
        let bytes = encoder.bytes
        for length in stride(from: 0, to: bytes.count, by: max(1, bytes.count / 97)) {
            let decoded = bytes.prefix(length).withUnsafeBytes { buffer -> TermMatcher? in
                var decoder = PackDecoder(buffer)
                guard let matcher = try? decoder.termMatcher(lexicons: lexicons), decoder.isAtEnd else { return nil }
                return matcher
            }
            XCTAssertNil(decoded, "a matcher cut at byte \(length) decoded")
        }
    }

    func testAChangedLexiconTermInvalidatesTheCachedMatcher() throws {
        let pack = try RuleLoader().load(directory: packageRoot + "/rules")
        _ = cache.termMatcher(lexicons: inputs(pack).lexicons, phrases: inputs(pack).phrases, packDirectory: pack.directory)
        XCTAssertNotNil(cachedMatcher(pack))

        var lexicons = pack.lexicons
        let name = try XCTUnwrap(lexicons.keys.sorted().first)
        let lexicon = try XCTUnwrap(lexicons[name])
        lexicons[name] = Lexicon(name: lexicon.name, description: lexicon.description, terms: lexicon.terms + ["zebra crossing wardens"])
        let changed = RulePack(directory: pack.directory, rules: pack.rules, lexicons: lexicons, roles: pack.roles, relevance: pack.relevance, statements: pack.statements)
        XCTAssertNil(cachedMatcher(changed))
        let matcher = cache.termMatcher(lexicons: inputs(changed).lexicons, phrases: inputs(changed).phrases, packDirectory: changed.directory)
        XCTAssertTrue(matcher.terms.contains("zebra crossing wardens"))
        XCTAssertEqual(mentions(matcher, in: "Zebra crossing wardens again.").count, 1)
        XCTAssertNil(cachedMatcher(pack))
    }
}
