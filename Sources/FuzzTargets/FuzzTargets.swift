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
