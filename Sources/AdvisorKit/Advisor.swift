/// The advisor: asks go in, answers come out. Holds the knowledge, its index and the conversation.
///
/// ```swift
/// var advisor = Advisor(knowledge: knowledge)
/// let answer = advisor.ask("What does an NLP engineer do?")
/// ```
public struct Advisor {
    public let engine: Engine
    /// What the conversation is about so far.
    public private(set) var context = ConversationContext()

    public init(knowledge: KnowledgeBase) {
        engine = Engine(knowledge: knowledge)
    }

    public init(engine: Engine) {
        self.engine = engine
    }

    /// Answers one question, in the context of the conversation so far.
    public mutating func ask(_ question: String) -> Answer {
        let answer = engine.answer(question, context: context)
        if answer.understood, !answer.intent.isSmallTalk {
            context.intent = answer.intent
            context.slots = answer.explanation.reading.slots
            context.topic = answer.sources.first
        }
        return answer
    }

    /// Forgets the conversation.
    public mutating func reset() {
        context = ConversationContext()
    }
}
