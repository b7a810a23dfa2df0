import Foundation

/// Documents' terms as TF-IDF weights: each distinct term numbered in the order first met, its inverse
/// document frequency (smoothed: `log((n + 1) / (df + 1)) + 1`), and each document's `(1 + log tf) · idf`
/// weights normalized to unit length. The passage index and the spelling likeness both weigh this way.
struct TermWeights<Term: Hashable> {
    /// Term → id, and id → term.
    var ids: [Term: Int] = [:]
    var terms: [Term] = []
    /// By term id.
    var idf: [Double] = []
    /// Each document's terms with their normalized weights, in term-id order (so that the norm, and the
    /// data compiled from it, are the same bit for bit in every process); empty for a document of none.
    var documents: [[(id: Int, weight: Double)]] = []

    init(_ documents: [[Term]]) {
        var counts: [[Int: Int]] = []
        var documentFrequency: [Int] = []
        for document in documents {
            var tf: [Int: Int] = [:]
            for term in document {
                let id =
                    ids[term]
                    ?? {
                        ids[term] = terms.count
                        terms.append(term)
                        documentFrequency.append(0)
                        return terms.count - 1
                    }()
                tf[id, default: 0] += 1
            }
            for id in tf.keys { documentFrequency[id] += 1 }
            counts.append(tf)
        }
        let n = Double(documents.count)
        let idf = documentFrequency.map { log((n + 1) / (Double($0) + 1)) + 1 }
        self.idf = idf
        self.documents = counts.map { tf in
            let weights = tf.sorted(by: { $0.key < $1.key }).map { id, count in (id, (1 + log(Double(count))) * idf[id])
            }
            let norm = sqrt(weights.reduce(0) { $0 + $1.1 * $1.1 })
            return norm > 0 ? weights.map { (id: $0.0, weight: $0.1 / norm) } : []
        }
    }
}
