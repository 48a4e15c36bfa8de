/// A String value's own bits, read as bytes, for memos that find a remembered String without
/// hashing its text. Two Strings with equal bits are the same small string or share one
/// storage, so they are equal Strings; unequal bits say nothing (equal Strings may be stored
/// apart), and callers then compare with `==`. Nothing here depends on what the bits mean:
/// where a String is not two words, no bits compare equal and every lookup compares Strings.
struct StringBits: Equatable {
    let low: UInt64
    let high: UInt64
    /// False for `empty`, and wherever a String's size is not 16 bytes.
    private let comparable: Bool

    /// Bits that equal no String's: an empty memo slot.
    static let empty = StringBits(low: 0, high: 0, comparable: false)

    private init(low: UInt64, high: UInt64, comparable: Bool) {
        self.low = low
        self.high = high
        self.comparable = comparable
    }

    init(_ string: String) {
        guard MemoryLayout<String>.size == 16 else {
            self = .empty
            return
        }
        self = withUnsafeBytes(of: string) { bytes in
            StringBits(low: bytes.loadUnaligned(as: UInt64.self), high: bytes.loadUnaligned(fromByteOffset: 8, as: UInt64.self), comparable: true)
        }
    }

    static func == (a: StringBits, b: StringBits) -> Bool {
        a.comparable && b.comparable && a.low == b.low && a.high == b.high
    }

    /// A slot number of `bits` bits, mixed from both words.
    func slot(bits: Int) -> Int {
        let mixed = ((low &* 0x9E37_79B9_7F4A_7C15) ^ high) &* 0xC2B2_AE3D_27D4_EB4F
        return Int(truncatingIfNeeded: mixed >> UInt64(64 - bits))
    }
}
