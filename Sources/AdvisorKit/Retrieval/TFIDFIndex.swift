import Foundation

/// A TF-IDF index over the knowledge's passages (each topic's text, and each of its alternate
/// questions), ranked by cosine similarity blended with BM25F over whole topics (`BM25F`); ties go to
/// the topic that comes first in the knowledge.
///
/// Terms are numbered once, when the index is built: a question's stems are looked up once each, and the
/// rest of a search works on ids and arrays.
struct TFIDFIndex: Sendable {
    struct Passage: Sendable {
        var topic: Int
        var kind: Match.Passage
        var terms: [String]
    }

    /// One passage holding a term, with the term's normalized weight there.
    struct Posting: Sendable, Hashable {
        var passage: Int
        var weight: Double
    }

    /// What a search is made of, and all the built-in knowledge's index stores (`KnowledgeIndex`).
    struct Storage: Sendable, Hashable {
        /// Each term (a stem), by id.
        var terms: [String]
        var idf: [Double]
        /// Every term's postings, term after term in id order: term `id`'s (the passages holding it, in
        /// passage order) are `postings[postingStarts[id]..<postingStarts[id + 1]]`. One array, not one
        /// per term: nothing to allocate per term when the index is restored, nothing to retain when searched.
        var postings: [Posting]
        var postingStarts: [Int]
        /// Each passage's topic and kind.
        var passageTopics: [Int]
        var passageKinds: [Match.Passage]
        var topicCount: Int
        /// Weight a term never seen in the knowledge gets in a question.
        var unknownIDF: Double
        /// BM25F over whole topics, when the topics' fields were given.
        var topics: BM25F?

        /// The postings of term `id`, in passage order.
        func postings(of id: Int) -> ArraySlice<Posting> { postings[postingStarts[id]..<postingStarts[id + 1]] }
    }

    private(set) var storage: Storage
    /// Each term's id: its position in `storage.terms` (looked up by the bytes of a question's stem).
    private let termIDs: FrozenWords
    /// Term id → the topics holding it (in any passage), in topic order: term `id`'s are
    /// `termTopicList[termTopicStarts[id]..<termTopicStarts[id + 1]]` (one array for all terms).
    private let termTopicStarts: [Int]
    private let termTopicList: [Int]

    /// The share of a topic's relevance that comes from BM25F over the whole topic; the rest is the cosine
    /// of its best passage.
    static let topicShare = 0.1

    /// An index of `passages`; with `fields` (each topic's terms by field), scores blend in BM25F.
    init(passages input: [Passage], topicCount: Int, fields: [BM25F.Fields]? = nil) {
        let weighted = TermWeights(input.map(\.terms))
        let (termIDs, terms, idf) = (weighted.ids, weighted.terms, weighted.idf)
        var byTerm = [[Posting]](repeating: [], count: terms.count)
        for (index, weights) in weighted.documents.enumerated() {
            for (id, weight) in weights { byTerm[id].append(Posting(passage: index, weight: weight)) }
        }
        var starts = [0]
        for postings in byTerm { starts.append(starts[starts.count - 1] + postings.count) }
        self.init(
            storage: Storage(
                terms: terms, idf: idf, postings: Array(byTerm.joined()), postingStarts: starts,
                passageTopics: input.map(\.topic),
                passageKinds: input.map(\.kind), topicCount: topicCount,
                unknownIDF: idf.max() ?? 1,  // as rare as the rarest known term
                topics: fields.map { BM25F(topics: $0, termIDs: termIDs) }))
    }

    /// The index `storage` describes (built before, or restored from the built-in data).
    init(storage: Storage) {
        self.storage = storage
        termIDs = FrozenWords(ordered: storage.terms)
        // Each term's topics, in order: marked in one table (by the term's id) rather than searched. When
        // passages come topic after topic (as they are indexed), postings in passage order meet their topics
        // in order: nothing to sort.
        let passageTopics = storage.passageTopics
        let topicOrdered = zip(passageTopics, passageTopics.dropFirst()).allSatisfy { $0 <= $1 }
        var starts = [0]
        starts.reserveCapacity(storage.terms.count + 1)
        var topics: [Int] = []
        topics.reserveCapacity(storage.postings.count)
        var marked = [Int](repeating: -1, count: storage.topicCount)
        storage.postings.withUnsafeBufferPointer { postings in
            for id in storage.terms.indices {
                let start = topics.count
                for posting in postings[storage.postingStarts[id]..<storage.postingStarts[id + 1]] {
                    let topic = passageTopics[posting.passage]
                    if marked[topic] != id {
                        marked[topic] = id
                        topics.append(topic)
                    }
                }
                if !topicOrdered { topics[start...].sort() }
                starts.append(topics.count)
            }
        }
        termTopicStarts = starts
        termTopicList = topics
    }

