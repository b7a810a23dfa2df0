import Foundation
import Testing

/// The profile and the plan together, and the profile kept across sessions (beside the history, as
/// private), driven through a pseudo-terminal.
@Suite struct ProfileSessionTests {
    static let prompt = InteractiveSessionTests.prompt

    static func say(_ line: String, to terminal: PseudoTerminal) throws -> String {
        terminal.send(line + "\r")
        try terminal.expect(line + "\r\n")
        return try terminal.expect(prompt)
    }

    @Test(.timeLimit(.minutes(1))) func planFromTheProfileKeptAcrossSessionsUntilForgotten() throws {
        let home = try InteractiveSessionTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: home) }
        let state = home + "/state"
        let environment = InteractiveSessionTests.environment(home: home, ["XDG_STATE_HOME": state])
        let terminal = try PseudoTerminal(environment: environment)
        try terminal.expect(Self.prompt)
        #expect(!terminal.shown.contains("I remember your profile"))
        _ = try Self.say("I have 6 years in industry", to: terminal)
        _ = try Self.say("I'm a student", to: terminal)
        _ = try Self.say("I know python and sql", to: terminal)
        #expect(try Self.say("/plan", to: terminal).contains("Tell me the role you want"))
        _ = try Self.say("I want to be an nlp engineer", to: terminal)
        // The plan comes from the profile, without asking "what am I missing?".
        let plan = try Self.say("/plan", to: terminal)
        #expect(plan.contains("Your plan: NLP engineer"), "\(plan)")
        let profile = try Self.say("/profile", to: terminal)
        #expect(profile.contains("wants to become: NLP engineer"), "a name, not an id: \(profile)")
        #expect(!profile.contains("nlp-engineer"))
        #expect(!profile.contains("6 years"), "the stage said later wins over the years: \(profile)")
        #expect(profile.contains("skills: Python, SQL"))
        // ~ is the home folder; an overwrite is told; errors in plain words.
        #expect(try Self.say("/plan ~/plan.md", to: terminal).contains("Plan saved to ~/plan.md."))
        #expect(FileManager.default.fileExists(atPath: home + "/plan.md"))
        #expect(try Self.say("/plan ~/plan.md", to: terminal).contains("(it replaced the file there)"))
        let failed = try Self.say("/plan ~/missing/plan.md", to: terminal)
        #expect(failed.contains("the folder ~/missing does not exist"), "\(failed)")
        #expect(!failed.contains(".tmp"))
        terminal.send("/quit\r")
        #expect(try terminal.waitForExit() == 0)

        let file = state + "/career-advisor/profile"
        let attributes = try FileManager.default.attributesOfItem(atPath: file)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
        #expect(try String(contentsOfFile: file, encoding: .utf8).contains("target: nlp-engineer"))

        // The next session remembers, says so, and /forget erases it.
        let next = try PseudoTerminal(environment: environment)
        try next.expect("I remember your profile")
        try next.expect(Self.prompt)
        #expect(try Self.say("/plan", to: next).contains("Your plan: NLP engineer"))
        #expect(try Self.say("/reset", to: next).contains("Your profile stays"))
        #expect(try Self.say("/profile", to: next).contains("NLP engineer"))
        #expect(try Self.say("/forget", to: next).contains("Profile forgotten"))
        #expect(!FileManager.default.fileExists(atPath: file))
        #expect(try Self.say("/profile", to: next).contains("Nothing yet"))
        next.send("\u{4}")
        #expect(try next.waitForExit() == 0)
    }
}
