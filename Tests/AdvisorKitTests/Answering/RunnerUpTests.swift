import Testing

@testable import AdvisorKit

/// How near the next topics come to the first, and how retrieval confidence follows it.
@Suite struct RunnerUpTests {
    static let knowledge = Fixtures.mailFAQ

    static func match(_ topic: Int, relevance: Double) -> Match {
        Match(
            topic: topic, score: relevance, relevance: relevance, coverage: 1, knownCoverage: 1, passage: .body,
            passageIndex: topic, terms: [])
    }

    @Test func theNextMatchesRelevancesAreSharesOfTheFirsts() {
        let matches = [0.8, 0.4, 0.2, 0.1, 0.05].enumerated().map { Self.match($0, relevance: $1) }
        #expect(ConfidencePolicy.runnerUpShares(matches) == [0.5, 0.25, 0.125])
        #expect(ConfidencePolicy.runnerUpShares(Array(matches.prefix(1))) == [])
        #expect(ConfidencePolicy.runnerUpShares([]) == [])
        #expect(ConfidencePolicy.runnerUpShares([Self.match(0, relevance: 0), Self.match(1, relevance: 0)]) == [])
    }

    @Test func theRunnerUpAveragesThePolicysNumberOfNextMatches() {
        var policy = ConfidencePolicy.standard
        #expect(policy.runnerUp([0.5, 0.25]) == 0.5)
        policy.runnersUp = 2
        #expect(policy.runnerUp([0.5, 0.25]) == 0.375)
        // A missing runner-up counts as 0: one topic alone stands apart.
        #expect(policy.runnerUp([0.5]) == 0.25)
        #expect(policy.runnerUp([]) == 0)
    }

    @Test func theStandardPolicyIgnoresTheRunnerUp() {
        #expect(ConfidencePolicy.standard.runnerUpWeight == 0)
        #expect(ConfidencePolicy.standard.retrievalConfidence(held: 0.8, score: 1, runnerUp: 1) == 0.8)
    }

    @Test func confidenceFallsAsTheRunnerUpComesNear() {
        var policy = ConfidencePolicy.standard
        policy.runnerUpWeight = 0.5
        #expect(policy.retrievalConfidence(held: 1, score: 1, runnerUp: 0) == 1)
        #expect(policy.retrievalConfidence(held: 1, score: 1, runnerUp: 0.5) == 0.75)
        #expect(policy.retrievalConfidence(held: 1, score: 1, runnerUp: 1) == 0.5)
        policy.runnerUpWeight = 1
        #expect(policy.retrievalConfidence(held: 1, score: 1, runnerUp: 1) == 0)
    }

    @Test func aQuestionOneTopicAnswersStandsApartFromOneSharingOnlyAGeneralWord() {
        let engine = Engine(knowledge: Self.knowledge, policy: .standard)
        let own = engine.retrievalReading(of: "how do I export my mail messages to text files")
        let general = engine.retrievalReading(of: "can I make mail bold")
        #expect(own.topic == 0)
        #expect(
            ConfidencePolicy.standard.runnerUp(own.runnerUpShares)
                < ConfidencePolicy.standard.runnerUp(general.runnerUpShares))
    }

    @Test func calibrationChoosesTheRunnerUpWeightWithTheThreshold() {
        let calibration = ThresholdCalibration(knowledge: Self.knowledge)
        #expect(ThresholdCalibration.runnerUpWeights.contains(calibration.runnerUpWeight))
        // The chosen weight sorts the samples at least as well as ignoring the runner-up does (ranking by
        // the blend chosen).
        var ignoring = ConfidencePolicy.standard
        ignoring.blend = calibration.blend
        let engine = Engine(knowledge: Self.knowledge, policy: ignoring)
        let plain = ThresholdCalibration(samples: engine.calibrationSamples())
        #expect(calibration.score >= plain.score)
        #expect(ThresholdCalibration.runnersUpCounts.contains(calibration.runnersUp))
        #expect(calibration.applied(to: .standard).runnerUpWeight == calibration.runnerUpWeight)
        #expect(calibration.applied(to: .standard).runnersUp == calibration.runnersUp)
        #expect(Engine(knowledge: Self.knowledge).policy == calibration.applied(to: .standard))
        #expect(calibration.summary.contains("runner-up weight \(calibration.runnerUpWeight)"))
    }
}
