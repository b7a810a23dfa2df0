import Foundation
import Testing

/// A forgiving command line, as git and cargo are: a bare question is answered, a mistyped command gets
/// a suggestion, the shared options go before or after the command, and `ask --why` explains in words.
@Suite struct CommandLineTests {
    @Test func aBareQuestionIsAnswered() throws {
        let run = try BinaryRun(["what does an nlp engineer do?"], input: "")
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.text.contains("(source: nlp-engineer)"))
        let words = try BinaryRun(["what", "does", "an", "nlp", "engineer", "do?"], input: "")
        #expect(words.status == 0)
        #expect(words.text == run.text)
    }

    @Test func aMistypedCommandGetsASuggestion() throws {
        let run = try BinaryRun(["akk", "x"], input: "")
        #expect(run.status == 64)
        #expect(run.errors.contains("did you mean 'ask'?") || run.errors.contains("Did you mean 'ask'?"))
        #expect(run.text.isEmpty)
        let eval = try BinaryRun(["evla", "questions.tsv"], input: "")
        #expect(eval.errors.contains("'eval'"))
    }

    @Test func sharedOptionsComeBeforeOrAfterTheCommand() throws {
        let before = try BinaryRun(["--no-color", "ask", "what is mlops?"], input: "")
        let after = try BinaryRun(["ask", "--no-color", "what is mlops?"], input: "")
        #expect(before.status == 0, "\(before.errors)")
        #expect(before.text == after.text)
        let json = try BinaryRun(["--format", "json", "ask", "hi"], input: "")
        #expect(json.status == 0, "\(json.errors)")
        #expect(json.text.hasPrefix("{\"question\":\"hi\""))
        let equals = try BinaryRun(["--format=json", "ask", "hi"], input: "")
        #expect(equals.text == json.text)
        let evaluation = try BinaryRun(["--no-color", "eval", "--quiet", "/nonexistent.tsv"], input: "")
        #expect(evaluation.errors.contains("cannot read /nonexistent.tsv"), "\(evaluation.errors)")
    }

    @Test func askWhyExplainsInWordsWithoutASwiftDump() throws {
        let run = try BinaryRun(["ask", "--why", "how much does a senior AI engineer earn?"], input: "")
        #expect(run.status == 0)
        #expect(run.text.contains("(source: salary-senior)"))
        #expect(run.text.contains("I read this as a salary question about"))
        #expect(run.text.contains("Rules: intent salary"))
        #expect(run.text.contains("Passages:"))
        for dump in ["Explanation(", "AdvisorKit.", "Optional(", "Reading("] {
            #expect(!run.text.contains(dump), "a Swift dump: \(dump)")
        }
        let json = try BinaryRun(["ask", "--why", "--format", "json", "hi"], input: "")
        #expect(json.text.split(separator: "\n").count == 1, "stdout stays JSON Lines")
        #expect(json.errors.contains("I read this as a greeting"))
    }

    /// What swift-argument-parser's manual generator (`make man`) reads: every command, described.
    @Test func theManualGeneratorGetsEveryCommand() throws {
        let run = try BinaryRun(["--experimental-dump-help"], input: "")
        #expect(run.status == 0)
        let dump = try #require(try JSONSerialization.jsonObject(with: run.output) as? [String: Any])
        let command = try #require(dump["command"] as? [String: Any])
        let names = (command["subcommands"] as? [[String: Any]] ?? []).compactMap { $0["commandName"] as? String }
        #expect(Set(["chat", "ask", "eval", "check"]).isSubset(of: Set(names)), "\(names)")
    }
}
