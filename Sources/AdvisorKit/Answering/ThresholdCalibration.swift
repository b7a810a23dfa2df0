/// The decline threshold a knowledge base derives from itself, and why.
///
/// Three samples come from the knowledge and the engine (`Engine.calibrationSamples`): confidences of
/// questions the knowledge answers (its own questions, half reworded), of questions it lacks (its own
/// questions with their topic left out) and of everyday questions about other subjects. The threshold is
/// the one that sorts them best: the mean of the share of answerable questions answered and the share of
/// the others declined (answerable counting as much as both others together), among the thresholds that
/// decline at least 95% of the off-domain sample.
///
/// First it chooses how retrieval ranks (`ConfidencePolicy.blend`): of `blends`, the one that ranks the
/// knowledge's own questions, reworded, first most often (`Samples.rankedFirst`). Then, ranking so, it
/// chooses, with the threshold, how much confidence follows the share of the best topic's naming a
/// question holds (`ConfidencePolicy.namingExponent`) and how much it falls as the next topics come near
/// the first (`ConfidencePolicy.runnerUpWeight`, averaged over `runnersUp` topics): each combination of
/// `namingExponents`, `runnerUpWeights` and `runnersUpCounts` is tried on the same questions, and the one
/// whose best threshold sorts them best is kept (the first among equals).
public struct ThresholdCalibration: Sendable, Hashable {
    /// Confidences of the three samples.
    public struct Samples: Sendable, Hashable {
        /// Questions whose topic came first: these should be answered.
        public var answerable: [Double] = []
        /// Questions the knowledge lacks (or whose topic did not come first): these should be declined.
        public var unanswerable: [Double] = []
        /// Everyday questions about other subjects: these should be declined.
        public var offDomain: [Double] = []
        /// The share of the knowledge's own questions, reworded, whose topic came first: how well the
        /// blend these were ranked by ranks (`ConfidencePolicy.blend`).
        public var rankedFirst = 0.0

        public init(answerable: [Double] = [], unanswerable: [Double] = [], offDomain: [Double] = []) {
            self.answerable = answerable
            self.unanswerable = unanswerable
            self.offDomain = offDomain
        }
    }

    /// The least share of the off-domain sample a chosen threshold declines (when any threshold does).
    public static let offDomainDeclined = 0.95
    /// Thresholds tried, from `lowest` to `highest` by `1 / steps`.
    public static let lowest = 0.001
    public static let highest = 0.95
    public static let steps = 1000
    /// The naming exponents tried (`ConfidencePolicy.namingExponent`).
    public static let namingExponents = [0.0, 0.5, 1.0]
    /// The runner-up weights tried (`ConfidencePolicy.runnerUpWeight`), with each naming exponent…
    public static let runnerUpWeights = [0.0, 0.5, 1.0]
    /// …and, for a weight above 0, each number of runners-up averaged (`ConfidencePolicy.runnersUp`).
    public static let runnersUpCounts = Array(1...ConfidencePolicy.mostRunnersUp)
    /// The retrieval blends each of those is tried with (`ConfidencePolicy.blend`), the standard first.
    public static let blends = RetrievalBlend.candidates

    public var samples: Samples
    /// The chosen threshold.
    public var threshold: Double
    /// The chosen naming exponent (`ConfidencePolicy.namingExponent`).
    public var namingExponent = 0.0
    /// The chosen runner-up weight (`ConfidencePolicy.runnerUpWeight`).
    public var runnerUpWeight = 0.0
    /// The chosen number of runners-up averaged (`ConfidencePolicy.runnersUp`).
    public var runnersUp = 1
    /// The chosen retrieval blend (`ConfidencePolicy.blend`).
    public var blend = RetrievalBlend.standard
    /// How well the chosen threshold sorts the samples (`score(_:at:)`).
    public var score = 0.0
    /// At the chosen threshold: the share of answerable questions answered…
    public var answered: Double
    /// …of unanswerable ones declined…
    public var declinedUnanswerable: Double
    /// …and of off-domain ones declined.
    public var declinedOffDomain: Double

    /// Calibrates `policy` on `knowledge`: asks an engine over it the three samples, and keeps the naming
    /// exponent, runner-up weight and count, and threshold that sort them best.
    public init(knowledge: KnowledgeBase, policy: ConfidencePolicy = .standard) {
        let policies = Self.blends.flatMap { blend in
            Self.namingExponents.flatMap { exponent in
                Self.runnerUpWeights.flatMap { weight in
                    (weight == 0 ? [1] : Self.runnersUpCounts).map { count in
                        var candidate = policy
                        candidate.blend = blend
                        candidate.namingExponent = exponent
                        candidate.runnerUpWeight = weight
                        candidate.runnersUp = count
                        return candidate
                    }
                }
            }
        }
        let all = Engine(knowledge: knowledge, policy: policy).calibrationSamples(under: policies)
        // The blend that ranks the knowledge's own questions, reworded, first most often (the first among
        // equals: the standard)…
        var blend = policies[0].blend
        var rankedFirst = all[0].rankedFirst
        for (candidatePolicy, samples) in zip(policies, all) where samples.rankedFirst > rankedFirst + 1e-12 {
            blend = candidatePolicy.blend
            rankedFirst = samples.rankedFirst
        }
        // …and with it, the policy whose threshold sorts the samples best; the first is the plain one (no
        // naming, no runner-up): the defaults of a calibration.
        let ranking = zip(policies, all).filter { $0.0.blend == blend }
        var best = Self(samples: ranking[0].1)
        best.blend = blend
        for (candidatePolicy, samples) in ranking.dropFirst() {
            var candidate = Self(samples: samples)
            candidate.namingExponent = candidatePolicy.namingExponent
            candidate.runnerUpWeight = candidatePolicy.runnerUpWeight
            candidate.runnersUp = candidatePolicy.runnersUp
            candidate.blend = candidatePolicy.blend
            if candidate.score > best.score + 1e-12 { best = candidate }
        }
        self = best
    }

