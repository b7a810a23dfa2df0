/// The advisor's own words: greetings, thanks, help and declining. Their subject comes from the knowledge's
/// `about.yaml` (`About`): the engine assumes nothing about what the knowledge covers.
enum SmallTalk {
    static func reply(to intent: Intent, about: About, examples: [String]) -> [Answer.Block] {
        switch intent {
        case .greeting:
            if let greeting = about.greeting { return [.paragraph(greeting)] }
            return [
                .paragraph(
                    about.covers.map { "Hello! I answer questions about \($0). What would you like to know?" }
                        ?? "Hello! Ask me a question in your own words.")
            ]
        case .thanks:
            return [
                .paragraph(
                    "You're welcome."
                        + (about.subject.map { " Ask me anything else about \($0)." } ?? " Ask me anything else."))
            ]
        default:
            let opening =
                about.covers.map { "I answer questions about \($0). Ask in your own words" } ?? "Ask in your own words"
            return examples.isEmpty
                ? [.paragraph(opening + ".")] : [.paragraph(opening + ", for example:"), .list(examples)]
        }
    }

    static let onlyEnglish: [Answer.Block] = [
        .paragraph("Sorry, I only understand English. Please ask your question in English.")
    ]

    static func decline(closest: [String], about: About, naming: [String] = []) -> [Answer.Block] {
        let what =
            naming.isEmpty
            ? "that is"
            : naming.map { "“\($0)”" }.joined(separator: naming.count == 2 ? " and " : ", ")
                + (naming.count == 1 ? " is" : " are")
        var blocks: [Answer.Block] = [
            .paragraph("Sorry, \(what) outside what I know." + (about.covers.map { " I can help with \($0)." } ?? ""))
        ]
        if !closest.isEmpty {
            blocks.append(.paragraph("Closest topics I have: " + closest.joined(separator: ", ") + "."))
        }
        return blocks
    }
}
