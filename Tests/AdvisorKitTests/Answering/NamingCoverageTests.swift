import Testing

@testable import AdvisorKit

/// How much of a topic's naming a question holds, and how confidence follows it.
@Suite struct NamingCoverageTests {
    static let knowledge = Fixtures.mailFAQ

    @Test func rareNamingWordsWeighMore() {
        let weights = ["mail": 1.0, "export": 3.0]
        let share = Engine.namedShare(of: ["mail", "export"], in: ["export"], weight: { weights[$0] ?? 0 })
        #expect(share == 0.75)
        #expect(Engine.namedShare(of: ["mail", "export"], in: ["mail"], weight: { weights[$0] ?? 0 }) == 0.25)
        #expect(Engine.namedShare(of: [], in: ["mail"], weight: { _ in 1 }) == 0)
    }

    @Test func aQuestionSharingOnlyAGeneralWordNamesLittleOfTheTopic() {
        var policy = ConfidencePolicy.standard
        policy.namingExponent = 1
        let engine = Engine(knowledge: Self.knowledge, policy: policy)
        let terms = { (question: String) in engine.analyzer.analyze(question).terms }
        let named = engine.namedShare(of: 0, in: terms("how do I export my mail messages to text files"))
        let general = engine.namedShare(of: 0, in: terms("can I make mail text strikethrough"))
        #expect(named == 1)
        #expect(general > 0 && general < 0.5)
    }

    @Test func theStandardPolicyIgnoresNaming() {
        let engine = Engine(knowledge: Self.knowledge, policy: .standard)
        #expect(engine.namedShare(of: 0, in: ["strikethrough"]) == 1)
        #expect(ConfidencePolicy.standard.retrievalConfidence(held: 0.8, score: 1, named: 0) == 0.8)
    }

    @Test func confidenceFollowsTheNamedShareToThePolicysPower() {
        var policy = ConfidencePolicy.standard
        policy.namingExponent = 0.5
        #expect(policy.retrievalConfidence(held: 0.8, score: 1, named: 0.25) == 0.4)
        policy.namingExponent = 1
        #expect(policy.retrievalConfidence(held: 0.8, score: 1, named: 0.25) == 0.2)
    }

    @Test func calibrationChoosesTheExponentWithTheThreshold() {
        let calibration = ThresholdCalibration(knowledge: Self.knowledge)
        #expect(ThresholdCalibration.namingExponents.contains(calibration.namingExponent))
        // The chosen exponent sorts the samples at least as well as ignoring naming does (ranking by the
        // blend chosen).
        var ignoring = ConfidencePolicy.standard
        ignoring.namingExponent = 0
        ignoring.blend = calibration.blend
        let engine = Engine(knowledge: Self.knowledge, policy: ignoring)
        let plain = ThresholdCalibration(samples: engine.calibrationSamples())
        #expect(calibration.score >= plain.score)
        let applied = calibration.applied(to: .standard)
        #expect(applied.threshold == calibration.threshold)
        #expect(applied.namingExponent == calibration.namingExponent)
        #expect(Engine(knowledge: Self.knowledge).policy == applied)
        #expect(calibration.summary.contains("naming exponent \(calibration.namingExponent)"))
    }
}
