import Foundation

/// A TF-IDF index over the knowledge's passages (each topic's text, and each of its alternate
/// questions), ranked by cosine similarity blended with BM25F over whole topics (`BM25F`); ties go to
/// the topic that comes first in the knowledge.
struct TFIDFIndex: Sendable {
    struct Passage: Sendable {
        var topic: Int
        var kind: Match.Passage
        var terms: [String]
    }

    private var termIDs: [String: Int] = [:]
    private var terms: [String] = []
    private var idf: [Double] = []
    /// Term → (passage, normalized weight).
    private var postings: [[(passage: Int, weight: Double)]] = []
    private var passages: [(topic: Int, kind: Match.Passage)] = []
    /// Each passage's normalized weights by term, for explaining a match.
    private var vectors: [[Int: Double]] = []
    private var topicCount = 0
    /// Terms each topic contains, in any passage.
    private var topicTerms: [Set<Int>] = []
    /// Weight a term never seen in the knowledge gets in a question.
    private var unknownIDF: Double = 1
    /// BM25F over whole topics, when the topics' fields were given.
    private var topics: BM25F?
    /// The share of a topic's relevance that comes from BM25F over the whole topic; the rest is the cosine
    /// of its best passage.
    static let topicShare = 0.1

    /// An index of `passages`; with `fields` (each topic's terms by field), scores blend in BM25F.
    init(passages input: [Passage], topicCount: Int, fields: [BM25F.Fields]? = nil) {
        topics = fields.map { BM25F(topics: $0) }
        var counts: [[Int: Int]] = []
        var documentFrequency: [Int] = []
        self.topicCount = topicCount
        topicTerms = Array(repeating: [], count: topicCount)
        for passage in input {
            var tf: [Int: Int] = [:]
            for term in passage.terms {
                let id =
                    termIDs[term]
                    ?? {
                        termIDs[term] = terms.count
                        terms.append(term)
                        documentFrequency.append(0)
                        return terms.count - 1
                    }()
                tf[id, default: 0] += 1
            }
            for id in tf.keys {
                documentFrequency[id] += 1
                topicTerms[passage.topic].insert(id)
            }
            counts.append(tf)
            passages.append((passage.topic, passage.kind))
        }
        let n = Double(input.count)
        idf = documentFrequency.map { log((n + 1) / (Double($0) + 1)) + 1 }
        unknownIDF = idf.max() ?? 1  // as rare as the rarest known term
        postings = Array(repeating: [], count: terms.count)
        vectors = Array(repeating: [:], count: counts.count)
        for (index, tf) in counts.enumerated() {
            let weights = tf.map { id, count in (id, (1 + log(Double(count))) * idf[id]) }
            let norm = sqrt(weights.reduce(0) { $0 + $1.1 * $1.1 })
            guard norm > 0 else { continue }
            for (id, weight) in weights.sorted(by: { $0.0 < $1.0 }) {
                postings[id].append((index, weight / norm))
                vectors[index][id] = weight / norm
            }
        }
    }

    /// Whether any passage uses `term` (a stem).
    func contains(_ term: String) -> Bool { termIDs[term] != nil }

    /// Whether any passage but those in `excluded` uses `term`.
    func contains(_ term: String, outside excluded: Set<Int>) -> Bool {
        guard let id = termIDs[term] else { return false }
        return postings[id].contains { !excluded.contains($0.passage) }
    }

    /// Inverse document frequency of a stem (the unknown weight for a stem the knowledge lacks).
    func idf(of term: String) -> Double { termIDs[term].map { idf[$0] } ?? unknownIDF }

    /// For each of `matches`, the terms of `queryTerms` that contributed, with their share of its score,
    /// largest first (for explanations: computed only for the matches shown).
    func contributions(to matches: [Match], from queryTerms: [String]) -> [[Match.Contribution]] {
        var tf: [String: Int] = [:]
        for term in queryTerms { tf[term, default: 0] += 1 }
        // In term order, so that the sums (and so the weights) are the same bit for bit on every call.
        let weights = tf.sorted(by: { $0.key < $1.key }).map { term, count in
            (term, termIDs[term], (1 + log(Double(count))) * (termIDs[term].map { idf[$0] } ?? unknownIDF))
        }
        let norm = sqrt(weights.reduce(0) { $0 + $1.2 * $1.2 })
        guard norm > 0 else { return matches.map { _ in [] } }
        return matches.map { match in
            var contributions: [Match.Contribution] = []
            for (term, id, weight) in weights {
                guard let id, let passageWeight = vectors[match.passageIndex][id] else { continue }
                contributions.append(.init(term: term, weight: weight * passageWeight / norm))
            }
            return contributions.sorted { ($0.weight, $1.term) > ($1.weight, $0.term) }
        }
    }