    /// `policy` with the chosen threshold, naming exponent and runner-up weight and count.
    public func applied(to policy: ConfidencePolicy) -> ConfidencePolicy {
        var calibrated = policy
        calibrated.threshold = threshold
        calibrated.namingExponent = namingExponent
        calibrated.runnerUpWeight = runnerUpWeight
        calibrated.runnersUp = runnersUp
        calibrated.blend = blend
        return calibrated
    }

    /// The threshold that sorts `samples` best (the lowest among equals, so answering wins ties).
    public init(samples: Samples) {
        self.samples = samples
        var best = (score: -1.0, threshold: Self.lowest)
        // In whole thousandths, so that the threshold chosen is the one reported, bit for bit (confidences
        // that are products of several shares can be small: hundredths would be too coarse).
        let steps = Double(Self.steps)
        let candidates = (Int((Self.lowest * steps).rounded())...Int((Self.highest * steps).rounded())).map {
            Double($0) / steps
        }
        let sorted = Samples(
            answerable: samples.answerable.sorted(), unanswerable: samples.unanswerable.sorted(),
            offDomain: samples.offDomain.sorted())
        // Everyday questions on other subjects are declined almost always, whatever else it costs.
        let declining = candidates.filter {
            1 - Self.share(sorted: sorted.offDomain, atLeast: $0) >= Self.offDomainDeclined
        }
        for threshold in declining.isEmpty ? candidates : declining {
            let score = Self.score(sorted: sorted, at: threshold)
            if score > best.score + 1e-12 { best = (score, threshold) }
        }
        threshold = best.threshold
        score = max(0, best.score)
        answered = Self.share(samples.answerable, atLeast: self.threshold)
        declinedUnanswerable = 1 - Self.share(samples.unanswerable, atLeast: self.threshold)
        declinedOffDomain = 1 - Self.share(samples.offDomain, atLeast: self.threshold)
    }

    /// Half the share of answerable questions answered, plus a quarter each of the shares of unanswerable
    /// and off-domain questions declined (an empty sample counts as sorted).
    static func score(_ samples: Samples, at threshold: Double) -> Double {
        let sorted = Samples(
            answerable: samples.answerable.sorted(), unanswerable: samples.unanswerable.sorted(),
            offDomain: samples.offDomain.sorted())
        return score(sorted: sorted, at: threshold)
    }

    /// `score(_:at:)` of samples each sorted in increasing order.
    private static func score(sorted samples: Samples, at threshold: Double) -> Double {
        0.5 * share(sorted: samples.answerable, atLeast: threshold)
            + 0.25 * (1 - share(sorted: samples.unanswerable, atLeast: threshold))
            + 0.25 * (1 - share(sorted: samples.offDomain, atLeast: threshold))
    }

    /// The share of `values` at or above `threshold` (0 for an empty sample).
    static func share(_ values: [Double], atLeast threshold: Double) -> Double {
        values.isEmpty ? 0 : Double(values.count { $0 >= threshold }) / Double(values.count)
    }

    /// `share(_:atLeast:)` of values sorted in increasing order: a binary search for the first at or above.
    private static func share(sorted values: [Double], atLeast threshold: Double) -> Double {
        guard !values.isEmpty else { return 0 }
        var low = 0
        var high = values.count
        while low < high {
            let middle = (low + high) / 2
            if values[middle] < threshold { low = middle + 1 } else { high = middle }
        }
        return Double(values.count - low) / Double(values.count)
    }

    /// What was chosen and why, in a few lines (for `career-advisor check`).
    public var summary: String {
        func percent(_ share: Double) -> String { "\(Int((share * 100).rounded()))%" }
        return """
            decline threshold \(threshold), naming exponent \(namingExponent), runner-up weight \(runnerUpWeight) \
            over \(runnersUp) topic\(runnersUp == 1 ? "" : "s"), \
            ranking with \(blend.topicShare) of the whole topic and \(blend.gramShare) of the spelling, \
            derived from the knowledge:
              ranks \(percent(samples.rankedFirst)) of its own questions reworded first
              answers \(percent(answered)) of \(samples.answerable.count) of its own questions reworded
              declines \(percent(declinedUnanswerable)) of \(samples.unanswerable.count) questions it lacks (each topic left out in turn)
              declines \(percent(declinedOffDomain)) of \(samples.offDomain.count) everyday questions on other subjects
            """
    }
}
