/// What the pipeline saw for one question, kept to explain the answer (`/why`).
struct Trace {
    let analysis: Analysis
    let reading: Reading
    let matches: [Match]
    let engine: Engine

    func explanation(_ notes: [String], withMatches: Bool = true) -> Explanation {
        let shown = withMatches ? Array(matches.prefix(5)) : []
        let terms = analysis.terms
        let contributions = engine.index.contributions(to: shown, from: terms)
        return Explanation(
            terms: terms, corrections: analysis.corrections, unknownWords: analysis.unknownWords,
            reading: reading,
            matches: zip(shown, contributions).map { match, terms in
                .init(
                    id: engine.knowledge.topics[match.topic].id, score: match.score, relevance: match.relevance,
                    coverage: match.coverage, terms: terms)
            }, notes: notes)
    }
}
