import Foundation

/// How alike a question's spelling is to each topic's own questions (its title and alternate questions):
/// the cosine of their character n-grams — three to five letters, within words — weighted by TF-IDF.
///
/// Stems match only whole, so a paraphrase that writes a word in another form shares nothing there with
/// the topic ("bibliography" and "bibliographic", "backup" and "back up", "mails" and "e-mail", a typo);
/// its letters still do. Built from the knowledge when a policy first blends it in (`RetrievalBlend`).
struct CharacterGrams: Sendable {
    /// The shortest and longest grams, in characters (a word's edges count as one each).
    static let shortest = 3
    static let longest = 5

    /// One topic holding a gram, with the gram's normalized weight there.
    struct Posting: Sendable {
        var topic: Int
        var weight: Double
    }

    private let gramIDs: [String: Int]
    private let idf: [Double]
    /// Gram id → the topics holding it, in topic order.
    private let postings: [[Posting]]
    let topicCount: Int

    /// The grams of `texts`, one text a topic.
    init(topics texts: [String]) {
        let weighted = TermWeights(texts.map { Self.grams(of: $0) })
        var postings = [[Posting]](repeating: [], count: weighted.idf.count)
        for (topic, weights) in weighted.documents.enumerated() {
            for (id, weight) in weights { postings[id].append(Posting(topic: topic, weight: weight)) }
        }
        gramIDs = weighted.ids
        idf = weighted.idf
        self.postings = postings
        topicCount = texts.count
    }

    /// Each topic's similarity to `text` (0–1), by position: the cosine over the grams the knowledge
    /// uses (a gram no topic holds says nothing either way).
    func similarities(_ text: String) -> [Double] {
        var scores = [Double](repeating: 0, count: topicCount)
        var grams = Self.grams(of: text)
        grams.sort()
        var query: [(id: Int, weight: Double)] = []
        var start = 0
        while start < grams.count {
            var end = start + 1
            while end < grams.count, grams[end] == grams[start] { end += 1 }
            if let id = gramIDs[grams[start]] {
                query.append((id, (1 + log(Double(end - start))) * idf[id]))
            }
            start = end
        }
        let norm = sqrt(query.reduce(0) { $0 + $1.weight * $1.weight })
        guard norm > 0 else { return scores }
        for (id, weight) in query {
            for posting in postings[id] { scores[posting.topic] += weight * posting.weight / norm }
        }
        return scores.map { min(1, $0) }
    }

    /// The grams of `text`'s words (runs of letters and digits, lower case), each word with a space at
    /// either edge: every run of `shortest` to `longest` characters, or the whole word when it is shorter.
    static func grams(of text: String) -> [String] {
        var grams: [String] = []
        for word in text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }) {
            let padded = Array(" " + word + " ")
            for length in shortest...longest {
                for start in 0..<max(1, padded.count - length + 1) {
                    grams.append(String(padded[start..<min(padded.count, start + length)]))
                }
            }
        }
        return grams
    }
}
