/// How well one topic matches a question.
public struct Match: Sendable, Hashable {
    /// Position of the topic in the knowledge base.
    public var topic: Int
    /// Cosine similarity between the question and the topic's best passage (0–1): what confidence reads.
    public var score: Double
    /// What retrieval ranks by (0–1): the score blended with BM25F over the whole topic (`TFIDFIndex`).
    public var relevance: Double
    /// Share of the question's term weight that the topic contains (0–1): how much of it we understood.
    public var coverage: Double
    /// The same share, of the question's *known* terms only.
    public var knownCoverage: Double
    /// The passage that matched best: the topic's text, or one of its alternate questions.
    public var passage: Passage
    /// The passage's position in the index.
    var passageIndex: Int
    /// The terms that contributed, with their share of the score, largest first.
    public var terms: [Contribution]
    /// BM25F over the whole topic (0–1), blended into relevance (`RetrievalBlend`).
    public var whole = 0.0
    /// The words' part of relevance, before the spelling is blended in (`RetrievalBlend`); nil when
    /// relevance is the words' alone.
    public var words: Double?

    public enum Passage: Sendable, Hashable {
        case body
        case question(Int)
    }

    public struct Contribution: Sendable, Hashable {
        public var term: String
        public var weight: Double
    }

    /// Scales score and relevance alike (a topic about an entity the question does not name is further behind).
    mutating func scale(by factor: Double) {
        score *= factor
        relevance *= factor
        words = words.map { $0 * factor }
    }
}

/// Where a match ranks: higher relevance first, and on equal relevance the topic that comes first in the
/// knowledge. A small plain value, so that sorting moves no references about.
struct RankingKey: Comparable {
    var relevance: Double
    var topic: Int
    /// Where the match is in the list being sorted.
    var position: Int

    static func < (left: RankingKey, right: RankingKey) -> Bool {
        (left.relevance, -left.topic) > (right.relevance, -right.topic)
    }
}
