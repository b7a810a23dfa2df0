import Foundation
import Testing

/// The binary as a script or a tool uses it: questions piped in, answers out.
@Suite struct BatchModeTests {
    @Test func answersEachLineAsTextWithABlankLineBetween() throws {
        let run = try BinaryRun(
            [], input: "# a comment\n\nWhat does an NLP engineer do?\n   \nhow much does a dentist earn?\n")
        #expect(run.status == 0)
        let blocks = run.text.components(separatedBy: "\n\n").filter { !$0.isEmpty }
        #expect(blocks.count == 2)
        #expect(blocks[0].hasPrefix("> What does an NLP engineer do?\n"))
        #expect(blocks[0].contains("(source: nlp-engineer)"))
        #expect(blocks[1].contains("outside what I know"))
        #expect(!run.text.contains("\u{1B}"), "no color when piped")
    }

    @Test func jsonLinesHaveEveryField() throws {
        let run = try BinaryRun(["--format", "json"], input: "hi\nwhat skills does an ML engineer need?\nasdf qwer\n")
        #expect(run.status == 0)
        let lines = run.text.split(separator: "\n")
        #expect(lines.count == 3)
        for line in lines {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            for key in ["question", "answer", "understood", "intent", "confidence", "sources", "followups"] {
                #expect(object[key] != nil, "missing \(key) in \(line)")
            }
            #expect(!(object["answer"] as? String ?? "").contains("\u{1B}"))
        }
        let skills = try #require(try JSONSerialization.jsonObject(with: Data(lines[1].utf8)) as? [String: Any])
        #expect(skills["intent"] as? String == "role-skills")
        #expect(skills["sources"] as? [String] == ["machine-learning-engineer-skills"])
        let declined = try #require(try JSONSerialization.jsonObject(with: Data(lines[2].utf8)) as? [String: Any])
        #expect(declined["understood"] as? Bool == false)
    }

    @Test func oneScriptIsOneConversation() throws {
        let run = try BinaryRun(
            ["--format", "json"], input: "how much can I earn with 3 years of experience?\nand for seniors?\n")
        let lines = run.text.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines[1].contains("\"sources\":[\"salary-senior\"]"))
    }

    @Test func metaCommandsInAScriptWorkOrAreRefusedNeverAnswered() throws {
        let script = "how much with 3 years?\n/why\nand for seniors?\n/reset\nand for seniors?\n/hepl\n/quit\nhi\n"
        let run = try BinaryRun(["--format", "json"], input: script)
        #expect(run.status == 0)
        let lines = run.text.split(separator: "\n")
        #expect(lines.count == 3, "three questions answered, no command answered as a question")
        #expect(lines[1].contains("\"sources\":[\"salary-senior\"]"), "one conversation before /reset")
        #expect(!lines[2].contains("salary-senior"), "another after it")
        #expect(!run.text.contains("\"question\":\"/"))
        #expect(run.errors.contains("line 2: /why works only in the interactive session"))
        #expect(run.errors.contains("line 6: unknown command /hepl (did you mean /help?)"))
        #expect(!run.text.contains("\"question\":\"hi\""), "/quit ends the script")
    }

    @Test func noContextAnswersEachLineOnItsOwn() throws {
        let script = "how much can I earn with 3 years of experience?\nand for seniors?\n"
        let run = try BinaryRun(["--format", "json", "--no-context"], input: script)
        let lines = run.text.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(!lines[1].contains("salary-senior"), "no salary context carried over")
        let alone = try BinaryRun(["--format", "json"], input: "and for seniors?\n")
        #expect(String(lines[1]) + "\n" == alone.text)
    }

    @Test func streamsAnswersBeforeTheEndOfInput() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try BinaryRun.binary())
        let stdin = Pipe()
        let stdout = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        try process.run()
        try stdin.fileHandleForWriting.write(contentsOf: Data("what is an AI engineer?\n".utf8))
        var received = Data()
        while !String(decoding: received, as: UTF8.self).contains("(source:") {
            let chunk = stdout.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            received += chunk
        }
        #expect(String(decoding: received, as: UTF8.self).contains("(source: ai-engineer)"))
        try stdin.fileHandleForWriting.close()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
    }

    @Test func askAnswersOneQuestion() throws {
        let run = try BinaryRun(["ask", "what", "does", "a", "computer", "vision", "engineer", "do?"], input: "")
        #expect(run.status == 0)
        #expect(run.text.contains("(source: computer-vision-engineer)"))
    }

    @Test func helpTeachesAndVersionAnswers() throws {
        let help = try BinaryRun(["--help"], input: "")
        #expect(help.status == 0)
        #expect(help.text.contains("Examples:"))
        #expect(help.text.contains("--format"))
        let version = try BinaryRun(["--version"], input: "")
        #expect(version.text.trimmingCharacters(in: .whitespacesAndNewlines) == "0.1.0")
        let completion = try BinaryRun(["--generate-completion-script", "bash"], input: "")
        #expect(completion.text.contains("career-advisor"))
    }

    @Test func usageErrorsExitNonZeroWithAMessage() throws {
        let run = try BinaryRun(["--format", "yaml"], input: "")
        #expect(run.status != 0)
        #expect(run.errors.contains("yaml"))
        let missing = try BinaryRun(["--knowledge", "/nonexistent"], input: "hi\n")
        #expect(missing.status != 0)
        #expect(missing.errors.contains("/nonexistent"))
    }

    @Test func anotherKnowledgeFolderServesAnotherFAQ() throws {
        let folder = try Self.knowledgeFolder([
            "hours.md": "---\nid: hours\ntitle: Opening hours\nquestions: [When are you open?]\n---\nNine to five.\n"
        ])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let run = try BinaryRun(["--knowledge", folder, "--format", "json"], input: "when are you open?\n")
        #expect(run.status == 0)
        #expect(run.text.contains("\"sources\":[\"hours\"]"))
    }

    @Test func checkReportsFileAndLineAndFails() throws {
        let folder = try Self.knowledgeFolder(["a.md": "---\nid: a\ntitle: A\nfollowups: [missing]\n---\ntext\n"])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let run = try BinaryRun(["check", "--knowledge", folder], input: "")
        #expect(run.status == 1)
        #expect(run.errors.contains("a.md:4: follow-up 'missing' points to no topic"))
        let started = try BinaryRun(["--knowledge", folder], input: "hi\n")
        #expect(started.status != 0)
        #expect(started.errors.contains("a.md:4:"))
        let ours = try BinaryRun(["check"], input: "")
        #expect(ours.status == 0, "the built-in Knowledge/ folder must pass its own check: \(ours.errors)")
    }

    /// A temporary knowledge folder holding `files` (name → content); the caller removes it.
    static func knowledgeFolder(_ files: [String: String]) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("knowledge-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for (name, content) in files {
            try content.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        return folder.path
    }
}
