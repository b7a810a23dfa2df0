/// Words the analyzer treats as one: declared by the knowledge, not by the code.
public struct Lexicon: Sendable, Hashable {
    /// Canonical term → the words and phrases that mean it.
    public var synonyms: [String: [String]]
    /// Terms that count as ours only next to another term of ours (e.g. "cv": computer vision, or a résumé).
    public var ambiguous: [String]
    /// Words and phrases that mark a question as outside the knowledge (other professions, résumé
    /// writing, taxes…), unless it also names one of our entities.
    public var outside: [String]

    public init(synonyms: [String: [String]] = [:], ambiguous: [String] = [], outside: [String] = []) {
        self.synonyms = synonyms
        self.ambiguous = ambiguous
        self.outside = outside
    }
}
