/// Chooses a confidence policy on labelled sets: every candidate of a grid is run over every set. Among
/// the candidates within `tolerance` of the best mean accuracy (each set weighing the same), the one that
/// answers the fewest out-of-scope questions wins — a wrong answer costs a user more than a decline —
/// then the more accurate one, then the earlier one.
public struct Calibration: Sendable {
    /// A labelled set: the team's TSV questions or a shared set of conversations.
    public enum LabelledSet: Sendable {
        case questions(name: String, [LabelledQuestion])
        case conversations(name: String, [EvaluationConversation])

        public var name: String {
            switch self {
            case .questions(let name, _), .conversations(let name, _): name
            }
        }

        /// Accuracy and out-of-scope questions answered, with `engine`.
        func score(_ engine: Engine) -> (accuracy: Double, outOfScopeAnswered: Int) {
            switch self {
            case .questions(_, let questions):
                let report = EvaluationReport(questions: questions, engine: engine)
                return (report.accuracy, report.outOfScopeAnswered.count)
            case .conversations(_, let conversations):
                let report = ConversationEvaluationReport(conversations: conversations, engine: engine)
                let answered = report.turns.filter { turn in
                    turn.failures.contains { $0.hasPrefix("answered an out-of-scope") }
                }.count
                return (report.accuracy, answered)
            }
        }
    }

    /// One candidate's results.
    public struct Trial: Sendable {
        public var policy: ConfidencePolicy
        /// Accuracy per set, in the order of the sets.
        public var accuracies: [Double]
        public var outOfScopeAnswered: Int
        public var meanAccuracy: Double { accuracies.isEmpty ? 0 : accuracies.reduce(0, +) / Double(accuracies.count) }
    }

    /// Every candidate tried, best first.
    public var trials: [Trial]

    /// The policy chosen.
    public var chosen: ConfidencePolicy { trials.first?.policy ?? .standard }

    /// Tries every policy of `grid` with `knowledge` on `sets`.
    public init(sets: [LabelledSet], knowledge: KnowledgeBase, grid: [ConfidencePolicy] = Self.grid) {
        var trials: [Trial] = []
        for policy in grid {
            let engine = Engine(knowledge: knowledge, policy: policy)
            let scores = sets.map { $0.score(engine) }
            trials.append(
                Trial(
                    policy: policy, accuracies: scores.map(\.accuracy),
                    outOfScopeAnswered: scores.map(\.outOfScopeAnswered).reduce(0, +)))
        }
        let best = trials.map(\.meanAccuracy).max() ?? 0
        self.trials = trials.enumerated().sorted { a, b in
            let (x, y) = (a.element, b.element)
            let (xNear, yNear) = (x.meanAccuracy >= best - Self.tolerance, y.meanAccuracy >= best - Self.tolerance)
            if xNear != yNear { return xNear }
            if xNear, x.outOfScopeAnswered != y.outOfScopeAnswered {
                return x.outOfScopeAnswered < y.outOfScopeAnswered
            }
            if abs(x.meanAccuracy - y.meanAccuracy) > 1e-9 { return x.meanAccuracy > y.meanAccuracy }
            return a.offset < b.offset
        }.map(\.element)
    }

    /// Candidates this close to the best mean accuracy are as good: fewer wrong answers decide.
    public static let tolerance = 0.005

    /// The candidates: the decline threshold and the weights of words that are not our subjects.
    public static var grid: [ConfidencePolicy] {
        var grid: [ConfidencePolicy] = []
        for threshold in stride(from: 0.5, through: 0.8, by: 0.05) {
            for general in [0.5, 0.75, 1.0] {
                for ordinary in [0.5, 0.75, 1.0] {
                    var policy = ConfidencePolicy.standard
                    policy.threshold = (threshold * 100).rounded() / 100
                    policy.generalWordWeight = general
                    policy.ordinaryWeight = ordinary
                    grid.append(policy)
                }
            }
        }
        return grid
    }
}
