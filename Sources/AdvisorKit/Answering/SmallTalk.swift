/// The advisor's own words: greetings, thanks, help and declining. Everything else comes from the knowledge.
enum SmallTalk {
    static let scope = "AI-engineering careers: roles, skills, career stages, salaries and getting started"

    static func reply(to intent: Intent) -> [Answer.Block] {
        switch intent {
        case .greeting:
            [.paragraph("Hello! I answer questions about \(scope). What would you like to know?")]
        case .thanks:
            [.paragraph("You're welcome. Ask me anything else about AI-engineering careers.")]
        default:
            [
                .paragraph("I answer questions about \(scope). Ask in your own words, for example:"),
                .list([
                    "What does an NLP engineer do?",
                    "Which skills does a machine learning engineer need?",
                    "How much can I earn with 3 years of experience?",
                    "What is the difference between a deep learning and a computer vision engineer?",
                    "How do I get started?",
                ]),
            ]
        }
    }

    /// The reply to a question in another language.
    static let onlyEnglish: [Answer.Block] = [
        .paragraph("Sorry, I only understand English. Please ask your question in English.")
    ]

    static func decline(closest: [String]) -> [Answer.Block] {
        var blocks: [Answer.Block] = [
            .paragraph("Sorry, that is outside what I know. I can help with \(scope).")
        ]
        if !closest.isEmpty {
            blocks.append(.paragraph("Closest topics I have: " + closest.joined(separator: ", ") + "."))
        }
        return blocks
    }
}