    /// The normalized weight of term `id` in `passage`, if the passage holds it (postings are in passage
    /// order: a binary search).
    private func passageWeight(of id: Int, in passage: Int) -> Double? {
        let postings = storage.postings(of: id)
        var low = postings.startIndex
        var high = postings.endIndex
        while low < high {
            let middle = (low + high) / 2
            if postings[middle].passage < passage { low = middle + 1 } else { high = middle }
        }
        return low < postings.endIndex && postings[low].passage == passage ? postings[low].weight : nil
    }

    /// Whether any passage uses `term` (a stem).
    func contains(_ term: String) -> Bool { termIDs.contains(term) }

    /// Whether any passage but those in `excluded` uses `term`.
    func contains(_ term: String, outside excluded: Set<Int>) -> Bool {
        guard let id = termIDs.position(of: term) else { return false }
        return storage.postings(of: id).contains { !excluded.contains($0.passage) }
    }

    /// Inverse document frequency of a stem (the unknown weight for a stem the knowledge lacks).
    func idf(of term: String) -> Double {
        termIDs.position(of: term).map { storage.idf[$0] } ?? storage.unknownIDF
    }

    /// A question's distinct terms in the order of their spelling, with their ids (nil: unknown) and
    /// weights (`(1 + log tf) · idf`), the order every sum over them follows, so that sums are the same
    /// bit for bit on every call.
    private func weighted(_ queryTerms: [String], excluding excluded: Set<Int> = []) -> [(
        id: Int?, term: String, weight: Double
    )] {
        var query: [(id: Int?, term: String, weight: Double)] = []
        var sorted = queryTerms
        sorted.sort()
        var start = 0
        while start < sorted.count {
            var end = start + 1
            while end < sorted.count, sorted[end] == sorted[start] { end += 1 }
            let term = sorted[start]
            var id = termIDs.position(of: term)
            if let known = id, !excluded.isEmpty,
                storage.postings(of: known).allSatisfy({ excluded.contains($0.passage) })
            {
                id = nil
            }
            let idf = id.map { storage.idf[$0] } ?? storage.unknownIDF
            query.append((id, term, (1 + log(Double(end - start))) * idf))
            start = end
        }
        return query
    }

    /// For each of `matches`, the terms of `queryTerms` that contributed, with their share of its score,
    /// largest first (for explanations: computed only for the matches shown).
    func contributions(to matches: [Match], from queryTerms: [String]) -> [[Match.Contribution]] {
        guard !matches.isEmpty else { return [] }
        let weights = weighted(queryTerms)
        let norm = sqrt(weights.reduce(0) { $0 + $1.weight * $1.weight })
        guard norm > 0 else { return matches.map { _ in [] } }
        return matches.map { match in
            var contributions: [Match.Contribution] = []
            for (id, term, weight) in weights {
                guard let id, let passageWeight = passageWeight(of: id, in: match.passageIndex) else { continue }
                contributions.append(.init(term: term, weight: weight * passageWeight / norm))
            }
            return contributions.sorted { ($0.weight, $1.term) > ($1.weight, $0.term) }
        }
    }

    /// The passages of `topic`, by their position in the index.
    func passages(of topic: Int) -> Set<Int> {
        Set(storage.passageTopics.indices.filter { storage.passageTopics[$0] == topic })
    }

    /// The passage holding `topic`'s alternate question `number`.
    func passage(of topic: Int, question number: Int) -> Int? {
        storage.passageTopics.indices.first {
            storage.passageTopics[$0] == topic && storage.passageKinds[$0] == .question(number)
        }
    }

