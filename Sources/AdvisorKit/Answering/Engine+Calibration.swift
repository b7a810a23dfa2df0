/// Self-calibration: the engine asks its own knowledge questions whose answer it knows, to see how sure
/// retrieval is when a topic answers and when none does.
extension Engine {
    /// The top topic and the confidence retrieval alone would have in it for `question`, with the index's
    /// passages in `excluded` left out as if the knowledge lacked them (a word only they use is unknown).
    /// `keeping` (n, k) keeps the k-th of every n content words and reads the others as unknown ordinary
    /// words: a paraphrase that shares one word in n of the wording. `nil`: the question as written.
    func retrievalConfidence(
        of question: String, excluding excluded: Set<Int> = [], keeping: (every: Int, at: Int)? = nil
    ) -> (topic: Int?, confidence: Double) {
        var analysis = analyzer.analyze(question)
        var content = 0
        for position in analysis.words.indices where !analysis.words[position].isStopword {
            let stem = analysis.words[position].stem
            let dropped = keeping.map { content % $0.every != $0.at } ?? false
            content += 1
            if dropped
                || (!excluded.isEmpty && analysis.words[position].isKnown && !index.contains(stem, outside: excluded))
            {
                analysis.words[position].stem = "?" + stem
                analysis.words[position].isKnown = false
                analysis.words[position].isOrdinary = true
            }
        }
        let matches = rank(index.search(analysis.terms, excluding: excluded), slots: Slots())
        guard let best = matches.first else { return (nil, 0) }
        let outside = outsideWords(in: analysis, entities: [])
        let penalty = unknownPenalty(analysis, outside: outside)
        let outsidePenalty = unknownPenalty(analysis, outside: outside, countingUnknown: false)
        let held = max(best.coverage * outsidePenalty, best.knownCoverage * penalty)
        return (best.topic, policy.retrievalConfidence(held: held, score: best.score))
    }

    /// How self-calibration rewords a question: keeping each half of its content words, and each third.
    static let paraphrases = [
        (every: 2, at: 0), (every: 2, at: 1), (every: 3, at: 0), (every: 3, at: 1), (every: 3, at: 2),
    ]

    /// The samples self-calibration reads: each topic's title and alternate questions asked as a paraphrase
    /// would ask them (keeping part of the wording) with the topic in the index — answerable when its topic
    /// comes first —, the same questions asked whole with the topic left out — unanswerable: the knowledge
    /// lacks them —, and everyday questions about other subjects (`OffDomainSample`).
    func calibrationSamples() -> ThresholdCalibration.Samples {
        var samples = ThresholdCalibration.Samples()
        for (position, topic) in knowledge.topics.enumerated() {
            var asked: Set<String> = []
            let own = index.passages(of: position)
            for question in [topic.title] + topic.questions where asked.insert(question.lowercased()).inserted {
                for keeping in Self.paraphrases {
                    let found = retrievalConfidence(of: question, keeping: keeping)
                    if found.topic == position {
                        samples.answerable.append(found.confidence)
                    } else {
                        samples.unanswerable.append(found.confidence)
                    }
                }
                samples.unanswerable.append(retrievalConfidence(of: question, excluding: own).confidence)
            }
        }
        samples.offDomain = OffDomainSample.questions.map { retrievalConfidence(of: $0).confidence }
        return samples
    }
}
