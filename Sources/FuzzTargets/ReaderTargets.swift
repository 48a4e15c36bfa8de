import CriaKit

/// The readers on their own, each on the bytes as a whole file.
extension FuzzTargets {
    static let xml = FuzzTarget(
        name: "xml", summary: "format detection, `XMLReader` (all encodings), dialect detection",
        seedExtensions: ["xml"], dictionaries: ["xml.dict"]
    ) { bytes in
        _ = FormatDetector.syntax(of: bytes, fileName: "fuzz.xml")
        if let root = try? XMLReader.read(bytes: bytes, file: "fuzz.xml") {
            _ = FormatDetector.dialect(of: root, syntax: .xml)
            _ = root.fullText
        }
    }

    static let json = FuzzTarget(
        name: "json", summary: "`JSONReader` (HTML in strings included), dialect detection",
        seedExtensions: ["json"], dictionaries: ["json.dict"]
    ) { bytes in
        if let root = try? JSONReader.read(bytes: bytes, file: "fuzz.json") {
            _ = FormatDetector.dialect(of: root, syntax: .json)
            _ = root.fullText
        }
    }

    static let htmlInJSON = FuzzTarget(
        name: "html-in-json", summary: "`HTMLReader.readFragment` (HTML held in a JSON string), `HTMLReader.read` (a page)",
        seedExtensions: ["html", "htm", "json"], dictionaries: ["xml.dict"]
    ) { bytes in
        let text = String(decoding: bytes, as: UTF8.self)
        for node in HTMLReader.readFragment(html: text, file: "fuzz.json", at: SourceLocation(line: 1, column: 1), pathPrefix: "/body") {
            _ = node.fullText
        }
        if let page = try? HTMLReader.read(bytes: bytes, file: "fuzz.html") {
            _ = page.fullText
        }
    }

    static let docx = FuzzTarget(
        name: "docx", summary: "`DOCXReader`: the ZIP container, `word/document.xml` and `word/styles.xml`",
        seedExtensions: ["docx"], dictionaries: ["xml.dict"]
    ) { bytes in
        if let (root, _) = try? DOCXReader.read(bytes: bytes, file: "fuzz.docx") { _ = root.fullText }
    }
}
