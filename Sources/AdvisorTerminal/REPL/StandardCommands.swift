import AdvisorKit

extension MetaCommand {
    /// The interactive session's commands, in the order `/help` shows them.
    public static let standard: [MetaCommand] = [
        MetaCommand(
            names: ["help"], bareWords: ["help", "?"], arguments: "[command]", summary: "this help (also: help, ?)"
        ) { arguments, session in
            let renderer = CatalogRenderer(width: session.width, style: session.style)
            // How to ask, shown with a question of the knowledge's own.
            let example = session.knowledge.about.examples.first ?? session.knowledge.topics.first?.suggestedQuestion
            return .text(
                renderer.help(
                    commands: session.commands, about: arguments, historyPath: session.historyPath, example: example))
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
            let renderer = ProfileRenderer(width: session.width, style: session.style)
            return .text(renderer.profile(session.advisor.context.profile, name: session.name))
        },
        MetaCommand(
            names: ["plan"], arguments: "[file.md]", summary: "your skills-gap plan; with a file, save it as Markdown"
        ) { arguments, session in
            let renderer = ProfileRenderer(width: session.width, style: session.style)
            guard let plan = session.plan else { return .text(renderer.noPlan(session.advisor.context.profile)) }
            let typed = arguments.trimmingWhitespace
            guard !typed.isEmpty else { return .text(renderer.plan(plan)) }
            let path = Platform.expandingHome(typed)
            let replacing = Platform.isRegularFile(path)
            switch Platform.replaceFile(path, Array(plan.markdown.utf8), mode: 0o644) {
            case .success:
                let shown = Platform.abbreviatingHome(path).printable
                return .text(
                    session.say("Plan saved to \(shown)" + (replacing ? " (it replaced the file there)." : ".")))
            case .failure(let error):
                let text = "Could not save the plan: \(error.plainDescription.printable)."
                return .text(
                    Wrapper.wrap(text, width: session.width, hanging: "  ").map(session.style.warning).joined(
                        separator: "\n"))
            }
        },
        MetaCommand(names: ["reset"], summary: "forget the conversation and start afresh (your profile stays)") {
            _, session in
            session.reset()
            return .text(
                session.say(
                    "Conversation forgotten: the next question starts afresh. Your profile stays (/forget erases it)."))
        },
        MetaCommand(names: ["forget"], summary: "forget your profile and erase it from disk") { _, session in
            if let warning = session.forgetProfile() {
                return .text(
                    Wrapper.wrap("Profile forgotten, but \(warning).", width: session.width, hanging: "  ").map(
                        session.style.warning
                    ).joined(separator: "\n"))
            }
            return .text(session.say("Profile forgotten and erased: I know nothing about you now."))
        },
        MetaCommand(names: ["pager"], arguments: "[on|off]", summary: "page long output (on), or print it all (off)") {
            arguments, session in
            switch arguments.trimmingWhitespace.lowercased() {
            case "on": session.paging = true
            case "off": session.paging = false
            case "": session.paging.toggle()
            default: return .text(session.say("Type /pager on or /pager off."))
            }
            return .text(
                session.say(
                    session.paging ? "Long output goes through the pager." : "Output is printed whole, no pager."))
        },
        MetaCommand(names: ["quit", "exit"], bareWords: ["quit", "exit"], summary: "leave (also: exit, quit, Ctrl-D)") {
            _, _ in .quit
        },
    ]
}
