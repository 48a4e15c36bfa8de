/// Where a fail or review sits for a person reading it: the section it concerns, or, when
/// what is missing has no section at all, the topic the document has no section on. A
/// finding anchored at the document's root would otherwise point at its title (`1:1`).
public enum FindingPlace: Sendable, Equatable {
    /// The section the finding concerns: the one that decided it, the one holding its
    /// location, or the one where what is missing belongs.
    case section(title: String, location: SourceLocation)
    /// Something missing from the document as a whole, in the section where it belongs
    /// (children's views missing: the "Consultation with young people" section).
    case belongsIn(title: String, location: SourceLocation)
    /// No section plays any role the rule looks in ("children's views").
    case noSection(topic: String)
    /// Missing from the whole document, and the rule names no section where it belongs.
    case nowhere
}
