/// The result of asking an engine every labelled question: accuracy overall and per intent, and misses.
public struct EvaluationReport: Sendable {
    public struct Outcome: Sendable {
        public var expected: LabelledQuestion
        public var answer: Answer
        public var isCorrect: Bool
    }

    public var outcomes: [Outcome]

    /// Runs every question (follow-ups in the conversation of the lines before them).
    public init(questions: [LabelledQuestion], engine: Engine) {
        var advisor = Advisor(engine: engine)
        outcomes = questions.map { expected in
            if !expected.continuesConversation { advisor.reset() }
            let answer = advisor.ask(expected.question)
            return Outcome(expected: expected, answer: answer, isCorrect: Self.judge(answer, expected))
        }
    }

    /// Right intent (a decline for `decline`), and the expected topic among the sources when one is named.
    static func judge(_ answer: Answer, _ expected: LabelledQuestion) -> Bool {
        if expected.intent == .decline { return !answer.understood }
        guard answer.understood, answer.intent == expected.intent else { return false }
        return expected.topic.map { answer.sources.first == $0 } ?? true
    }

    public var accuracy: Double { Self.share(outcomes.filter(\.isCorrect).count, of: outcomes.count) }

    /// Per intent: questions, correct answers, accuracy; in the order of `Intent.allCases`.
    public var byIntent: [(intent: Intent, total: Int, correct: Int)] {
        Intent.allCases.compactMap { intent in
            let group = outcomes.filter { $0.expected.intent == intent }
            return group.isEmpty ? nil : (intent, group.count, group.filter(\.isCorrect).count)
        }
    }

    public var misses: [Outcome] { outcomes.filter { !$0.isCorrect } }

    /// Out-of-scope questions the engine answered anyway.
    public var outOfScopeAnswered: [Outcome] {
        outcomes.filter { $0.expected.intent == .decline && $0.answer.understood }
    }

    static func share(_ part: Int, of whole: Int) -> Double { whole == 0 ? 0 : Double(part) / Double(whole) }
}
