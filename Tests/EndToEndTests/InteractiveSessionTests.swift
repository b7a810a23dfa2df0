import Foundation
import Testing

/// The interactive session, driven through a pseudo-terminal as a person would drive it (see
/// `PseudoTerminalScript`); and the batch mode, which must leave the history alone.
@Suite struct InteractiveSessionTests {
    @Test(.timeLimit(.minutes(1))) func aPersonAtATerminal() throws {
        let work = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: work) }
        let script = work + "/pty_session.py"
        try PseudoTerminalScript.source.write(toFile: script, atomically: true, encoding: .utf8)
        let (status, output) = try Self.run(["python3", script, try BinaryRun.binary(), work])
        #expect(status == 0, "the pseudo-terminal session failed:\n\(output)")
        #expect(output.contains("PTY SESSION OK"))
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

    /// Runs a command found on PATH, stdin empty; returns its status and its output (stdout and stderr).
    static func run(_ command: [String]) throws -> (Int32, String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = command
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
