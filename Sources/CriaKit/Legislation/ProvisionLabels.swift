/// The element names of provisions (`legislation.yaml`'s `provisions:`), matched in any case.
/// Every section of an Act is asked about, so an ASCII label is compared byte by byte with the
/// few names rather than lowercased and hashed; any other label is lowercased as before.
struct ProvisionLabels {
    private let names: Set<String>
    private let asciiNames: [[UInt8]]

    init(_ names: [String]) {
        self.names = Set(names.map { $0.lowercased() })
        asciiNames = self.names.filter { $0.utf8.allSatisfy { $0 < 0x80 } }.map { Array($0.utf8) }
    }

    func contains(_ label: String) -> Bool {
        let ascii = label.utf8.withContiguousStorageIfAvailable { bytes -> Bool? in
            guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
            return asciiNames.contains { name in
                name.count == bytes.count && zip(name, bytes).allSatisfy { $0 == $1.asciiLowercased }
            }
        }
        if let ascii, let ascii { return ascii }
        return names.contains(label.lowercased())
    }
}
