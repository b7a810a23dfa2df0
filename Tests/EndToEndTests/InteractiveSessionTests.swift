import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// The interactive session, driven through a pseudo-terminal as a person would drive it (see
/// `PseudoTerminal`); and the batch mode, which must leave the history alone.
@Suite struct InteractiveSessionTests {
    static let prompt = "advisor> "

    /// A home folder of its own; no LANG or LC_*: the advisor must fall back to UTF-8 by itself. Long
    /// output goes through `cat`, not `less` (which would wait for keys).
    static func environment(home: String, _ extra: [String: String] = [:]) -> [String: String] {
        ["HOME": home, "NO_COLOR": "1", "PAGER": "cat"].merging(extra) { $1 }
    }

    static func historyPath(home: String) -> String { home + "/.local/state/career-advisor/history" }

    /// Session 1: ask, recall, complete, interrupt, search, UTF-8, Ctrl-D; the history file it leaves.
    @Test(.timeLimit(.minutes(1))) func aPersonAtATerminal() throws {
        let home = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: home) }
        let terminal = try PseudoTerminal(environment: Self.environment(home: home))
        try terminal.expect("Type /help for help")
        try terminal.expect(Self.prompt)

        terminal.send("what does an nlp engineer do?\r")
        try terminal.expect("NLP engineer\r\n")
        try terminal.expect("(source: nlp-engineer)")
        try terminal.expect("You could ask next:")
        try terminal.expect(Self.prompt)

        // The up arrow recalls the question.
        terminal.send("\u{1B}[A")
        try terminal.expect("what does an nlp engineer do?")
        terminal.send("\r")
        try terminal.expect("(source: nlp-engineer)")
        try terminal.expect(Self.prompt)

        // A number asks a suggested follow-up on screen.
        terminal.send("1\r")
        try terminal.expect("» What skills does an NLP engineer need?")
        try terminal.expect(Self.prompt)

        // /he + Tab completes to /help.
        terminal.send("/he")
        try terminal.expect("/he")
        terminal.send("\t")
        try terminal.expect("lp ")
        terminal.send("\r")
        try terminal.expect("Commands:")
        try terminal.expect("/topics")
        try terminal.expect(Self.prompt)

        // Ctrl-C discards the line and the session goes on.
        terminal.send("discard this line")
        try terminal.expect("discard this line")
        terminal.send("\u{3}")
        try terminal.expect("^C\r\n")
        try terminal.expect(Self.prompt)
        terminal.send("/why\r")
        try terminal.expect("Rules: intent role-skills")
        try terminal.expect("Passages")
        try terminal.expect(Self.prompt)

        // Ctrl-R searches the history, past newer matches.
        terminal.send("\u{12}engineer do")
        try terminal.expect("what does an nlp engineer do?")
        terminal.send("\r")
        try terminal.expect(Self.prompt)
        terminal.send("/why\r")
        try terminal.expect("Why that answer to “what does an nlp engineer do?”")
        try terminal.expect(Self.prompt)

        // UTF-8 input.
        terminal.send("café ☕ engineer?\r")
        try terminal.expect("café ☕ engineer?")
        try terminal.expect(Self.prompt)

        // Ctrl-D on an empty line exits with status 0.
        terminal.send("\u{4}")
        #expect(try terminal.waitForExit() == 0)

        let entries = try String(contentsOfFile: Self.historyPath(home: home), encoding: .utf8)
            .split(separator: "\n").map(String.init)
        #expect(
            entries == [
                "what does an nlp engineer do?", "What skills does an NLP engineer need?", "/help", "/why",
                "what does an nlp engineer do?", "/why", "café ☕ engineer?",
            ])
        let file = try FileManager.default.attributesOfItem(atPath: Self.historyPath(home: home))
        #expect((file[.posixPermissions] as? Int) == 0o600)
        let folder = try FileManager.default.attributesOfItem(
            atPath: (Self.historyPath(home: home) as NSString).deletingLastPathComponent)
        #expect((folder[.posixPermissions] as? Int) == 0o700)
    }

    /// The next session recalls the last one's lines; SIGTERM restores the terminal and keeps what was
    /// entered.
    @Test(.timeLimit(.minutes(1))) func historyOutlivesTheSessionAndSIGTERMRestoresTheTerminal() throws {
        let home = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: home) }
        let history = Self.historyPath(home: home)
        try FileManager.default.createDirectory(
            atPath: (history as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try "café ☕ engineer?\n".write(toFile: history, atomically: true, encoding: .utf8)
        let terminal = try PseudoTerminal(environment: Self.environment(home: home))
        try terminal.expect(Self.prompt)
        terminal.send("\u{1B}[A")
        try terminal.expect("café ☕ engineer?")
        terminal.send("\u{15}how much does a senior earn?\r")
        try terminal.expect("(source: salary-senior)")
        try terminal.expect(Self.prompt)
        terminal.send("half a line")
        try terminal.expect("half a line")
        #expect(terminal.localModes & tcflag_t(ICANON) == 0, "the editor reads raw")
        terminal.signal(SIGTERM)
        #expect(try terminal.waitForExit() == 128 + SIGTERM)
        let modes = terminal.localModes
        #expect(modes & tcflag_t(ICANON) != 0 && modes & tcflag_t(ECHO) != 0, "terminal restored")
        let entries = try String(contentsOfFile: history, encoding: .utf8).split(separator: "\n")
        #expect(entries.last == "how much does a senior earn?")
    }

    /// A history that cannot be used gives one warning; the session goes on.
    @Test(.timeLimit(.minutes(1))) func anUnusableHistoryWarnsOnce() throws {
        let home = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: home) }
        let terminal = try PseudoTerminal(
            environment: Self.environment(home: home, ["CAREER_ADVISOR_HISTORY": home]))  // a folder
        try terminal.expect("cannot read the history")
        try terminal.expect(Self.prompt)
        terminal.send("what is an ai engineer?\r")
        try terminal.expect(Self.prompt)
        terminal.send("/quit\r")
        #expect(try terminal.waitForExit() == 0)
        #expect(terminal.shown.components(separatedBy: "career-advisor: cannot").count == 2, "one warning only")
    }

    @Test func batchModeWritesNoHistory() throws {
        let home = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: home) }
        let run = try BinaryRun(
            [], input: Data("what does an nlp engineer do?\n/help\n".utf8),
            environment: ["HOME": home, "XDG_STATE_HOME": home + "/state", "CAREER_ADVISOR_HISTORY": ""])
        #expect(run.status == 0)
        #expect(run.text.contains("(source: nlp-engineer)"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: home).isEmpty)
    }

    static func temporaryFolder() throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent(
            "career-advisor-e2e-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url.path
    }
}
