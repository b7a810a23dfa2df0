/// How much of a topic's naming a question holds: evidence that the question is that topic's own.
extension Engine {
    /// The share of `topic`'s naming stems (title, names, keywords) that `terms` hold, each weighted by its
    /// inverse document frequency (a rare naming word counts more than "google"); 1 when the policy ignores
    /// naming, so that nothing is computed for it.
    func namedShare(of topic: Int, in terms: [String]) -> Double {
        guard policy.namingExponent != 0 else { return 1 }
        return Self.namedShare(of: naming[topic], in: Set(terms), weight: index.idf(of:))
    }

    /// The share of `naming`'s weight (by `weight`) that `terms` hold: 0 for an empty naming.
    static func namedShare(of naming: Set<String>, in terms: Set<String>, weight: (String) -> Double) -> Double {
        var total = 0.0
        var held = 0.0
        for stem in naming {
            let value = weight(stem)
            total += value
            if terms.contains(stem) { held += value }
        }
        return total > 0 ? held / total : 0
    }
}
