import Foundation
import XCTest

@testable import CriaKit

final class BatchInputTests: XCTestCase {
    func testGlobs() {
        XCTAssertTrue(Glob("*.xml").matches("a/b/c.xml"))
        XCTAssertFalse(Glob("*.xml").matches("a/b/c.json"))
        XCTAssertTrue(Glob("dfe/*.xml").matches("dfe/c.xml"))
        XCTAssertFalse(Glob("dfe/*.xml").matches("dfe/x/c.xml"))
        XCTAssertTrue(Glob("dfe/**/*.xml").matches("dfe/c.xml"))
        XCTAssertTrue(Glob("dfe/**/*.xml").matches("dfe/x/y/c.xml"))
        XCTAssertTrue(Glob("**/drafts/**").matches("a/drafts/b/c.json"))
        XCTAssertFalse(Glob("**/c.xml").matches("abc.xml"))
        XCTAssertTrue(Glob("**/c.xml").matches("ab/c.xml"))
        XCTAssertTrue(Glob("file?.[jx]s*").matches("file1.json"))
        XCTAssertFalse(Glob("file[!0-9].json").matches("file1.json"))
    }

    func testFolderExpansionWithIncludeAndExclude() throws {
        let fixture = try BatchFixture()
        try fixture.write("fixtures/dfe/notes.txt", "not a document")
        try fixture.write("fixtures/dfe/drafts/z.json", "{}")
        let all = BatchInputs.expand([fixture.fixtures]).map { String($0.path.dropFirst(fixture.fixtures.count + 1)) }
        XCTAssertEqual(all, ["bad/broken.json", "bad/broken.xml", "dfe/a.json", "dfe/b.xml", "dfe/drafts/z.json", "dwp/c.json", "dwp/d.xml"])
        let some = BatchInputs.expand([fixture.fixtures], selection: InputSelection(includes: ["dfe/**"], excludes: ["**/drafts/**", "*.txt"]))
            .map { String($0.path.dropFirst(fixture.fixtures.count + 1)) }
        XCTAssertEqual(some, ["dfe/a.json", "dfe/b.xml"])
        // A file given by name is an input whatever its name.
        XCTAssertEqual(BatchInputs.expand([fixture.fixtures + "/dfe/notes.txt"]).count, 1)
    }

    func testListsKeepEveryLine() {
        let list = PathList(bytes: Array("a.xml\r\nb.json\n\n  \nsome folder\rlast".utf8))
        XCTAssertEqual(list.map(\.path), ["a.xml", "b.json", "some folder", "last"])
        XCTAssertEqual(list.count, 4)
    }

    /// A list is read from its file as the batch goes, 64 kB at a time: lines across the
    /// chunks' edges come out whole, and a list that cannot be opened is an error at once.
    func testListsAreReadFromTheirFileAsTheBatchGoes() throws {
        let fixture = try BatchFixture()
        let paths = (0..<9000).map { "folder/\(String(repeating: "d", count: $0 % 23))/document-\($0).xml" }
        let file = fixture.root + "/list.txt"
        try (paths.joined(separator: "\r\n") + "\n").write(toFile: file, atomically: true, encoding: .utf8)
        let list = try PathList(path: file)
        XCTAssertEqual(list.count, 9000)
        XCTAssertEqual(list.map(\.path), paths)
        XCTAssertThrowsError(try PathList(path: fixture.root + "/no-such-list.txt"))
    }

    func testDepartmentRule() throws {
        XCTAssertEqual(try DepartmentRule(pattern: "{dir}").resolve(metadata: nil, path: "corpus/dfe/a.xml"), "dfe")
        XCTAssertEqual(try DepartmentRule(pattern: "{dir}").resolve(metadata: "DWP", path: "corpus/dfe/a.xml"), "DWP")
        XCTAssertEqual(try DepartmentRule(pattern: "corpus/([^/]+)/").resolve(metadata: nil, path: "x/corpus/moj/y/a.xml"), "moj")
        XCTAssertEqual(try DepartmentRule(pattern: "corpus/([^/]+)/").resolve(metadata: nil, path: "a.xml"), "Unknown")
        XCTAssertEqual(DepartmentRule.none.resolve(metadata: " ", path: "corpus/dfe/a.xml"), "Unknown")
        XCTAssertThrowsError(try DepartmentRule(pattern: "corpus/[^/]+/"))
        XCTAssertThrowsError(try DepartmentRule(pattern: "(("))
    }

    func testRunnerKeepsInputOrderWithManyJobs() throws {
        let fixture = try BatchFixture()
        let compiled = CompiledPack(try RuleLoader().load(directory: fixture.pack))
        let inputs = Array(repeating: fixture.standardInputs, count: 20).flatMap { $0 }
        var seen: [Int] = []
        var paths: [String] = []
        try BatchRunner(pack: compiled, jobs: 4).run(inputs) { entry in
            seen.append(entry.index)
            paths.append(entry.path)
        }
        XCTAssertEqual(seen, Array(0..<inputs.count))
        XCTAssertEqual(paths, inputs.map(\.path))
    }
}
