/// Answers remembered per String for one walk over one document, where every element's label
/// (or attribute name) is asked about and an answer remembered costs less than working it out
/// again from the String's bytes.
///
/// Readers intern names, so a name met again is nearly always the same String value, bit for
/// bit. Its slot is found from those bits, with no hashing of its bytes, and a slot's answer is
/// used only when its String `==` the one asked about (which compares the bits before any
/// byte). A String whose slot is taken by another replaces it; answers never depend on slots.
struct StringBitsMemo<Answer> {
    private static var slotBits: Int { 6 }

    private struct Slot {
        /// Holding the String keeps its storage, so no other String takes on the same bits.
        var string: String?
        var bits: StringBits
        var answer: Answer?
    }

    private var slots: [Slot]

    init() {
        slots = Array(repeating: Slot(string: nil, bits: .empty, answer: nil), count: 1 << Self.slotBits)
    }

    /// The answer remembered for `string`, or nil when there is none.
    func remembered(_ string: String) -> Answer? {
        let (slot, bits) = Self.slot(of: string)
        guard slots[slot].bits == bits, slots[slot].string != nil else { return nil }
        return slots[slot].answer
    }

    mutating func remember(_ answer: Answer, for string: String) {
        let (slot, bits) = Self.slot(of: string)
        slots[slot] = Slot(string: string, bits: bits, answer: answer)
    }

    private static func slot(of string: String) -> (Int, StringBits) {
        let bits = StringBits(string)
        return (bits.slot(bits: slotBits), bits)
    }
}
