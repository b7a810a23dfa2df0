import Testing

@testable import AdvisorTerminal

@Suite struct SessionInputTests {
    let commands = MetaCommand.standard

    func parse(_ line: String) -> SessionInput { SessionInput.parse(line, commands: commands) }

    @Test func slashCommandsWithArguments() {
        #expect(parse("/help") == .command(name: "help", arguments: ""))
        #expect(parse("  /HELP   why  ") == .command(name: "help", arguments: "why"))
        #expect(parse("/exit") == .command(name: "quit", arguments: ""))
        #expect(parse("/why") == .command(name: "why", arguments: ""))
    }

    @Test func bareWordsRunCommands() {
        #expect(parse("help") == .command(name: "help", arguments: ""))
        #expect(parse("?") == .command(name: "help", arguments: ""))
        #expect(parse("Exit") == .command(name: "quit", arguments: ""))
        #expect(parse("quit") == .command(name: "quit", arguments: ""))
        #expect(parse("help me become an NLP engineer") == .question("help me become an NLP engineer"))
    }

    @Test func unknownCommandsGetTheClosestName() {
        #expect(parse("/hepl") == .unknownCommand(typed: "hepl", suggestion: "help"))
        #expect(parse("/top") == .unknownCommand(typed: "top", suggestion: "topics"))
        #expect(parse("/wyh") == .unknownCommand(typed: "wyh", suggestion: "why"))
        #expect(parse("/frobnicate") == .unknownCommand(typed: "frobnicate", suggestion: nil))
        #expect(parse("/") == .unknownCommand(typed: "", suggestion: "help"))
    }

    @Test func digitsAskFollowups() {
        #expect(parse("1") == .followup(1))
        #expect(parse(" 9 ") == .followup(9))
        #expect(parse("0") == .question("0"))
        #expect(parse("10") == .question("10"))
    }

    @Test func everythingElseIsAQuestion() {
        #expect(parse("") == .empty)
        #expect(parse("   ") == .empty)
        #expect(parse("what does an NLP engineer do?") == .question("what does an NLP engineer do?"))
    }

    @Test func editDistance() {
        #expect(NearestName.distance("help", "help") == 0)
        #expect(NearestName.distance("hepl", "help") == 1)  // two letters swapped
        #expect(NearestName.distance("hpel", "help") == 2)
        #expect(NearestName.distance("", "why") == 3)
        #expect(NearestName.distance("reste", "reset") == 1)
    }
}
