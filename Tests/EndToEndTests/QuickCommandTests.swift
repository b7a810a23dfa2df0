import Foundation
import Testing

@testable import career_advisor

/// `ask` and the batch are read without ArgumentParser (`QuickCommand`) when they use nothing else; the
/// answers are those ArgumentParser's reading gives (`--format=F` is left to it, so both can be compared).
@Suite struct QuickCommandTests {
    @Test func readsOnlyTheInvocationsItKnows() {
        let json = QuickCommand.Output(format: .json, noColor: false)
        #expect(QuickCommand.read(["--version"]) == .version)
        #expect(QuickCommand.read([]) == .chat(output: .init(), noContext: false))
        #expect(
            QuickCommand.read(["--format", "json", "--no-context"]) == .chat(output: json, noContext: true))
        #expect(
            QuickCommand.read(["ask", "what", "is", "--format", "json", "mlops?"])
                == .ask(question: "what is mlops?", output: json))
        #expect(
            QuickCommand.read(["ask", "--no-color", "help"])
                == .ask(question: "help", output: .init(format: .text, noColor: true)))
        for arguments in [
            ["ask"], ["ask", " "], ["ask", "--why", "x"], ["ask", "--format", "xml", "x"], ["ask", "--format"],
            ["ask", "--format=json", "x"], ["ask", "--knowledge", "dir", "x"], ["ask", "--no-context", "x"],
            ["ask", "what", "is", "-x"], ["ask", "--", "x"], ["ask", "--no-color", "--no-color", "x"],
            ["what", "is", "mlops"], ["--version", "x"], ["--help"], ["-h"], ["eval", "x.tsv"], ["check"], ["chat"],
            ["--no-pager"], ["--knowledge", "dir"],
        ] {
            #expect(QuickCommand.read(arguments) == nil, "\(arguments)")
        }
    }

    @Test func answersAsArgumentParserReadsTheSameCommand() throws {
        let question = "how much can I earn with 3 years of experience?"
        for (quick, parsed) in [
            (["ask", "--format", "json", question], ["ask", "--format=json", question]),
            (["--format", "json", "ask", question], ["ask", question, "--format=json"]),
            (["ask", "--no-color", question], ["ask", "--format=text", "--no-color", question]),
        ] {
            let fast = try BinaryRun(quick, input: "")
            let full = try BinaryRun(parsed, input: "")
            #expect(fast.status == 0 && full.status == 0, "\(fast.errors) \(full.errors)")
            #expect(!fast.text.isEmpty)
            #expect(fast.text == full.text, "\(quick)")
        }
        let lines = "what does an nlp engineer do?\nwhich tools do they use?\nand the salary?\n"
        for (quick, parsed) in [
            (["--format", "json"], ["--format=json"]),
            (["--format", "json", "--no-context"], ["--format=json", "--no-context"]),
            ([], ["--format=text"]),
        ] {
            let fast = try BinaryRun(quick, input: lines)
            let full = try BinaryRun(parsed, input: lines)
            #expect(fast.status == 0 && full.status == 0)
            #expect(fast.text.split(separator: "\n").count >= 3)
            #expect(fast.text == full.text, "\(quick)")
        }
    }

    @Test func printsTheVersionArgumentParserWould() throws {
        let run = try BinaryRun(["--version"], input: "")
        #expect(run.status == 0)
        #expect(run.text == CareerAdvisor.configuration.version + "\n")
    }
}
