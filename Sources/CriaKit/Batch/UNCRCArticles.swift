/// Short topics of the UNCRC articles, for labels in reports (paraphrased).
public enum UNCRCArticles {
    public static let topics: [Int: String] = [
        1: "Definition of a child", 2: "Non-discrimination", 3: "Best interests",
        4: "Implementing rights", 5: "Parental guidance", 6: "Life, survival and development",
        7: "Birth registration, name, nationality", 8: "Identity", 9: "Separation from parents",
        10: "Family reunification", 11: "Illicit transfer abroad", 12: "Right to be heard",
        13: "Expression and information", 14: "Thought, conscience, religion",
        15: "Association and assembly", 16: "Privacy", 17: "Media and information",
        18: "Parents' responsibilities", 19: "Protection from violence", 20: "Children without family care",
        21: "Adoption", 22: "Refugee children", 23: "Disabled children", 24: "Health",
        25: "Review of placement", 26: "Social security", 27: "Standard of living",
        28: "Education", 29: "Aims of education", 30: "Minority culture and language",
        31: "Rest, play, culture", 32: "Child labour", 33: "Drugs", 34: "Sexual exploitation",
        35: "Abduction and trafficking", 36: "Other exploitation", 37: "Detention and torture",
        38: "Armed conflict", 39: "Recovery of victims", 40: "Youth justice",
        41: "Higher standards prevail", 42: "Making the Convention known",
    ]

    public static func label(_ article: Int) -> String {
        topics[article].map { "Art \(article) \($0)" } ?? "Art \(article)"
    }
}
