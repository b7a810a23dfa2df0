/// What the conversation is about so far: the last answered intent, its entities and topic.
///
/// Short follow-ups ("and for seniors?", "which tools do they use?") are read against it. A new explicit
/// subject replaces the old one.
public struct ConversationContext: Sendable, Hashable {
    public var intent: Intent?
    public var slots = Slots()
    public var topic: String?

    public init() {}

    /// Words that point back to the subject in play.
    static let pointers: Set<String> = [
        "they", "them", "their", "theirs", "it", "its", "this", "that", "those", "these", "he", "she", "his", "her",
        "one", "role", "job", "there", "next", "then",
    ]
    /// Openings of an elliptical follow-up: "and for seniors?", "what about research scientists?".
    static let ellipsisOpenings: [[String]] = [
        ["and"], ["what", "about"], ["how", "about"], ["for"], ["same", "for"], ["what", "if"], ["also"],
    ]

    /// Whether `analysis` leans on the context: it points back, or opens like an elliptical follow-up.
    static func leansOnContext(_ analysis: Analysis) -> Bool {
        let words = analysis.words.map(\.text)
        if words.contains(where: pointers.contains) { return true }
        return ellipsisOpenings.contains { words.starts(with: $0) }
    }

    /// Whether `analysis` reads like a fragment that continues the last question.
    static func isElliptical(_ analysis: Analysis) -> Bool {
        let words = analysis.words.map(\.text)
        return ellipsisOpenings.contains { words.starts(with: $0) } || analysis.terms.count <= 2
    }
}
