/// What the conversation is about so far: the last answered intent, its entities and topic, the user's
/// profile and plan, and the suggestions on offer.
///
/// Short follow-ups ("and for seniors?", "which tools do they use?") are read against it. A new explicit
/// subject replaces the old one.
public struct ConversationContext: Sendable, Hashable {
    public var intent: Intent?
    public var slots = Slots()
    public var topic: String?
    /// What the user said about themselves.
    public var profile = Profile()
    /// The last skills-gap plan made.
    public var plan: LearningPlan?
    /// The suggestions on offer after the last answer: typing their number asks them.
    public var followups: [String] = []

    public init() {}

    /// Words that point back to the subject in play.
    static let pointers: WordSet = [
        "they", "them", "their", "theirs", "it", "its", "this", "that", "those", "these", "he", "she", "his", "her",
        "one", "role", "job", "there", "next", "then",
    ]
    /// Nouns that, after "the", point back at what was just said: "what makes the difference?", "and the
    /// pay bump?", "why the gap?", "what's the catch?".
    static let relationalNouns: Set<String> = [
        "difference", "gap", "jump", "bump", "catch", "latter", "former", "rest",
    ]
    /// Openings of an elliptical follow-up: "and for seniors?", "what about research scientists?".
    static let ellipsisOpenings: [[String]] = [
        ["and"], ["what", "about"], ["how", "about"], ["for"], ["same", "for"], ["what", "if"], ["also"],
    ]

    /// Words that make a short line a question of its own rather than a fragment.
    private static let fragmentQuestionWords = Language.english.questionWords.union(["do", "does", "is"])

    /// Whether `analysis` leans on the context: it points back, or opens like an elliptical follow-up.
    static func leansOnContext(_ analysis: Analysis) -> Bool {
        let words = opening(analysis)
        // "this"/"these" point back only on their own ("is this hard?"), not before a noun ("this year").
        let pointing = words.indices.contains { index in
            guard pointers.contains(words[index]) else { return false }
            guard words[index] == "this" || words[index] == "these", index + 1 < words.count else { return true }
            return Language.english.isStopWord(words[index + 1])
        }
        // (Not "the difference between X and Y", "the gap in pay": those name their own subject.)
        let relating = words.indices.dropFirst().contains {
            words[$0 - 1] == "the" && relationalNouns.contains(words[$0])
                && ($0 + 1 == words.count || !["between", "of", "in", "for"].contains(words[$0 + 1]))
        }
        return pointing || relating || isElliptical(analysis)
    }

    /// Whether `analysis` reads like a fragment that continues the last question.
    static func isElliptical(_ analysis: Analysis) -> Bool {
        let words = opening(analysis)
        if ellipsisOpenings.contains(where: { words.starts(with: $0) }) { return true }
        // "ok in the us then, what about after a few years": "what about" opens the asking part.
        let asksAbout = words.indices.dropLast().contains { index in
            words[index + 1] == "about" && (words[index] == "what" || words[index] == "how")
        }
        if asksAbout { return true }
        // A fragment: a word or two, not a question of its own ("seniors?", "nlp engineer?").
        return words.count <= 3 && !words.contains(where: fragmentQuestionWords.contains)
    }

    /// The words of `analysis` after the interjections a line may open with ("hm", "ok so", "nah").
    static func opening(_ analysis: Analysis) -> [String] {
        Array(analysis.words.map(\.text).drop(while: Language.english.interjections.contains))
    }
}
