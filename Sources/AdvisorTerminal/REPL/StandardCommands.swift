import AdvisorKit

extension MetaCommand {
    /// The interactive session's commands, in the order `/help` shows them.
    public static let standard: [MetaCommand] = [
        MetaCommand(
            names: ["help"], bareWords: ["help", "?"], arguments: "[command]", summary: "this help (also: help, ?)"
        ) { arguments, session in
            let renderer = CatalogRenderer(width: session.width, style: session.style)
            return .text(renderer.help(commands: session.commands, about: arguments, historyPath: session.historyPath))
        },
        MetaCommand(names: ["topics"], summary: "the topics I know, by kind of question") { _, session in
            .text(CatalogRenderer(width: session.width, style: session.style).topics(session.knowledge))
        },
        MetaCommand(names: ["roles"], summary: "the kinds of AI engineer") { _, session in
            .text(CatalogRenderer(width: session.width, style: session.style).roles(session.knowledge))
        },
        MetaCommand(names: ["why"], summary: "why the last answer: what I understood and which passages matched") {
            _, session in
            guard let answer = session.lastAnswer else {
                return .text(session.say("Nothing to explain yet: ask a question first."))
            }
            return .text(ExplanationRenderer(width: session.width, style: session.style).render(answer))
        },
        MetaCommand(names: ["profile"], summary: "what you have told me about yourself") { _, session in
            .text(ProfileRenderer(width: session.width, style: session.style).profile(session.advisor.context))
        },
        MetaCommand(
            names: ["plan"], arguments: "[file.md]", summary: "your skills-gap plan; with a file, save it as Markdown"
        ) { arguments, session in
            let renderer = ProfileRenderer(width: session.width, style: session.style)
            guard let plan = session.advisor.context.plan else { return .text(renderer.noPlan) }
            let path = arguments.trimmingWhitespace
            guard !path.isEmpty else { return .text(renderer.plan(plan)) }
            switch Platform.replaceFile(path, Array(plan.markdown.utf8), mode: 0o644) {
            case .success: return .text("Plan written to \(path.printable).")
            case .failure(let error): return .text(session.style.warning("Could not write \(path.printable): \(error)"))
            }
        },
        MetaCommand(names: ["reset"], summary: "forget the conversation and start afresh") { _, session in
            session.reset()
            return .text(session.say("Conversation forgotten: the next question starts afresh."))
        },
        MetaCommand(names: ["quit", "exit"], bareWords: ["quit", "exit"], summary: "leave (also: exit, quit, Ctrl-D)") {
            _, _ in .quit
        },
    ]
}
