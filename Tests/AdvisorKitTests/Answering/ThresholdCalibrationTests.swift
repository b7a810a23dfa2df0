import AdvisorKit
import AdvisorKnowledge
import Testing

@Suite struct ThresholdCalibrationTests {
    @Test func choosesTheThresholdThatSortsTheSamples() {
        let samples = ThresholdCalibration.Samples(
            answerable: [0.5, 0.6, 0.7, 0.9], unanswerable: [0.1, 0.2, 0.3], offDomain: [0, 0.05])
        let calibration = ThresholdCalibration(samples: samples)
        // Everything sorted from 0.301 to 0.5: the lowest such threshold wins.
        #expect(calibration.threshold == 0.301)
        #expect(calibration.answered == 1)
        #expect(calibration.declinedUnanswerable == 1)
        #expect(calibration.declinedOffDomain == 1)
        #expect(calibration.summary.contains("decline threshold 0.301"))
    }

    @Test func answeringWeighsAsMuchAsBothKindsOfDecline() {
        // Answering the answerable question at 0.2 answers both unanswerable ones above it too: a tie, which
        // answering wins.
        let tie = ThresholdCalibration.Samples(answerable: [0.2, 0.8], unanswerable: [0.3, 0.4], offDomain: [0])
        #expect(ThresholdCalibration(samples: tie).threshold == ThresholdCalibration.lowest)
        // One answerable question in four is worth less than all the unanswerable ones declined.
        let tipped = ThresholdCalibration.Samples(
            answerable: [0.2, 0.8, 0.9, 0.95], unanswerable: [0.1, 0.3, 0.4], offDomain: [0])
        let calibration = ThresholdCalibration(samples: tipped)
        #expect(calibration.threshold == 0.401)
        #expect(calibration.answered == 0.75)
    }

    @Test func declinesNearlyAllOffDomainQuestionsWhateverItCosts() {
        // Answering everything would sort best, but would answer the everyday question at 0.3.
        let samples = ThresholdCalibration.Samples(
            answerable: [0.2, 0.25, 0.35, 0.9], unanswerable: [0.1], offDomain: Array(repeating: 0, count: 9) + [0.3])
        let calibration = ThresholdCalibration(samples: samples)
        #expect(calibration.threshold == 0.301)
        #expect(calibration.declinedOffDomain == 1)
    }

    @Test func derivesAThresholdFromAKnowledgeBase() {
        let calibration = ThresholdCalibration(knowledge: .embedded)
        #expect(!calibration.samples.answerable.isEmpty)
        #expect(!calibration.samples.unanswerable.isEmpty)
        #expect(calibration.samples.offDomain.count >= 50)
        #expect(calibration.answered > 0)
        #expect(calibration.declinedOffDomain >= ThresholdCalibration.offDomainDeclined)
    }

    @Test func theBuiltInKnowledgeDeclaresTheStandardThreshold() {
        #expect(KnowledgeBase.embedded.about.threshold == ConfidencePolicy.standard.threshold)
        #expect(Engine(knowledge: .embedded).policy == ConfidencePolicy.standard)
    }
}
