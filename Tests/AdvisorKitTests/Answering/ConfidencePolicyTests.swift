import AdvisorKit
import AdvisorKnowledge
import Testing

@Suite struct ConfidencePolicyTests {
    let policy = ConfidencePolicy.standard

    @Test func ruleConfidenceIsEvidenceOverCertaintyTimesThePenalty() {
        #expect(policy.ruleConfidence(score: 1.25, namesEntity: false, namesOnly: false, penalty: 1) == 0.5)
        #expect(policy.ruleConfidence(score: 10, namesEntity: false, namesOnly: false, penalty: 0.5) == 0.5)
        #expect(policy.ruleConfidence(score: 0, namesEntity: true, namesOnly: true, penalty: 1) == 1)
        let withEntity = policy.ruleConfidence(score: 1, namesEntity: true, namesOnly: false, penalty: 1)
        #expect(withEntity == (1 + policy.entityEvidence) / policy.certainEvidence)
    }

    @Test func retrievalConfidenceScalesBelowAFullScore() {
        #expect(policy.retrievalConfidence(held: 0.8, score: policy.fullScore * 2) == 0.8)
        #expect(policy.retrievalConfidence(held: 0.8, score: policy.fullScore / 2) == 0.4)
    }

    @Test func unknownWordsWeighByWhatTheyAre() {
        #expect(policy.weightOfUnknown(ordinary: false, after: "catch", inFollowUp: false) == policy.unknownWeight)
        #expect(policy.weightOfUnknown(ordinary: false, after: "in", inFollowUp: false) == policy.unknownWeight)
        #expect(
            policy.weightOfUnknown(ordinary: false, name: true, after: "in", inFollowUp: false) == policy.outsideWeight)
        #expect(
            policy.weightOfUnknown(ordinary: false, name: true, after: "the", inFollowUp: false) == policy.unknownWeight
        )
        #expect(policy.weightOfUnknown(ordinary: true, after: "the", inFollowUp: false) == policy.ordinaryWeight)
        #expect(policy.weightOfUnknown(ordinary: true, after: "the", inFollowUp: true) == policy.followUpOrdinaryWeight)
        #expect(policy.followUpOrdinaryWeight < policy.ordinaryWeight)
        #expect(policy.ordinaryWeight < policy.unknownWeight)
    }

    @Test func theThresholdDecides() {
        #expect(policy.answers(policy.threshold))
        #expect(!policy.answers(policy.threshold - 0.01))
    }

    @Test func aStricterPolicyDeclinesMore() {
        var strict = ConfidencePolicy.standard
        strict.threshold = 0.99
        let engine = Engine(knowledge: .embedded, policy: strict)
        #expect(!engine.answer("hm and what would the day look like").understood)
    }
}
