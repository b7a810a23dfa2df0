/// The advisor: asks go in, answers come out. Holds the knowledge, its index and the conversation.
///
/// ```swift
/// var advisor = Advisor(knowledge: knowledge)
/// let answer = advisor.ask("What does an NLP engineer do?")
/// ```
public struct Advisor {
    public let engine: Engine
    /// Whether answers carry the top passages and their contributing terms (for `/why`).
    public var explains = true
    /// What the conversation is about so far.
    public internal(set) var context = ConversationContext()

    public init(knowledge: KnowledgeBase) {
        engine = Engine(knowledge: knowledge)
    }

    public init(engine: Engine) {
        self.engine = engine
    }

    /// Answers one question, in the context of the conversation so far. A bare number ("2") asks the
    /// suggestion of that number from the last answer.
    public mutating func ask(_ question: String) -> Answer {
        if suggestion(numbered: question) == nil, let number = Int(question.trimmingWhitespace) {
            return noSuggestion(number, question: question)
        }
        let response = engine.respond(
            to: suggestion(numbered: question) ?? question, in: context, explaining: explains)
        context = response.context
        return response.answer
    }

    /// The last answer's suggestion numbered `text` ("1", "2)"…), without a "Did you mean:" lead-in.
    public func suggestion(numbered text: String) -> String? {
        guard text.utf8.count <= 8, text.contains(where: \.isNumber) else { return nil }
        let digits = text.trimmingWhitespace.filter { $0 != ")" && $0 != "." }
        guard let number = Int(digits), context.followups.indices.contains(number - 1) else { return nil }
        let chosen = context.followups[number - 1]
        let lead = "Did you mean: "
        return chosen.hasPrefix(lead) ? String(chosen.dropFirst(lead.count)) : chosen
    }

    /// The answer to a number that matches no suggestion on offer.
    private func noSuggestion(_ number: Int, question: String) -> Answer {
        let count = context.followups.count
        let text =
            count == 0
            ? "There are no numbered suggestions to choose from yet: ask a question first."
            : "There is no suggestion \(number): the last answer offered \(count) (type 1–\(count))."
        return Answer(
            question: question, understood: false, intent: .decline, confidence: 0, title: nil,
            blocks: [.paragraph(text)], sources: [], followups: context.followups, explanation: .empty)
    }

    /// Forgets the conversation.
    public mutating func reset() {
        context = ConversationContext()
    }
}
