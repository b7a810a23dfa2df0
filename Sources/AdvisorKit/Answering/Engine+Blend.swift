/// Relevance blended as a policy says (`RetrievalBlend`): more of the whole topic, and the spelling.
extension Engine {
    /// `matches` with their relevance blended by `blend` for the question `analysis` read (unchanged for
    /// the standard blend: the index's own order), with the topics' likeness in `spelling` when it was
    /// computed before (`CharacterGrams.similarities(_:)` of `spelling(of:)`).
    func blended(_ matches: [Match], analysis: Analysis, blend: RetrievalBlend, spelling known: [Double]? = nil)
        -> [Match]
    {
        guard !blend.isStandard, !matches.isEmpty else { return matches }
        let spelling =
            blend.gramShare > 0 ? known ?? grams.value.similarities(Self.spelling(of: analysis)) : []
        return matches.map { match in
            var blended = match
            blended.relevance = blend.relevance(
                score: match.score, whole: match.whole, spelling: spelling.isEmpty ? 0 : spelling[match.topic])
            if blend.gramShare > 0 { blended.words = blend.words(score: match.score, whole: match.whole) }
            return blended
        }
    }

    /// The words of a question as read (corrected, canonical, function words too), without those set
    /// aside ("?" stems: an ambiguous word alone, a word self-calibration leaves out): what its spelling is
    /// compared on.
    static func spelling(of analysis: Analysis) -> String {
        analysis.words.filter { !$0.stem.hasPrefix("?") }.map(\.text).joined(separator: " ")
    }

    /// A topic's own questions, each once: its title and alternate questions (the text its spelling is
    /// compared with).
    static func ownQuestions(of topic: Topic) -> String {
        var seen: Set<String> = []
        return ([topic.title] + topic.questions).filter { seen.insert($0.lowercased()).inserted }.joined(
            separator: "\n")
    }
}
