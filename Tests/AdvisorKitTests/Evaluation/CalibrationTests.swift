import AdvisorKit
import AdvisorKnowledge
import Testing

@Suite struct CalibrationTests {
    /// Two questions of ours and one that is not: a threshold that answers everything loses the decline,
    /// one that answers nothing loses the rest.
    let set: Calibration.LabelledSet = {
        let text = """
            role\tnlp-engineer\tWhat does an NLP engineer do?
            salary\t*\thow much do AI engineers make?
            decline\t-\thow do I bake sourdough bread?
            """
        guard case .success(let questions) = LabelledQuestion.parse(text, file: "tiny.tsv") else {
            fatalError("the tiny set parses")
        }
        return .questions(name: "tiny", questions)
    }()

    func policy(threshold: Double) -> ConfidencePolicy {
        var policy = ConfidencePolicy.standard
        policy.threshold = threshold
        return policy
    }

    @Test func choosesTheMostAccuratePolicy() {
        let grid = [policy(threshold: 1.01), policy(threshold: 0.65), policy(threshold: 0)]
        let calibration = Calibration(sets: [set], knowledge: .embedded, grid: grid)
        #expect(calibration.chosen.threshold == 0.65)
        #expect(calibration.trials[0].accuracies == [1])
        #expect(calibration.trials.count == 3)
    }

    @Test func withinTheToleranceFewerWrongAnswersWin() {
        let grid = [0, 0.3, 0.65, 0.9, 1.01].map(policy(threshold:))
        let calibration = Calibration(sets: [set], knowledge: .embedded, grid: grid)
        let best = calibration.trials.map(\.meanAccuracy).max()!
        let near = calibration.trials.filter { $0.meanAccuracy >= best - Calibration.tolerance }
        #expect(calibration.trials[0].outOfScopeAnswered == near.map(\.outOfScopeAnswered).min())
        #expect(calibration.trials[0].meanAccuracy >= best - Calibration.tolerance)
    }

    @Test func theGridVariesTheThresholdAndTheWeights() {
        let grid = Calibration.grid
        #expect(Set(grid.map(\.threshold)).count > 3)
        #expect(Set(grid.map(\.generalWordWeight)).count > 1)
        #expect(Set(grid.map(\.ordinaryWeight)).count > 1)
    }
}
