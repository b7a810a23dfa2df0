/// Self-calibration: the engine asks its own knowledge questions whose answer it knows, to see how sure
/// retrieval is when a topic answers and when none does.
extension Engine {
    /// What retrieval alone makes of a question: its top topic and the parts of its confidence (the share of
    /// the question held, the passage's score, the share of the topic's naming held, how near the runners-up
    /// come), so that confidence can be computed under several policies.
    struct RetrievalReading {
        var topic: Int?
        var held = 0.0
        var score = 0.0
        var named = 0.0
        /// The next topics' relevances as shares of the first's (`ConfidencePolicy.runnerUpShares`).
        var runnerUpShares: [Double] = []

        /// The confidence `policy` has in this reading.
        func confidence(_ policy: ConfidencePolicy) -> Double {
            topic == nil
                ? 0
                : policy.retrievalConfidence(
                    held: held, score: score, named: named, runnerUp: policy.runnerUp(runnerUpShares))
        }
    }

    /// The top topic and the confidence retrieval alone would have in it for `question`, with the index's
    /// passages in `excluded` left out as if the knowledge lacked them (a word only they use is unknown).
    /// `keeping` (n, k) keeps the k-th of every n content words and reads the others as unknown ordinary
    /// words: a paraphrase that shares one word in n of the wording. `nil`: the question as written.
    func retrievalConfidence(
        of question: String, excluding excluded: Set<Int> = [], keeping: (every: Int, at: Int)? = nil
    ) -> (topic: Int?, confidence: Double) {
        let reading = retrievalReading(of: question, excluding: excluded, keeping: keeping)
        return (reading.topic, reading.confidence(policy))
    }

    /// What retrieval alone makes of `question` (see `retrievalConfidence(of:excluding:keeping:)`), ranking
    /// as `blend` says (the policy's when nil).
    func retrievalReading(
        of question: String, excluding excluded: Set<Int> = [], keeping: (every: Int, at: Int)? = nil,
        blend: RetrievalBlend? = nil
    ) -> RetrievalReading {
        retrievalReadings(of: question, excluding: excluded, keeping: keeping, blends: [blend ?? policy.blend])[0]
    }

    /// What retrieval alone makes of `question` ranking by each of `blends`, in order: the question is read
    /// and searched once, and only ranked by each.
    func retrievalReadings(
        of question: String, excluding excluded: Set<Int> = [], keeping: (every: Int, at: Int)? = nil,
        blends: [RetrievalBlend]
    ) -> [RetrievalReading] {
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
        let found = index.search(analysis.terms, excluding: excluded, ranked: false)
        guard !found.isEmpty else { return blends.map { _ in RetrievalReading() } }
        let outside = outsideWords(in: analysis)
        let penalty = unknownPenalty(analysis, outside: outside)
        let outsidePenalty = unknownPenalty(analysis, outside: outside, countingUnknown: false)
        let terms = Set(analysis.terms)
        let spelling =
            blends.contains { $0.gramShare > 0 } ? grams.value.similarities(Self.spelling(of: analysis)) : nil
        return blends.map { blend in
            let matches = rank(found, slots: Slots(), analysis: analysis, blend: blend, spelling: spelling)
            let best = matches[0]
            let held = max(best.coverage * outsidePenalty, best.knownCoverage * penalty)
            let named = Self.namedShare(of: naming[best.topic], in: terms, weight: index.idf(of:))
            return RetrievalReading(
                topic: best.topic, held: held, score: best.score, named: named,
                runnerUpShares: ConfidencePolicy.runnerUpShares(matches))
        }
    }

    /// How self-calibration rewords a question: keeping each half of its content words, and each third.
    static let paraphrases = [
        (every: 2, at: 0), (every: 2, at: 1), (every: 3, at: 0), (every: 3, at: 1), (every: 3, at: 2),
    ]

    /// The samples self-calibration reads: each topic's title and alternate questions asked as a paraphrase
    /// would ask them (keeping part of the wording) with the topic in the index — answerable when its topic
    /// comes first —, the same questions asked whole with the topic left out — unanswerable: the knowledge
    /// lacks them —, and everyday questions about other subjects (`OffDomainSample`); confidences as this
    /// engine's policy reads them.
    func calibrationSamples() -> ThresholdCalibration.Samples {
        calibrationSamples(under: [policy])[0]
    }

    /// The same samples, with confidences as each of `policies` reads them (the questions are asked once,
    /// and ranked by each blend the policies rank by).
    func calibrationSamples(under policies: [ConfidencePolicy]) -> [ThresholdCalibration.Samples] {
        var blends: [RetrievalBlend] = []
        for blend in policies.map(\.blend) where !blends.contains(blend) { blends.append(blend) }
        let readings = calibrationReadings(blends: blends)
        return policies.map { policy in
            let asked = readings[blends.firstIndex(of: policy.blend)!]
            var samples = ThresholdCalibration.Samples(
                answerable: asked.answerable.map { $0.confidence(policy) },
                unanswerable: asked.unanswerable.map { $0.confidence(policy) },
                offDomain: asked.offDomain.map { $0.confidence(policy) })
            samples.rankedFirst = asked.rankedFirst
            return samples
        }
    }

    /// What retrieval ranking by one blend makes of the three samples' questions.
    struct CalibrationReadings {
        var answerable: [RetrievalReading] = []
        var unanswerable: [RetrievalReading] = []
        var offDomain: [RetrievalReading] = []
        /// The share of the reworded questions whose topic came first.
        var rankedFirst = 0.0
    }

    /// What retrieval ranking by each of `blends` makes of the three samples' questions
    /// (`calibrationSamples()`), in order.
    private func calibrationReadings(blends: [RetrievalBlend]) -> [CalibrationReadings] {
        var readings = [CalibrationReadings](repeating: CalibrationReadings(), count: blends.count)
        var reworded = 0
        for (position, topic) in knowledge.topics.enumerated() {
            var asked: Set<String> = []
            let own = index.passages(of: position)
            for question in [topic.title] + topic.questions where asked.insert(question.lowercased()).inserted {
                for keeping in Self.paraphrases {
                    reworded += 1
                    let found = retrievalReadings(of: question, keeping: keeping, blends: blends)
                    for (number, reading) in found.enumerated() {
                        if reading.topic == position {
                            readings[number].answerable.append(reading)
                        } else {
                            readings[number].unanswerable.append(reading)
                        }
                    }
                }
                let lacking = retrievalReadings(of: question, excluding: own, blends: blends)
                for (number, reading) in lacking.enumerated() { readings[number].unanswerable.append(reading) }
            }
        }
        for question in OffDomainSample.questions {
            for (number, reading) in retrievalReadings(of: question, blends: blends).enumerated() {
                readings[number].offDomain.append(reading)
            }
        }
        for number in readings.indices where reworded > 0 {
            readings[number].rankedFirst = Double(readings[number].answerable.count) / Double(reworded)
        }
        return readings
    }
}
