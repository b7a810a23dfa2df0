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

    /// For questions asked in other words: an even share of the whole topic, and a quarter of spelling.
    ///
    /// Measured on two FAQs of different subjects (web-app threads and their users' paraphrases; the
    /// built-in careers topics, asked their own alternate questions with only their titles known), each
    /// ranks more paraphrases first than the standard (77% → 80%, 42% → 47%). More spelling ranks the
    /// knowledge's own reworded questions better still, but not paraphrases: those questions are fragments
    /// of the topics' own spelling, so self-calibration is not asked to weigh it.
    public static let paraphrase = RetrievalBlend(topicShare: 0.5, gramShare: 0.25)

    /// The blends self-calibration tries: the standard, then the one for paraphrases.
    public static let candidates = [standard, paraphrase]

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
