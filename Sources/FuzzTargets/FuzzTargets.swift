import CriaKit

/// Every fuzz target, in the order `scripts/fuzz` runs them: the one list that the
/// driver, the script and the corpus replay test read.
public enum FuzzTargets {
    public static let all: [FuzzTarget] = [
        xml, json, htmlInJSON, docx, rules, config, check, jsonVersusFoundation, xmlVersusLibXML2,
    ]

    public static func named(_ name: String) -> FuzzTarget? {
        all.first { $0.name == name }
    }
}

/// The differential oracles on a chosen reference, so that a test can show they see a difference.
extension FuzzTargets {
    public static func compareJSON(_ bytes: [UInt8], against reference: Any) throws {
        try JSONComparison.compare(try JSONReader.read(bytes: bytes, file: "test.json"), reference, at: "")
    }

    public static func compareXML(_ bytes: [UInt8], against reference: [UInt8]) throws {
        try XMLComparison.compare(try XMLReader.read(bytes: bytes, file: "test.xml"), withDOMOf: reference)
    }
}
