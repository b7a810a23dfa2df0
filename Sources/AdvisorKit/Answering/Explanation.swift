/// How an answer came about: what the analyzer read, what the rules decided, what retrieval ranked.
public struct Explanation: Sendable, Hashable {
    /// The question's terms (stems) after analysis.
    public var terms: [String]
    /// Spelling corrections made.
    public var corrections: [Analysis.Correction]
    /// Content words the knowledge does not know.
    public var unknownWords: [String]
    /// The rules' reading.
    public var reading: Reading
    /// The best retrieval matches (topic id, score, contributing terms).
    public var matches: [RankedTopic]
    /// Notes on decisions: context used, confidence penalties, why declined.
    public var notes: [String]

    public struct RankedTopic: Sendable, Hashable {
        public var id: String
        /// The best passage's cosine (what confidence reads).
        public var score: Double
        /// What retrieval ranked by: the score blended with BM25F over the whole topic.
        public var relevance: Double = 0
        public var coverage: Double
        public var terms: [Match.Contribution]
    }

    /// An explanation with nothing in it yet.
    public static let empty = Explanation(
        terms: [], corrections: [], unknownWords: [],
        reading: Reading(intent: nil, score: 0, cues: [], entities: [], years: nil, slots: Slots(), alternatives: []),
        matches: [], notes: [])
}
