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

    /// Per topic, per field: term → count.
    private var counts: [[[String: Int]]] = []
    /// Per topic, per field: the field's length over the field's mean length.
    private var relativeLengths: [[Double]] = []
    private var idf: [String: Double] = [:]

    init(topics: [Fields]) {
        var documentFrequency: [String: Int] = [:]
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
        relativeLengths = lengths.map { topic in (0..<3).map { topic[$0] / means[$0] } }
    }

    /// Each topic's score for the query's terms (each distinct term counted once), from 0 to 1.
    func scores(_ queryTerms: [String]) -> [Double] {
        let terms = Set(queryTerms).sorted()
        let most = terms.reduce(0) { $0 + (idf[$1] ?? 0) }
        guard most > 0 else { return Array(repeating: 0, count: counts.count) }
        return counts.indices.map { topic in
            var score = 0.0
            for term in terms {
                guard let weight = idf[term] else { continue }
                var frequency = 0.0
                for field in 0..<3 {
                    guard let count = counts[topic][field][term] else { continue }
                    let normalization =
                        1 - Self.lengthNormalization[field]
                        + Self.lengthNormalization[field] * relativeLengths[topic][field]
                    frequency += Self.weights[field] * Double(count) / normalization
                }
                score += weight * frequency / (Self.saturation + frequency)
            }
            return score / most
        }
    }
}
