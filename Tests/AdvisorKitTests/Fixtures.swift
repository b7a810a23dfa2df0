import AdvisorKit
import AdvisorKnowledge

/// Paths and shared engines for the tests.
enum Fixtures {
    /// The package's root folder (two levels above this file's folder).
    static let root: String = {
        var parts = #filePath.split(separator: "/", omittingEmptySubsequences: false)
        parts.removeLast(3)
        return parts.joined(separator: "/")
    }()

    static let knowledgeFolder = root + "/Knowledge"

    /// The engine over the built-in knowledge, built once for all tests.
    nonisolated(unsafe) static let engine = Engine(knowledge: .embedded)

    static func ask(_ question: String) -> Answer { engine.answer(question) }

    /// A three-topic mail FAQ (no intents, no entities), for tests of confidence over any knowledge.
    static let mailFAQ = KnowledgeBase(
        topics: [
            .faq("export", "Export mail messages to text files", "Use the takeout page to export every message."),
            .faq("filter", "Filter mail from one sender", "Create a filter with the sender's address."),
            .faq(
                "signature", "Add a signature to mail", "Settings, then signature: type the text under each message."),
        ], lexicon: Lexicon())
}

extension Topic {
    /// A topic of a plain FAQ — no intent, no entities — for tests of an engine over any knowledge.
    static func faq(_ id: String, _ title: String, _ body: String, questions: [String] = []) -> Topic {
        Topic(id: id, title: title, intent: nil, origin: .article, questions: questions, body: body, file: id + ".md")
    }
}