    /// The passages of `topic`, by their position in the index.
    func passages(of topic: Int) -> Set<Int> {
        Set(passages.indices.filter { passages[$0].topic == topic })
    }

    /// The passage holding `topic`'s alternate question `number`.
    func passage(of topic: Int, question number: Int) -> Int? {
        passages.indices.first { passages[$0].topic == topic && passages[$0].kind == .question(number) }
    }

    /// Every topic that shares a term with the question, best first. Passages in `excluded` are left out,
    /// as if the knowledge lacked them: a term only they hold counts as unknown (for self-calibration).
    func search(_ queryTerms: [String], excluding excluded: Set<Int> = []) -> [Match] {
        var tf: [String: Int] = [:]
        for term in queryTerms { tf[term, default: 0] += 1 }
        var query: [(id: Int?, term: String, weight: Double)] = []
        for (term, count) in tf.sorted(by: { $0.key < $1.key }) {
            var id = termIDs[term]
            if let known = id, !excluded.isEmpty, postings[known].allSatisfy({ excluded.contains($0.passage) }) {
                id = nil
            }
            query.append((id, term, (1 + log(Double(count))) * (id.map { idf[$0] } ?? unknownIDF)))
        }
        // Coverage divides by this exact sum, not by `norm * norm`, which rounds to a little more or less:
        // a question wholly covered gets exactly 1, never 1.0000000000000002.
        let totalSquared = query.reduce(0) { $0 + $1.weight * $1.weight }
        let norm = sqrt(totalSquared)
        guard norm > 0 else { return [] }
        var scores = [Double](repeating: 0, count: passages.count)
        for entry in query {
            guard let id = entry.id else { continue }
            for posting in postings[id] where !excluded.contains(posting.passage) {
                scores[posting.passage] += entry.weight * posting.weight / norm
            }
        }
        // Each topic's best passage (the first one on equal scores).
        var best = [(passage: Int, score: Double)](repeating: (-1, 0), count: topicCount)
        for (passage, score) in scores.enumerated() where score > 0 {
            let topic = passages[passage].topic
            if score > best[topic].score { best[topic] = (passage, score) }
        }
        var relevance = best.map(\.score)
        if let topics {
            let whole = topics.scores(query.compactMap { $0.id == nil ? nil : $0.term })
            // (A topic whose passages are all excluded has no best passage: it stays out.)
            for topic in best.indices where best[topic].passage >= 0 {
                relevance[topic] = (1 - Self.topicShare) * best[topic].score + Self.topicShare * whole[topic]
            }
        }
        let knownSquared = query.reduce(0) { $0 + ($1.id == nil ? 0 : $1.weight * $1.weight) }
        var matches: [Match] = []
        for (topic, entry) in best.enumerated() where entry.passage >= 0 {
            var covered = 0.0
            for item in query {
                guard let id = item.id, topicTerms[topic].contains(id) else { continue }
                if !excluded.isEmpty,
                    !postings[id].contains(where: {
                        passages[$0.passage].topic == topic && !excluded.contains($0.passage)
                    })
                {
                    continue
                }
                covered += item.weight * item.weight
            }
            matches.append(
                Match(
                    topic: topic, score: min(1, entry.score), relevance: min(1, relevance[topic]),
                    coverage: covered / totalSquared,
                    knownCoverage: knownSquared > 0 ? min(1, covered / knownSquared) : 0,
                    passage: passages[entry.passage].kind, passageIndex: entry.passage, terms: []))
        }
        matches.sort { ($0.relevance, -$0.topic) > ($1.relevance, -$1.topic) }
        return matches
    }
}