    /// Every topic that shares a term with the question, best first (in the knowledge's order when not
    /// `ranked`, for a caller that ranks them itself). Passages in `excluded` are left out, as if the
    /// knowledge lacked them: a term only they hold counts as unknown (for self-calibration).
    func search(_ queryTerms: [String], excluding excluded: Set<Int> = [], ranked: Bool = true) -> [Match] {
        let query = weighted(queryTerms, excluding: excluded)
        // Coverage divides by this exact sum, not by `norm * norm`, which rounds to a little more or less:
        // a question wholly covered gets exactly 1, never 1.0000000000000002.
        let totalSquared = query.reduce(0) { $0 + $1.weight * $1.weight }
        let norm = sqrt(totalSquared)
        guard norm > 0 else { return [] }
        let passageTopics = storage.passageTopics
        var scores = [Double](repeating: 0, count: passageTopics.count)
        // The innermost loop of a search: over every passage holding each term (positions come from the
        // index, which checked them when it was built or restored).
        scores.withUnsafeMutableBufferPointer { scores in
            storage.postings.withUnsafeBufferPointer { postings in
                for entry in query {
                    guard let id = entry.id else { continue }
                    for posting in postings[storage.postingStarts[id]..<storage.postingStarts[id + 1]]
                    where excluded.isEmpty || !excluded.contains(posting.passage) {
                        scores[posting.passage] += entry.weight * posting.weight / norm
                    }
                }
            }
        }
        // Each topic's best passage (the first one on equal scores).
        var bestPassage = [Int](repeating: -1, count: storage.topicCount)
        var bestScore = [Double](repeating: 0, count: storage.topicCount)
        // (Over every passage: unchecked buffers, as topics and positions were checked with the index.)
        scores.withUnsafeBufferPointer { scores in
            passageTopics.withUnsafeBufferPointer { passageTopics in
                bestScore.withUnsafeMutableBufferPointer { bestScore in
                    bestPassage.withUnsafeMutableBufferPointer { bestPassage in
                        for passage in scores.indices where scores[passage] > 0 {
                            let topic = passageTopics[passage]
                            if scores[passage] > bestScore[topic] {
                                bestScore[topic] = scores[passage]
                                bestPassage[topic] = passage
                            }
                        }
                    }
                }
            }
        }
        var relevance = bestScore
        var whole = [Double](repeating: 0, count: storage.topicCount)
        if let topics = storage.topics {
            whole = topics.scores(query.compactMap(\.id))
            // (A topic whose passages are all excluded has no best passage: it stays out.)
            for topic in bestPassage.indices where bestPassage[topic] >= 0 {
                relevance[topic] = (1 - Self.topicShare) * bestScore[topic] + Self.topicShare * whole[topic]
            }
        }
        let knownSquared = query.reduce(0) { $0 + ($1.id == nil ? 0 : $1.weight * $1.weight) }
        // Each topic's covered weight, summed in the query's order.
        var covered = [Double](repeating: 0, count: storage.topicCount)
        for item in query {
            guard let id = item.id else { continue }
            for topic in termTopicList[termTopicStarts[id]..<termTopicStarts[id + 1]] {
                if !excluded.isEmpty,
                    !storage.postings(of: id).contains(where: {
                        passageTopics[$0.passage] == topic && !excluded.contains($0.passage)
                    })
                {
                    continue
                }
                covered[topic] += item.weight * item.weight
            }
        }
        for topic in relevance.indices { relevance[topic] = min(1, relevance[topic]) }
        var order = bestPassage.indices.filter { bestPassage[$0] >= 0 }
        if ranked {
            var keys = order.map { RankingKey(relevance: relevance[$0], topic: $0, position: $0) }
            keys.sort()
            order = keys.map(\.topic)
        }
        return order.map { topic in
            let passage = bestPassage[topic]
            return Match(
                topic: topic, score: min(1, bestScore[topic]), relevance: relevance[topic],
                coverage: covered[topic] / totalSquared,
                knownCoverage: knownSquared > 0 ? min(1, covered[topic] / knownSquared) : 0,
                passage: storage.passageKinds[passage], passageIndex: passage, terms: [], whole: whole[topic])
        }
    }
}
