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
        let matches = rank(
            index.search(analysis.terms, excluding: excluded), slots: Slots(), analysis: analysis, blend: blend)
        guard let best = matches.first else { return RetrievalReading() }
        let outside = outsideWords(in: analysis)
        let penalty = unknownPenalty(analysis, outside: outside)
        let outsidePenalty = unknownPenalty(analysis, outside: outside, countingUnknown: false)
        let held = max(best.coverage * outsidePenalty, best.knownCoverage * penalty)
        let named = Self.namedShare(of: naming[best.topic], in: Set(analysis.terms), weight: index.idf(of:))
        return RetrievalReading(
            topic: best.topic, held: held, score: best.score, named: named,
            runnerUpShares: ConfidencePolicy.runnerUpShares(matches))
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

    /// The same samples, with confidences as each of `policies` reads them (the questions are asked once for
    /// each blend the policies rank by).
    func calibrationSamples(under policies: [ConfidencePolicy]) -> [ThresholdCalibration.Samples] {
        var readings: [RetrievalBlend: CalibrationReadings] = [:]
        for blend in policies.map(\.blend) where readings[blend] == nil {
            readings[blend] = calibrationReadings(blend: blend)
        }
        return policies.map { policy in
            let asked = readings[policy.blend]!
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

    /// What retrieval ranking by `blend` makes of the three samples' questions (`calibrationSamples()`).
    private func calibrationReadings(blend: RetrievalBlend) -> CalibrationReadings {
        var answerable: [RetrievalReading] = []
        var unanswerable: [RetrievalReading] = []
        var reworded = 0
        for (position, topic) in knowledge.topics.enumerated() {
            var asked: Set<String> = []
            let own = index.passages(of: position)
            for question in [topic.title] + topic.questions where asked.insert(question.lowercased()).inserted {
                for keeping in Self.paraphrases {
                    reworded += 1
                    let found = retrievalReading(of: question, keeping: keeping, blend: blend)
                    if found.topic == position {
                        answerable.append(found)
                    } else {
                        unanswerable.append(found)
                    }
                }
                unanswerable.append(retrievalReading(of: question, excluding: own, blend: blend))
            }
        }
        let offDomain = OffDomainSample.questions.map { retrievalReading(of: $0, blend: blend) }
        return CalibrationReadings(
            answerable: answerable, unanswerable: unanswerable, offDomain: offDomain,
            rankedFirst: reworded > 0 ? Double(answerable.count) / Double(reworded) : 0)
    }
}
