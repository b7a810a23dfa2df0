import Foundation

/// BM25F over whole topics: each topic is one document of three fields — its title (with its names and
/// keywords), its alternate questions and its text — each weighted and normalized for its own length, and
/// a term's weighted frequency saturates (the tenth "gmail" in a text adds little).
///
/// Paraphrases share few words with any one passage; a topic as a whole holds more of them. Scores are
/// normalized by the most a question could score (every term saturated), so they lie in 0–1.
struct BM25F: Sendable {
    /// One topic's terms, by field.
    struct Fields: Sendable {
        var title: [String]
        var questions: [String]
        var body: [String]

        var all: [[String]] { [title, questions, body] }
    }

    /// Field weights: title, questions, text.
    static let weights = [2.0, 1.0, 0.5]
    /// Length normalization per field (0: none, 1: full).
    static let lengthNormalization = [0.5, 0.75, 0.75]
    /// Term-frequency saturation: the higher, the later a term's repetitions stop counting.
    static let saturation = 1.2

    /// Per term, each topic that holds it with the term's saturated, weighted contribution (idf included):
    /// a topic's score for a question is the sum over the question's terms, so a question costs one lookup
    /// a term.
    private var contributions: [String: [(topic: Int, score: Double)]] = [:]
    private var idf: [String: Double] = [:]
    private let topicCount: Int

    init(topics: [Fields]) {
        topicCount = topics.count
        var documentFrequency: [String: Int] = [:]
        var counts: [[[String: Int]]] = []
        var lengths: [[Double]] = []
        for topic in topics {
            var fields: [[String: Int]] = []
            for terms in topic.all {
                var count: [String: Int] = [:]
                for term in terms { count[term, default: 0] += 1 }
                fields.append(count)
            }
            for term in Set(topic.all.joined()) { documentFrequency[term, default: 0] += 1 }
            counts.append(fields)
            lengths.append(topic.all.map { Double($0.count) })
        }
        let n = Double(topics.count)
        idf = documentFrequency.mapValues { log(1 + (n - Double($0) + 0.5) / (Double($0) + 0.5)) }
        let means = (0..<3).map { field in
            max(1, lengths.reduce(0) { $0 + $1[field] } / max(1, n))
        }
        for (topic, fields) in counts.enumerated() {
            // Each term's frequency in this topic: its counts per field, weighted and length-normalized.
            var frequency: [String: Double] = [:]
            for (field, count) in fields.enumerated() {
                let normalization =
                    1 - Self.lengthNormalization[field]
                    + Self.lengthNormalization[field] * lengths[topic][field] / means[field]
                for (term, times) in count {
                    frequency[term, default: 0] += Self.weights[field] * Double(times) / normalization
                }
            }
            for (term, value) in frequency.sorted(by: { $0.key < $1.key }) {
                let score = (idf[term] ?? 0) * value / (Self.saturation + value)
                contributions[term, default: []].append((topic, score))
            }
        }
    }

    /// Each topic's score for the query's terms (each distinct term counted once), from 0 to 1.
    func scores(_ queryTerms: [String]) -> [Double] {
        let terms = Set(queryTerms).sorted()
        let most = terms.reduce(0) { $0 + (idf[$1] ?? 0) }
        var scores = [Double](repeating: 0, count: topicCount)
        guard most > 0 else { return scores }
        for term in terms {
            for entry in contributions[term] ?? [] { scores[entry.topic] += entry.score }
        }
        return scores.map { $0 / most }
    }
}
