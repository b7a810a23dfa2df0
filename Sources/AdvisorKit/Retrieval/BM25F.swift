import Foundation

/// BM25F over whole topics: each topic is one document of three fields — its title (with its names and
/// keywords), its alternate questions and its text — each weighted and normalized for its own length, and
/// a term's weighted frequency saturates (the tenth "gmail" in a text adds little).
///
/// Paraphrases share few words with any one passage; a topic as a whole holds more of them. Scores are
/// normalized by the most a question could score (every term saturated), so they lie in 0–1. Terms are the
/// index's term ids (`TFIDFIndex`).
struct BM25F: Sendable, Hashable {
    /// One topic's terms, by field.
    struct Fields: Sendable {
        var title: [String]
        var questions: [String]
        var body: [String]

        var all: [[String]] { [title, questions, body] }
    }

    /// One topic holding a term, with the term's saturated, weighted contribution (idf included).
    struct Contribution: Sendable, Hashable {
        var topic: Int
        var score: Double
    }

    /// Field weights: title, questions, text.
    static let weights = [2.0, 1.0, 0.5]
    /// Length normalization per field (0: none, 1: full).
    static let lengthNormalization = [0.5, 0.75, 0.75]
    /// Term-frequency saturation: the higher, the later a term's repetitions stop counting.
    static let saturation = 1.2

    /// Per term id, each topic that holds it with its contribution: a topic's score for a question is the
    /// sum over the question's terms, so a question costs one lookup a term. Term `id`'s are
    /// `contributions[contributionStarts[id]..<contributionStarts[id + 1]]` (one array for all terms).
    private(set) var contributions: [Contribution]
    private(set) var contributionStarts: [Int]
    /// Per term id, its inverse document frequency over topics (0 for a term no topic holds).
    private(set) var idf: [Double]
    private(set) var topicCount: Int

    /// The scorer as built before (`KnowledgeIndex` restores it from the built-in data).
    init(contributions: [Contribution], starts: [Int], idf: [Double], topicCount: Int) {
        self.contributions = contributions
        contributionStarts = starts
        self.idf = idf
        self.topicCount = topicCount
    }

    /// BM25F over `topics`' fields, with terms numbered by `termIDs` (every field term must have one).
    init(topics: [Fields], termIDs: [String: Int]) {
        topicCount = topics.count
        var byTerm = [[Contribution]](repeating: [], count: termIDs.count)
        idf = Array(repeating: 0, count: termIDs.count)
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
        var idfByTerm: [String: Double] = [:]
        for (term, frequency) in documentFrequency {
            let value = log(1 + (n - Double(frequency) + 0.5) / (Double(frequency) + 0.5))
            idfByTerm[term] = value
            idf[termIDs[term]!] = value
        }
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
                let score = (idfByTerm[term] ?? 0) * value / (Self.saturation + value)
                byTerm[termIDs[term]!].append(Contribution(topic: topic, score: score))
            }
        }
        contributions = Array(byTerm.joined())
        contributionStarts = [0]
        for entries in byTerm {
            contributionStarts.append(contributionStarts[contributionStarts.count - 1] + entries.count)
        }
    }

    /// The topics holding term `id`, with their contributions, in topic order.
    func contributions(of id: Int) -> ArraySlice<Contribution> {
        contributions[contributionStarts[id]..<contributionStarts[id + 1]]
    }

    /// Each topic's score for the query's distinct term ids, given in the order of their terms' spelling,
    /// from 0 to 1.
    func scores(_ terms: [Int]) -> [Double] {
        let most = terms.reduce(0) { $0 + idf[$1] }
        var scores = [Double](repeating: 0, count: topicCount)
        guard most > 0 else { return scores }
        contributions.withUnsafeBufferPointer { contributions in
            for term in terms {
                for entry in contributions[contributionStarts[term]..<contributionStarts[term + 1]] {
                    scores[entry.topic] += entry.score
                }
            }
        }
        for topic in scores.indices { scores[topic] /= most }
        return scores
    }
}
