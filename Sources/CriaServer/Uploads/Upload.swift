/// One document as it arrived: the name it is reported under and its bytes.
public struct Upload: Sendable {
    public let name: String
    public let bytes: [UInt8]

    public init(name: String, bytes: [UInt8]) {
        self.name = UploadName.clean(name)
        self.bytes = bytes
    }
}
