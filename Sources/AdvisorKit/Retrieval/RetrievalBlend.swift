/// How retrieval ranks topics: the cosine of a topic's best passage, BM25F over the whole topic
/// (`TFIDFIndex`), and how alike the question's spelling is to the topic's own questions
/// (`CharacterGrams`), each with its share.
///
/// The standard is the index's own order. A paraphrase shares few words with any one passage, and writes
/// others in forms no stem joins: a knowledge base whose questions are asked in other words may rank
/// better with more of the whole topic and of the spelling. Self-calibration chooses among `candidates`
/// (`ThresholdCalibration`).
public struct RetrievalBlend: Sendable, Hashable {
    /// Share of BM25F over the whole topic; the rest of the words' part is the best passage's cosine.
    public var topicShare: Double
    /// Share of the spelling's likeness (`CharacterGrams`); the rest is the words' part.
    public var gramShare: Double

    public init(topicShare: Double, gramShare: Double) {
        self.topicShare = topicShare
        self.gramShare = gramShare
    }

    /// The index's own order.
    public static let standard = RetrievalBlend(topicShare: TFIDFIndex.topicShare, gramShare: 0)

    /// The blends self-calibration tries: the standard, an even share of the whole topic, and each with a
    /// quarter and a half of spelling.
    public static let candidates = [TFIDFIndex.topicShare, 0.5].flatMap { topicShare in
        [0, 0.25, 0.5].map { RetrievalBlend(topicShare: topicShare, gramShare: $0) }
    }

    /// Whether ranking is the index's own (nothing to recompute).
    public var isStandard: Bool { self == .standard }

    /// A topic's relevance (0–1) from its best passage's cosine (`score`), BM25F over it (`whole`) and the
    /// spelling's likeness (`spelling`).
    public func relevance(score: Double, whole: Double, spelling: Double) -> Double {
        min(1, (1 - gramShare) * words(score: score, whole: whole) + gramShare * spelling)
    }

    /// The words' part of a topic's relevance: its best passage's cosine (`score`) and BM25F over it
    /// (`whole`), each with its share.
    public func words(score: Double, whole: Double) -> Double {
        min(1, (1 - topicShare) * score + topicShare * whole)
    }
}
