import Foundation
import Testing

/// Input a user might send by accident or on purpose: never a crash, never raw escapes echoed back.
@Suite struct BadInputTests {
    @Test func invalidUTF8AndNULBytesGetAnAnswer() throws {
        var input = Data("what is an AI engineer".utf8)
        input += Data([0xFF, 0xFE, 0x00, 0xC3, 0x28]) + Data("?\n".utf8)
        input += Data([0x00, 0x00, 0x0A])
        let run = try BinaryRun(["--format", "json"], input: input)
        #expect(run.status == 0)
        #expect(run.text.split(separator: "\n").count == 2)
        for line in run.text.split(separator: "\n") {
            #expect(try JSONSerialization.jsonObject(with: Data(line.utf8)) is [String: Any])
        }
    }

    @Test func escapeSequencesAreNeverEchoedRaw() throws {
        let question = "\u{1B}]0;pwned\u{07}\u{1B}[2J\u{1B}[31mwhat does an nlp engineer do?\u{8}\u{7}\n"
        let run = try BinaryRun([], input: question)
        #expect(run.status == 0)
        #expect(!run.text.contains("\u{1B}"))
        #expect(!run.text.contains("\u{07}"))
        #expect(run.text.contains("(source: nlp-engineer)"))
    }

    @Test func aTenMegabyteLineIsAnsweredNotFatal() throws {
        let line = String(repeating: "salary ", count: 1_500_000) + "\nhi\n"
        let run = try BinaryRun(["--format", "json"], input: line)
        #expect(run.status == 0)
        #expect(run.text.split(separator: "\n").count == 2)
        #expect(run.output.count < 200_000, "a huge question is not echoed back whole")
    }

    @Test func emptyInputAndDevNull() throws {
        let empty = try BinaryRun([], input: "")
        #expect(empty.status == 0)
        #expect(empty.output.isEmpty)
        let blank = try BinaryRun([], input: "\n   \n\t\n")
        #expect(blank.status == 0)
        #expect(blank.output.isEmpty)
    }

    /// `career-advisor < questions | head -1`: the advisor's own stderr stays empty and it ends with 0 or
    /// 141 (SIGPIPE). (Only its status and stderr are judged: `yes` and `head` upstream may complain about
    /// the pipe closing, which is theirs to say.)
    @Test func closedOutputEndsQuietly() throws {
        let binary = try BinaryRun.binary()
        let script = """
            yes 'what does an nlp engineer do?' 2>/dev/null | head -n 20000 2>/dev/null | '\(binary)' | head -n 1
            echo "advisor-status=${PIPESTATUS[2]}" >&2
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = ["-c", script]
        let stdout = Pipe()
        let stderr = Pipe()
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        let output = stdout.fileHandleForReading.readDataToEndOfFile()
        let errors = String(decoding: stderr.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(String(decoding: output, as: UTF8.self) == "> what does an nlp engineer do?\n")
        #expect(errors == "advisor-status=0\n" || errors == "advisor-status=141\n", "\(errors)")
    }
}
