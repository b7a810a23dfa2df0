import Foundation
import Testing

/// Keys at the prompt, through a pseudo-terminal: the reverse search (Ctrl-R) and its way out, Home and
/// End as terminals send them, and Up searching the history by what was typed.
@Suite struct TerminalKeysTests {
    static let prompt = InteractiveSessionTests.prompt

    /// A session whose history holds `entries` (oldest first); the caller removes `home`.
    static func session(history entries: [String], columns: UInt16 = 80) throws -> (PseudoTerminal, String) {
        let home = try InteractiveSessionTests.temporaryFolder()
        let path = InteractiveSessionTests.historyPath(home: home)
        try FileManager.default.createDirectory(
            atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try entries.map { $0 + "\n" }.joined().write(toFile: path, atomically: true, encoding: .utf8)
        let terminal = try PseudoTerminal(
            environment: InteractiveSessionTests.environment(home: home), columns: columns)
        try terminal.expect(prompt)
        return (terminal, home)
    }

    @Test(.timeLimit(.minutes(1))) func ctrlCDuringASearchKeepsTheSessionAndTheLine() throws {
        let (terminal, home) = try Self.session(history: ["how much does a senior earn?", "what is mlops?"])
        defer { try? FileManager.default.removeItem(atPath: home) }
        terminal.send("draft")
        try terminal.expect("draft")
        terminal.send("\u{12}senior")
        try terminal.expectOnScreen("(reverse-i-search)'senior': how much does a senior earn?")
        terminal.send("\u{3}")
        try terminal.expectOnScreen(Self.prompt + "draft")
        // The session goes on, with the line as it was before the search.
        terminal.send(" what does an nlp engineer do?\r")
        try terminal.expectOnScreen(Self.prompt + "draft what does an nlp engineer do?")  // the line as kept…
        try terminal.expect(Self.prompt)  // …is answered: the session is alive
        terminal.send("/quit\r")
        #expect(try terminal.waitForExit() == 0)
    }

    /// Ctrl-C is a key of the editor, not a signal: typed in the same breath as the line (no wait for the
    /// echo, the cursor moved back into the line), it discards the line every time and shows "^C" after it.
    @Test(.timeLimit(.minutes(1))) func ctrlCTypedAheadAlwaysDiscardsTheLine() throws {
        let (terminal, home) = try Self.session(history: [])
        defer { try? FileManager.default.removeItem(atPath: home) }
        terminal.send("draft 0")  // once the editor reads (raw mode)…
        #expect(terminal.localModes & tcflag_t(ISIG) == 0, "Ctrl-C and Ctrl-Z reach the editor as keys")
        terminal.send("\u{3}")
        try terminal.expect("draft 0^C\r\n" + Self.prompt)
        for attempt in 1...25 {
            terminal.send("draft \(attempt)\u{1B}[D\u{3}")
            try terminal.expect("draft \(attempt)")
            try terminal.expect("^C\r\n" + Self.prompt)
        }
        terminal.send("/quit\r")
        #expect(try terminal.waitForExit() == 0)
        let history = try String(contentsOfFile: InteractiveSessionTests.historyPath(home: home), encoding: .utf8)
        #expect(history == "/quit\n", "discarded lines are not remembered")
    }

    @Test(.timeLimit(.minutes(1))) func ctrlGCancelsAndEnterTakesTheMatch() throws {
        let (terminal, home) = try Self.session(history: ["what does an nlp engineer do?", "what is mlops?"])
        defer { try? FileManager.default.removeItem(atPath: home) }
        terminal.send("\u{12}nlp")
        try terminal.expectOnScreen("(reverse-i-search)'nlp': what does an nlp engineer do?")
        terminal.send("\u{7}")
        try terminal.expectOnScreen(Self.prompt)
        terminal.send("\u{12}xyz")
        try terminal.expectOnScreen("(failed reverse-i-search)'xyz': ")
        terminal.send("\u{7}\u{12}nlp\r")
        try terminal.expect("(source: nlp-engineer)")
        try terminal.expect(Self.prompt)
        terminal.send("\u{4}")
        #expect(try terminal.waitForExit() == 0)
    }

    @Test(.timeLimit(.minutes(1))) func arrowsLeaveTheSearchWithoutInsertingAnything() throws {
        let (terminal, home) = try Self.session(history: ["what does an nlp engineer do?"])
        defer { try? FileManager.default.removeItem(atPath: home) }
        terminal.send("\u{12}nlp")
        try terminal.expectOnScreen("(reverse-i-search)'nlp': what does an nlp engineer do?")
        // Right arrow leaves the search (the cursor moves one step); Home and End then work on the line.
        terminal.send("\u{1B}[C")
        try terminal.expectOnScreen(Self.prompt + "what does an nlp engineer do?")
        terminal.send("\u{1B}[4~X\u{1B}[1~Y")  // End, X, Home, Y
        let shown = try terminal.expectOnScreen(Self.prompt + "Ywhat does an nlp engineer do?X")
        #expect(!shown.contains("[C"), "no escape sequence inserted")
        terminal.send("\r")
        try terminal.expect(Self.prompt)
        terminal.send("/why\r")
        try terminal.expect("Why that answer to “Ywhat does an nlp engineer do?X”")
        terminal.send("\u{4}")
        #expect(try terminal.waitForExit() == 0)
    }

    @Test(.timeLimit(.minutes(1))) func homeAndEndAsEveryTerminalSendsThem() throws {
        let (terminal, home) = try Self.session(history: [])
        defer { try? FileManager.default.removeItem(atPath: home) }
        // PuTTY and screen/tmux (\e[1~ \e[4~), xterm in application mode (\eOH \eOF), xterm (\e[H \e[F).
        for (homeKey, endKey) in [("\u{1B}[1~", "\u{1B}[4~"), ("\u{1B}OH", "\u{1B}OF"), ("\u{1B}[H", "\u{1B}[F")] {
            terminal.send("bc" + homeKey + "a" + endKey + "d\r")
            try terminal.expect(Self.prompt)
            terminal.send("/why\r")
            try terminal.expect("Why that answer to “abcd”")
            try terminal.expect(Self.prompt)
        }
        #expect(!terminal.shown.contains("~"), "no key inserts a ~")
        terminal.send("\u{4}")
        #expect(try terminal.waitForExit() == 0)
    }

    @Test(.timeLimit(.minutes(1))) func upWithATypedStartSearchesTheHistoryByIt() throws {
        let (terminal, home) = try Self.session(history: [
            "how much does a junior earn?", "what does an nlp engineer do?", "what is mlops?",
        ])
        defer { try? FileManager.default.removeItem(atPath: home) }
        terminal.send("how\u{1B}[A")
        try terminal.expectOnScreen(Self.prompt + "how much does a junior earn?")
        terminal.send("\r")
        try terminal.expect("(source: salary-entry)")
        try terminal.expect(Self.prompt)
        // With nothing typed, Up recalls the lines in turn; Down comes back to the line being typed.
        terminal.send("\u{1B}[A\u{1B}[A\u{1B}[A")
        try terminal.expectOnScreen(Self.prompt + "what does an nlp engineer do?")
        terminal.send("\u{1B}[B\u{1B}[B")
        try terminal.expectOnScreen(Self.prompt + "how much does a junior earn?")
        terminal.send("\u{15}\u{4}")
        #expect(try terminal.waitForExit() == 0)
    }

    @Test(.timeLimit(.minutes(1))) func tabCompletesByContextInTheKnowledgesCase() throws {
        let (terminal, home) = try Self.session(history: [])
        defer { try? FileManager.default.removeItem(atPath: home) }
        terminal.send("I want to become an nl\t")
        try terminal.expectOnScreen(Self.prompt + "I want to become an NLP engineer ")
        terminal.send("\u{15}/help pl\t")
        try terminal.expectOnScreen(Self.prompt + "/help plan ")
        // Inside a word, Tab inserts nothing.
        terminal.send("\u{15}what does an nl engineer do\u{1B}[1~\u{1B}[C\u{1B}[C\t!")
        try terminal.expectOnScreen(Self.prompt + "wh!at does an nl engineer do")
        terminal.send("\u{15}\u{4}")
        #expect(try terminal.waitForExit() == 0)
    }

    @Test(.timeLimit(.minutes(1))) func theLineIsRedrawnWhenTheTerminalIsResized() throws {
        let (terminal, home) = try Self.session(history: [])
        defer { try? FileManager.default.removeItem(atPath: home) }
        terminal.send("what does an nlp engineer do")
        try terminal.expectOnScreen(Self.prompt + "what does an nlp engineer do")
        terminal.resize(rows: 24, columns: 30)
        // Redrawn at the new width: the prompt and the line come again, wrapped at 30 columns.
        try terminal.expect(Self.prompt, timeout: 5)
        try terminal.expect("neer do", timeout: 5)
        let rows = terminal.screen.lines
        #expect(rows.contains(Self.prompt + "what does an nlp engi") && rows.contains("neer do"), "\(rows)")
        terminal.send("?\r")
        try terminal.expect("(source: nlp-engineer)")
        terminal.send("\u{4}")
        #expect(try terminal.waitForExit() == 0)
    }

    @Test(.timeLimit(.minutes(1))) func accentsAndEmojiJoinTheSearchQuery() throws {
        let (terminal, home) = try Self.session(history: ["café ☕ engineer?", "what is mlops?"])
        defer { try? FileManager.default.removeItem(atPath: home) }
        terminal.send("\u{12}☕")
        terminal.send(" e")
        try terminal.expectOnScreen("(reverse-i-search)'☕ e': café ☕ engineer?")
        terminal.send("\r")
        try terminal.expectOnScreen(Self.prompt + "café ☕ engineer?")
        try terminal.expectOnScreen("outside what I know")  // answered (the next prompt may be in already)
        terminal.send("\u{4}")
        #expect(try terminal.waitForExit() == 0)
        let history = try String(contentsOfFile: InteractiveSessionTests.historyPath(home: home), encoding: .utf8)
        #expect(history.hasSuffix("what is mlops?\ncafé ☕ engineer?\n"), "\(history)")
    }
}
