/// What is asked about labels and attribute names while one document is divided into
/// sections, remembered: names repeat thousands of times, and a remembered answer costs far
/// less than the vocabulary lookup or the word split it stands for.
///
/// Readers intern names, so a name met again is nearly always the same String value, bit for
/// bit. Its slot is found from those bits, with no hashing of its bytes, and a slot's answer is
/// used only when its name `==` the one asked about (which compares the bits before any byte).
/// A name whose slot is taken by another replaces it; answers never depend on the slot.
struct LabelMemo {
    private static let slotBits = 8
    private static let slotCount = 1 << slotBits

    /// What a lookup reads, in one array of plain values: an answer found checks one bound
    /// and loads from one buffer, and the array is made with no value copied by a witness.
    private var slots = [Slot](repeating: Slot(), count: slotCount)
    /// Each slot's name. Holding it keeps its storage, so no other String can take on the
    /// same bits meanwhile.
    private var names = [String?](repeating: nil, count: slotCount)
    /// Worked out when first asked for.
    private var words = [String?](repeating: nil, count: slotCount)
    private var keys = [String?](repeating: nil, count: slotCount)

    private struct Slot {
        /// The bits of the slot's name (`empty`, which matches no name, in an empty slot).
        var bits = StringBits.empty
        var facts = KeyFacts()
        /// Worked out when first asked for.
        var isFactAttribute: Bool?
    }

    init() {}

    /// `StructureVocabulary.roles(ofLabel:)`.
    mutating func roles(_ label: String) -> StructureVocabulary.Roles {
        slots[slot(of: label)].facts.roles
    }

    /// `StructureVocabulary.titleAttributeRank(ofName:)`.
    mutating func titleAttributeRank(_ name: String) -> Int? {
        let rank = slots[slot(of: name)].facts.titleAttributeRank
        return rank < 0 ? nil : rank
    }

    /// `LabelWords.words`.
    mutating func words(_ label: String) -> String {
        let slot = slot(of: label)
        if let known = words[slot] { return known }
        let made = LabelWords.words(label)
        words[slot] = made
        return made
    }

    /// `StructureVocabulary.key`.
    mutating func key(_ label: String) -> String {
        let slot = slot(of: label)
        if let known = keys[slot] { return known }
        let made = StructureVocabulary.key(label)
        keys[slot] = made
        return made
    }

    /// Whether an attribute of this name may state a fact in a title: not a namespace
    /// declaration, not about presentation or identity.
    mutating func isFactAttribute(_ name: String) -> Bool {
        let slot = slot(of: name)
        if let known = slots[slot].isFactAttribute { return known }
        let isFact = !name.hasPrefix("xmlns") && !StructureVocabulary.isPresentationAttribute(name)
        slots[slot].isFactAttribute = isFact
        return isFact
    }

    /// The slot holding `name`'s answers, given to it first if it holds another name's.
    private mutating func slot(of name: String) -> Int {
        let nameBits = StringBits(name)
        let slot = nameBits.slot(bits: Self.slotBits)
        if slots[slot].bits == nameBits { return slot }
        if let held = names[slot], held == name { return slot }
        names[slot] = name
        slots[slot] = Slot(bits: nameBits, facts: StructureVocabulary.facts(ofLabel: name))
        words[slot] = nil
        keys[slot] = nil
        return slot
    }
}
