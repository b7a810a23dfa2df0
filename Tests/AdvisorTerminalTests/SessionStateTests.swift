import AdvisorKit
import Testing

@testable import AdvisorTerminal

@Suite struct SessionStateTests {
    func session() -> SessionState {
        SessionState(knowledge: TestKnowledge.base, style: .plain, width: 60, historyPath: "/tmp/h")
    }

    func text(_ reply: Reply) -> String {
        if case .text(let text) = reply { return text }
        return "<quit>"
    }

    @Test func numbersReferOnlyToTheListOnScreen() {
        var state = session()
        _ = state.respond(to: .question("what does an nlp engineer do?"))
        #expect(state.numbered == state.lastAnswer?.followups)
        _ = state.respond(to: .command(name: "roles", arguments: ""))
        #expect(state.numbered.isEmpty, "/roles took the screen")
        let reply = text(state.respond(to: .followup(2)))
        #expect(reply.contains("no numbered list on screen"))
        #expect(state.lastAnswer?.sources == ["nlp-engineer"], "nothing asked")
    }

    @Test func didYouMeanAndHintsStandOutsideTheNumberedList() {
        var answer = Engine(knowledge: TestKnowledge.base).answer("what does an nlp engineer do?")
        answer.followups = [
            "Did you mean: What does an NLP engineer do?", "Which role do you want? e.g. I want to be an NLP engineer.",
            "What skills does an NLP engineer need?",
        ]
        let lines = TextRenderer(width: nil, style: .plain).render(answer).split(separator: "\n")
        #expect(lines.contains("Did you mean: What does an NLP engineer do?"))
        #expect(lines.contains("Which role do you want? e.g. I want to be an NLP engineer."))
        #expect(lines.contains("  1) What skills does an NLP engineer need?"))
        #expect(!lines.contains { $0.hasPrefix("  2)") })
        let list = SuggestionList(answer.followups)
        #expect(list.question(1) == "What skills does an NLP engineer need?")
        #expect(list.didYouMean == "What does an NLP engineer do?")
    }

    @Test func questionsAreAnsweredAndRemembered() {
        var state = session()
        let reply = text(state.respond(to: .question("what does an nlp engineer do?")))
        #expect(reply.hasPrefix("NLP engineer\n"))
        #expect(state.lastAnswer?.sources == ["nlp-engineer"])
    }

    @Test func aNumberAsksTheFollowupAndIsRememberedAsTheQuestion() {
        var state = session()
        #expect(text(state.respond(to: .followup(1))).contains("Ask a question first"))
        _ = state.respond(to: .question("what does an nlp engineer do?"))
        let followups = state.lastAnswer?.followups ?? []
        #expect(followups.first == "What skills does an NLP engineer need?")
        #expect(state.historyEntry(for: .followup(1), typed: "1") == "What skills does an NLP engineer need?")
        #expect(state.historyEntry(for: .followup(9), typed: "9") == "9")
        let reply = text(state.respond(to: .followup(1)))
        #expect(reply.hasPrefix("» What skills does an NLP engineer need?\n"))
        #expect(state.lastAnswer?.sources == ["nlp-engineer-skills"])
        #expect(text(state.respond(to: .followup(9))).contains("suggested"))
    }

    @Test func commandsRunFromTheTable() {
        var state = session()
        #expect(state.respond(to: .command(name: "quit", arguments: "")) == .quit)
        let help = text(state.respond(to: .command(name: "help", arguments: "")))
        for name in ["/help", "/topics", "/roles", "/why", "/reset", "/quit", "History: /tmp/h"] {
            #expect(help.contains(name), "\(name)")
        }
        #expect(text(state.respond(to: .command(name: "help", arguments: "/why"))).hasPrefix("/why: why"))
        #expect(text(state.respond(to: .command(name: "help", arguments: "nope"))).contains("no command /nope"))
        let roles = text(state.respond(to: .command(name: "roles", arguments: "")))
        #expect(roles.contains("  • NLP engineer (also: natural language processing\n    engineer)"))
        #expect(roles.contains("• Machine learning engineer (also: ML engineer)"))
        let topics = text(state.respond(to: .command(name: "topics", arguments: "")))
        #expect(topics.contains("role\n  NLP engineer · Machine learning engineer"))
        #expect(topics.contains("salary\n  AI engineer salaries"))
    }

    @Test func whyExplainsTheLastAnswer() {
        var state = session()
        #expect(text(state.respond(to: .command(name: "why", arguments: ""))).contains("ask a question first"))
        _ = state.respond(to: .question("what does an nlp engneer do?"))
        let why = text(state.respond(to: .command(name: "why", arguments: "")))
        #expect(why.contains("Why that answer to “what does an nlp engneer do?”"))
        #expect(why.contains("Rules: intent role"))
        #expect(why.contains("Entities: role nlp-engineer"))
        #expect(why.contains("Spelling: engneer → engineer"))
        #expect(why.contains("1. nlp-engineer"))
        #expect(why.split(separator: "\n").allSatisfy { Wrapper.displayWidth($0) <= 60 })
    }

    @Test func resetForgetsTheConversation() {
        var state = session()
        _ = state.respond(to: .question("what does an nlp engineer do?"))
        #expect(state.advisor.context.topic == "nlp-engineer")
        #expect(text(state.respond(to: .command(name: "reset", arguments: ""))).contains("forgotten"))
        #expect(state.advisor.context.topic == nil)
        #expect(state.lastAnswer == nil)
    }

    @Test func unknownCommandsGetAHintAndNothingRaw() {
        var state = session()
        let reply = text(state.respond(to: SessionInput.parse("/hepl", commands: state.commands)))
        let words = reply.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(words == "Unknown command /hepl. Did you mean /help? Type /help for the commands.")
        #expect(reply.split(separator: "\n").allSatisfy { $0.count <= 80 })
        let raw = text(state.respond(to: .unknownCommand(typed: "\u{1B}[2J", suggestion: nil)))
        #expect(!raw.contains("\u{1B}"))
    }

    @Test func colorOnlyWhenTheStyleSaysSo() {
        var plain = session()
        #expect(!text(plain.respond(to: .question("what does an nlp engineer do?"))).contains("\u{1B}"))
        var colored = SessionState(knowledge: TestKnowledge.base, style: Style(color: true))
        #expect(text(colored.respond(to: .question("what does an nlp engineer do?"))).contains("\u{1B}[1m"))
    }
}
