import Foundation
import Testing

/// What the session prints fits the terminal: wrapped between words at its width, never wider than
/// about 100 columns however wide the terminal is.
@Suite struct TerminalLayoutTests {
    static let prompt = InteractiveSessionTests.prompt

    /// After typing `lines` at a terminal `columns` wide: the rows the screen shows, and the lines the
    /// program wrote itself (between two newlines, without the lines the editor echoed).
    static func output(after lines: [String], columns: UInt16) throws -> (rows: [String], written: [String]) {
        let home = try InteractiveSessionTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: home) }
        let terminal = try PseudoTerminal(
            environment: InteractiveSessionTests.environment(home: home, ["PAGER": "cat"]), columns: columns)
        try terminal.expect(prompt)
        for line in lines {
            terminal.send(line + "\r")
            try terminal.expect(prompt)
        }
        terminal.send("\u{4}")
        _ = try terminal.waitForExit()
        let written = terminal.shown.components(separatedBy: "\r\n").filter { !$0.contains(prompt) }
        return (terminal.screen.lines, written)
    }

    @Test(.timeLimit(.minutes(1))) func aFortyColumnTerminalGetsAnswersThatFit() throws {
        let (rows, written) = try Self.output(
            after: ["what skills does an nlp engineer need?", "/why", "/profile", "/hepl", "/roles", "/help"],
            columns: 40)
        #expect(rows.contains("(source: nlp-engineer-skills)"))
        for row in rows {
            #expect(row.count <= 40, "wider than the terminal: \(row)")
        }
        // Each line is wrapped by the advisor, between words, not cut by the terminal.
        for line in written {
            #expect(line.count <= 40, "a line the terminal had to cut: \(line)")
        }
    }

    @Test(.timeLimit(.minutes(1))) func aWideTerminalGetsTextAtMostAHundredColumnsWide() throws {
        let (rows, _) = try Self.output(after: ["what does an nlp engineer do?", "/help"], columns: 200)
        #expect(rows.contains { $0.count > 80 }, "the width is used")
        for row in rows {
            #expect(row.count <= 100, "wider than 100 columns: \(row)")
        }
    }
}
