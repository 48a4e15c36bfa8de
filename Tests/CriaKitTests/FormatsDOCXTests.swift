import Foundation
import XCTest
import ZIPFoundation

@testable import CriaKit

/// Word documents built in a temporary folder with ZIPFoundation.
final class FormatsDOCXTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("cria-docx-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    static let w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

    static func paragraph(_ text: String, style: String? = nil) -> String {
        let properties = style.map { "<w:pPr><w:pStyle w:val=\"\($0)\"/></w:pPr>" } ?? ""
        return "<w:p>\(properties)<w:r><w:t xml:space=\"preserve\">\(text)</w:t></w:r></w:p>"
    }

    static func table(_ rows: [[String]]) -> String {
        "<w:tbl>"
            + rows.map { row in
                "<w:tr>" + row.map { "<w:tc>\(paragraph($0))</w:tc>" }.joined() + "</w:tr>"
            }.joined() + "</w:tbl>"
    }

    static func documentXML(_ body: String) -> String {
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document xmlns:w=\"\(w)\"><w:body>\(body)<w:sectPr/></w:body></w:document>"
    }

    /// Writes a DOCX holding `entries` (path → content), deflated.
    @discardableResult
    func makeDOCX(_ name: String, _ entries: [(String, String)]) throws -> String {
        let url = folder.appendingPathComponent(name)
        let archive = try Archive(url: url, accessMode: .create)
        for (path, content) in entries {
            let data = Data(content.utf8)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return url.path
    }

    static let styles = """
        <?xml version="1.0" encoding="UTF-8"?><w:styles xmlns:w="\(w)">
        <w:style w:type="paragraph" w:styleId="a1"><w:name w:val="heading 1"/></w:style>
        <w:style w:type="paragraph" w:styleId="a2"><w:name w:val="heading 2"/></w:style>
        <w:style w:type="paragraph" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
        </w:styles>
        """

    static let core = """
        <?xml version="1.0" encoding="UTF-8"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/"><dc:title>Free school meals CRIA</dc:title><dc:creator>A. Official</dc:creator><dcterms:modified>2025-03-01T10:00:00Z</dcterms:modified></cp:coreProperties>
        """

    static let app = """
        <?xml version="1.0" encoding="UTF-8"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Company>Department for Education</Company></Properties>
        """

    func sampleBody() -> String {
        Self.paragraph("Free school meals", style: "Title")
            + Self.paragraph("Screening", style: "Heading1")
            + Self.paragraph("The proposal affects children in\u{0009}primary schools.")
            + "<w:p><w:r><w:t>Split </w:t></w:r><w:r><w:t>runs</w:t><w:tab/><w:t>and tabs</w:t><w:br/><w:t>and breaks</w:t></w:r><w:r><w:delText>deleted</w:delText></w:r></w:p>"
            + Self.paragraph("")
            + Self.paragraph("Evidence", style: "a2")
            + Self.table([["Age", "Pupils", "Share"], ["5-7", "1,200", "12%"]])
            + Self.paragraph("Überschrift", style: "berschrift1")
            + Self.table([
                ["Have children's views been sought?", "Yes: 40 pupils in two schools told us what they thought."],
                ["What is the impact on Article 3?", "Positive."],
            ])
    }

    func loadSample() throws -> Proposal {
        let path = try makeDOCX(
            "sample.docx",
            [
                ("[Content_Types].xml", "<Types/>"),
                ("word/document.xml", Self.documentXML(sampleBody())),
                ("word/styles.xml", Self.styles),
                ("docProps/core.xml", Self.core),
                ("docProps/app.xml", Self.app),
            ])
        return Proposal(document: try DocumentLoader().load(path: path))
    }

    func testHeadingsParagraphsAndTables() throws {
        let proposal = try loadSample()
        XCTAssertEqual(proposal.format, .docx)
        let titles = proposal.root.subtree.dropFirst().map(\.title)
        XCTAssertEqual(
            titles,
            [
                "Free school meals", "Screening", "Evidence", "Überschrift",
                "Have children's views been sought?", "What is the impact on Article 3?",
            ])
        let screening = proposal.sections.first { $0.title == "Screening" }!
        XCTAssertEqual(
            screening.segments.map(\.text),
            [
                "The proposal affects children in primary schools.",
                "Split runs and tabs and breaks",
            ])
        XCTAssertEqual(screening.location, SourceLocation(line: 2, column: 1))
        XCTAssertEqual(screening.segments[1].location, SourceLocation(line: 4, column: 1))
        XCTAssertEqual(screening.segments[1].node.path, "/document/body/p[4]")
        let evidence = proposal.sections.first { $0.title == "Evidence" }!
        XCTAssertEqual(evidence.level, 2)
        XCTAssertEqual(evidence.parent?.title, "Screening")
        XCTAssertEqual(evidence.segments.map(\.text), ["Age | Pupils | Share", "5-7 | 1,200 | 12%"])
        XCTAssertEqual(evidence.segments[1].node.path, "/document/body/tbl[1]/tr[2]")
        // Paragraph 6 is "Evidence"; the table's cells are paragraphs 7-12.
        XCTAssertEqual(evidence.segments[1].location, SourceLocation(line: 10, column: 1))
    }

    func testQuestionAnswerTableRowsBecomeSections() throws {
        let proposal = try loadSample()
        let views = try XCTUnwrap(proposal.sections.first { $0.title == "Have children's views been sought?" })
        XCTAssertEqual(views.text, "Yes: 40 pupils in two schools told us what they thought.")
        XCTAssertEqual(views.path, "/document/body/tbl[2]/tr[1]")
        XCTAssertEqual(views.location, SourceLocation(line: 14, column: 1))
        XCTAssertEqual(views.segments.first?.node.path, "/document/body/tbl[2]/tr[1]/tc[2]/p[1]")
        XCTAssertEqual(views.segments.first?.location, SourceLocation(line: 15, column: 1))
        XCTAssertEqual(views.parent?.title, "Überschrift")
    }

    func testCoreAndAppProperties() throws {
        let metadata = try loadSample().metadata
        XCTAssertEqual(metadata.title, "Free school meals CRIA")
        XCTAssertEqual(metadata.department, "Department for Education")
        XCTAssertEqual(metadata.date, "2025-03-01T10:00:00Z")
        XCTAssertTrue(metadata.extra.contains { $0.key == "author" && $0.value == "A. Official" })
    }

    func testWithoutPropertiesTitleComesFromContent() throws {
        let path = try makeDOCX("plain.docx", [("word/document.xml", Self.documentXML(Self.paragraph("School transport", style: "Heading1") + Self.paragraph("Buses for pupils.")))])
        let proposal = Proposal(document: try DocumentLoader().load(path: path))
        XCTAssertEqual(proposal.metadata.title, "School transport")
        XCTAssertEqual(proposal.sections.map(\.title), ["School transport"])
    }

    func testInspectNamesTheFormat() throws {
        let text = SectionTreeReport.text(try loadSample(), relevance: nil)
        XCTAssertTrue(text.contains("(docx)"), text)
        XCTAssertTrue(text.contains("locations: line = paragraph number"), text)
    }

    // MARK: Refusals

    private func assertRefused(
        _ path: String, limits: ReadLimits = .default, _ message: String,
        file: StaticString = #filePath, line: UInt = #line
    ) {
        XCTAssertThrowsError(try DocumentLoader(limits: limits).load(path: path), file: file, line: line) { error in
            let description = (error as? InputError)?.description ?? "\(error)"
            XCTAssertTrue(description.contains(message), description, file: file, line: line)
        }
    }

    func testRefusesPKFileThatIsNotAZIP() throws {
        let path = folder.appendingPathComponent("broken.docx").path
        try Data("PK\u{03}\u{04}this is not a zip archive at all".utf8).write(to: URL(fileURLWithPath: path))
        assertRefused(path, "not a valid DOCX: not a ZIP archive (no end of central directory record)")
    }

    /// Found by the docx fuzz target: ZIPFoundation's archive in memory leaked its copy of
    /// bytes without an end record (LeakSanitizer), and trapped on a header pointing past
    /// the end. cria refuses both itself before ZIPFoundation reads the bytes.
    func testEndRecordIsFoundWhereZIPFoundationFindsIt() throws {
        let path = try makeDOCX("whole.docx", [("word/document.xml", Self.documentXML(Self.paragraph("Children")))])
        let whole = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        XCTAssertNotNil(ZIPLayout.endRecordOffset(whole))
        XCTAssertNil(ZIPLayout.endRecordOffset(Array(whole.dropLast())))
        // A record declaring a comment must have it all; the last record is the one read.
        var commented = whole
        commented[commented.count - 2] = 3
        XCTAssertNil(ZIPLayout.endRecordOffset(commented))
        XCTAssertNotNil(ZIPLayout.endRecordOffset(commented + [0x61, 0x62, 0x63]))
        XCTAssertNil(ZIPLayout.endRecordOffset(whole + [0x50, 0x4B, 5, 6] + [UInt8](repeating: 0, count: 16) + [9, 0]))
        // A header pointing past the end made ZIPFoundation's in-memory reader trap.
        let pastEnd = packageRoot + "/Tests/CriaKitTests/FuzzCorpus/docx/crash-read-past-end"
        XCTAssertThrowsError(try DOCXReader.read(bytes: [UInt8](try Data(contentsOf: URL(fileURLWithPath: pastEnd))), file: "past-end.docx")) {
            XCTAssertEqual("\($0)", "past-end.docx:1:1: error: not a valid DOCX: central directory entry 1 of 3 lies outside the archive")
        }
        let leaked = packageRoot + "/Tests/CriaKitTests/FuzzCorpus/docx/leak-no-end-record"
        XCTAssertThrowsError(try DOCXReader.read(bytes: [UInt8](try Data(contentsOf: URL(fileURLWithPath: leaked))), file: "leak.docx")) {
            XCTAssertEqual("\($0)", "leak.docx:1:1: error: not a valid DOCX: not a ZIP archive (no end of central directory record)")
        }
    }

    /// What ZIPFoundation's reader in memory would seek past the end for is refused first,
    /// each with its reason (it traps there; cria no longer reads DOCX from a file, where
    /// ZIPFoundation leaks the path of every package it opens).
    func testZIPLayoutRefusesWhatWouldSendZIPFoundationPastTheEnd() throws {
        let path = try makeDOCX("layout.docx", [("word/document.xml", Self.documentXML(Self.paragraph("Children")))])
        let whole = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        let end = try XCTUnwrap(ZIPLayout.endRecordOffset(whole))
        XCTAssertNil(ZIPLayout.problem(in: whole, endRecord: end))
        func u32(_ at: Int) -> Int { (0..<4).reduce(0) { $0 | Int(whole[at + $1]) << (8 * $1) } }
        func with(_ value: UInt32, at offset: Int) -> [UInt8] {
            var bytes = whole
            for index in 0..<4 { bytes[offset + index] = UInt8(truncatingIfNeeded: value >> (8 * UInt32(index))) }
            return bytes
        }
        let central = u32(end + 16)
        XCTAssertEqual(ZIPLayout.problem(in: with(UInt32(whole.count), at: end + 16), endRecord: end), "central directory entry 1 of 1 lies outside the archive")
        XCTAssertEqual(ZIPLayout.problem(in: with(UInt32(whole.count - 10), at: central + 42), endRecord: end), "entry 1's local header lies outside the archive")
        XCTAssertEqual(ZIPLayout.problem(in: with(UInt32(whole.count), at: central + 20), endRecord: end), "entry 1's data runs past the end")
        XCTAssertEqual(ZIPLayout.problem(in: with(0xFFFF_FFFF, at: central + 20), endRecord: end), "ZIP64 archives are not read")
        XCTAssertEqual(ZIPLayout.problem(in: with(0x0706_4B50, at: end - 20), endRecord: end), "ZIP64 archives are not read")
        XCTAssertThrowsError(try DOCXReader.read(bytes: with(UInt32(whole.count), at: central + 20), file: "long.docx")) {
            XCTAssertEqual("\($0)", "long.docx:1:1: error: not a valid DOCX: entry 1's data runs past the end")
        }
    }

    /// A deflate stream that does not end within its entry's compressed bytes (found by the
    /// docx fuzz target, kept in its corpus) made ZIPFoundation's reader feed the inflater
    /// nothing, forever: the check never returned. It is now an error naming the entry.
    func testADeflateStreamThatNeverEndsIsRefusedNotAHang() throws {
        let hang = packageRoot + "/Tests/CriaKitTests/FuzzCorpus/docx/hang-deflate-never-ends"
        XCTAssertThrowsError(try DOCXReader.read(bytes: [UInt8](try Data(contentsOf: URL(fileURLWithPath: hang))), file: "hang.docx")) {
            XCTAssertEqual(
                "\($0)",
                "hang.docx:1:1: error: not a valid DOCX: entry 'word/document.xml' cannot be read (the compressed data of 'word/document.xml' ends before its deflate stream does)")
        }
        // The same package whole is read: only the entry's own bytes are cut.
        let path = try makeDOCX("whole.docx", [("word/document.xml", Self.documentXML(Self.paragraph("Children")))])
        XCTAssertNoThrow(try DOCXReader.read(bytes: [UInt8](try Data(contentsOf: URL(fileURLWithPath: path))), file: "whole.docx"))
    }

    /// A deflated entry whose stored block claims more bytes than the entry holds (found by the
    /// docx fuzz target under AddressSanitizer): zlib was told each chunk held 64 kB and copied
    /// past a 346-byte one. Its last chunk is now made up to the size zlib is told, and the
    /// package is refused with the entry named (the overflow itself shows only under the
    /// sanitizer: `scripts/fuzz` replays this input there).
    func testAShortLastChunkIsNotReadPastItsEnd() throws {
        let input = packageRoot + "/Tests/CriaKitTests/FuzzCorpus/docx/overflow-short-last-chunk"
        XCTAssertThrowsError(try DOCXReader.read(bytes: [UInt8](try Data(contentsOf: URL(fileURLWithPath: input))), file: "short.docx")) {
            XCTAssertEqual("\($0)", "short.docx:1:1: error: not a valid DOCX: entry 'word/document.xml' cannot be read (its deflate stream is corrupt)")
        }
        // A package whose entries are all far smaller than a chunk is read whole, every entry.
        let path = try makeDOCX(
            "small.docx", [("word/document.xml", Self.documentXML(Self.paragraph("Children") + Self.paragraph("Young carers")))])
        let (root, _) = try DOCXReader.read(bytes: [UInt8](try Data(contentsOf: URL(fileURLWithPath: path))), file: "small.docx")
        XCTAssertTrue(root.fullText.contains("Young carers"), root.fullText)
    }

    func testRefusesZIPWithoutDocumentXML() throws {
        let path = try makeDOCX("empty.docx", [("docProps/core.xml", Self.core)])
        assertRefused(path, "not a valid DOCX: no word/document.xml")
    }

    func testRefusesDeclaredSizeAboveLimit() throws {
        let path = try makeDOCX("big.docx", [("word/document.xml", Self.documentXML(String(repeating: Self.paragraph("Words words words."), count: 200)))])
        var limits = ReadLimits()
        limits.maxDecompressedBytes = 4096
        assertRefused(path, limits: limits, "not a valid DOCX: entries declare more than 4096 bytes uncompressed")
    }

    func testRefusesHighCompressionRatio() throws {
        // 8 MB of one repeated byte deflates more than 1000:1.
        let zeros = Data(repeating: 0x20, count: 8 * 1024 * 1024)
        let url = folder.appendingPathComponent("bomb.docx")
        let archive = try Archive(url: url, accessMode: .create)
        try archive.addEntry(with: "word/document.xml", type: .file, uncompressedSize: Int64(zeros.count), compressionMethod: .deflate) { position, size in
            zeros.subdata(in: Int(position)..<Int(position) + size)
        }
        assertRefused(url.path, "more than 200:1")
    }
}
