import Foundation
import Testing

/// Output taller than the terminal goes through `$PAGER`; `/pager off` and `--no-pager` turn it off.
@Suite struct PagerTests {
    static let prompt = InteractiveSessionTests.prompt

    static func session(_ arguments: [String] = [], home: String) throws -> PseudoTerminal {
        let terminal = try PseudoTerminal(
            arguments, environment: InteractiveSessionTests.environment(home: home, ["PAGER": "sed s/^/PAGED:/"]),
            rows: 12, columns: 60)
        try terminal.expect(prompt)
        return terminal
    }

    @Test(.timeLimit(.minutes(1))) func longOutputIsPagedShortIsNot() throws {
        let home = try InteractiveSessionTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: home) }
        let terminal = try Self.session(home: home)
        terminal.send("hi\r")
        #expect(!(try terminal.expect(Self.prompt)).contains("PAGED:"), "a short answer is printed")
        terminal.send("/topics\r")
        #expect(try terminal.expect(Self.prompt).contains("PAGED:"), "taller than 12 rows: paged")
        terminal.send("/pager off\r")
        try terminal.expect(Self.prompt)
        terminal.send("/topics\r")
        #expect(!(try terminal.expect(Self.prompt)).contains("PAGED:"))
        terminal.send("\u{4}")
        #expect(try terminal.waitForExit() == 0)
    }

    @Test(.timeLimit(.minutes(1))) func noPagerPrintsEverything() throws {
        let home = try InteractiveSessionTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: home) }
        let terminal = try Self.session(["--no-pager"], home: home)
        terminal.send("/topics\r")
        #expect(!(try terminal.expect(Self.prompt)).contains("PAGED:"))
        terminal.send("\u{4}")
        #expect(try terminal.waitForExit() == 0)
    }
}
