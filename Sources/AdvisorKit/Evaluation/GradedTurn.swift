/// One turn of an evaluation conversation as the advisor answered it, and why it failed (if it did).
public struct GradedTurn: Sendable, Hashable {
    public var conversation: String
    /// 0-based place of the turn in its conversation.
    public var index: Int
    public var category: String
    public var question: String
    /// The answer text graded (what JSON output carries as "answer").
    public var answer: String
    /// false: the advisor declined.
    public var understood: Bool
    /// Why the turn failed, in the shared grader's words; empty when it passed.
    public var failures: [String]

    public init(
        conversation: String, index: Int, category: String, question: String, answer: String, understood: Bool,
        failures: [String]
    ) {
        self.conversation = conversation
        self.index = index
        self.category = category
        self.question = question
        self.answer = answer
        self.understood = understood
        self.failures = failures
    }

    /// `conversation#index`, as the shared grader names turns.
    public var id: String { "\(conversation)#\(index)" }

    public var passed: Bool { failures.isEmpty }
}
