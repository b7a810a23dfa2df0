/// What the pipeline saw for one question, kept to explain the answer (`/why`).
struct Trace {
    let analysis: Analysis
    let reading: Reading
    let matches: [Match]
    let engine: Engine

    func explanation(_ notes: [String]) -> Explanation {
        Explanation(
            terms: analysis.terms, corrections: analysis.corrections, unknownWords: analysis.unknownWords,
            reading: reading,
            matches: matches.prefix(5).map {
                .init(
                    id: engine.knowledge.topics[$0.topic].id, score: $0.score, coverage: $0.coverage,
                    terms: engine.index.contributions(to: $0, from: analysis.terms))
            }, notes: notes)
    }
}
