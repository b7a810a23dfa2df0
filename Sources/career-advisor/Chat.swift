import AdvisorKit
import AdvisorTerminal
import ArgumentParser

/// The default command: a REPL when stdin and stdout are terminals (and the format is text), a batch of
/// questions otherwise. Only the REPL keeps a history.
struct Chat: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "chat",
        abstract: "Chat: interactively on a terminal, or answer each line piped on stdin (the default).")

    @Argument(help: "A question to answer instead (as `ask` does): career-advisor \"what is MLOps?\"")
    var question: [String] = []

    @Flag(name: .long, help: "With questions piped in: answer each line on its own, as its own conversation.")
    var noContext = false

    @Flag(name: .long, help: "In the interactive session, print long output whole instead of through $PAGER.")
    var noPager = false

    @OptionGroup var knowledge: KnowledgeOptions
    @OptionGroup var output: OutputOptions

    func validate() throws {
        if let first = question.first, let command = ArgumentOrder.mistypedCommand(first) {
            Platform.error(
                "career-advisor: '\(first.printable)' is not a command. Did you mean '\(command)'? "
                    + "(career-advisor --help lists the commands; quote a question to ask it.)")
            throw ExitCode(64)
        }
    }

    func run() throws {
        if !question.joined().trimmingWhitespace.isEmpty {
            return try Ask.answer(
                question.joined(separator: " "), why: false, engine: knowledge.engine, output: output.settings)
        }
        try Self.chat(engine: knowledge.engine(), output: output.settings, noContext: noContext, noPager: noPager)
    }

    /// A REPL on a terminal (text format), else each line piped in answered, as one conversation or
    /// (`noContext`) each on its own.
    static func chat(engine: Engine, output: OutputSettings, noContext: Bool, noPager: Bool) throws {
        Platform.ignoreBrokenPipe()
        if output.format == .text, Platform.isTerminal(0), Platform.isTerminal(1) {
            let environment = Platform.environment
            let color = Style.shouldColor(isTerminal: true, environment: environment, disabled: output.noColor)
            let name = "career-advisor " + CareerAdvisor.configuration.version
            var session = Session(
                engine: engine, name: name, style: Style(color: color), environment: environment,
                paging: !noPager)
            if session.run() { return }
        }
        var advisor = Advisor(engine: engine)
        advisor.explains = false  // no /why in batch mode
        let renderer = output.renderer(forTerminal: Platform.isTerminal(1))
        var reader = LineReader(descriptor: 0)
        var number = 0
        var numbered: [String]?
        // Answers are streamed: whatever is written goes out before the next read could wait for input.
        // Answers to lines already read in are gathered and written together (one write, not one each).
        var pending = ""
        func flush() {
            if !pending.isEmpty, !Platform.write(pending) { Platform.exit(0) }  // the reader has gone
            pending = ""
        }
        reading: while true {
            if !reader.hasBufferedLine || pending.utf8.count > 1 << 16 { flush() }
            guard let (line, truncated) = reader.next() else { break }
            number += 1
            let question = line.trimmingWhitespace
            if question.isEmpty || question.hasPrefix("#") { continue }
            if question.hasPrefix("/") {
                // A meta-command: /reset starts another conversation, /quit ends the script; the others
                // belong to the interactive session and are refused (never answered as questions).
                switch BatchCommand(question) {
                case .reset: advisor.reset()
                case .quit: break reading
                case .refused(let note):
                    flush()
                    Platform.error("career-advisor: line \(number): " + note)
                }
                continue
            }
            if noContext { advisor.reset() }
            var asked = question
            // As text, a number asks the question with that number as shown (see `SuggestionList`).
            if output.format == .text, question.count == 1, let digit = question.first?.wholeNumberValue,
                let shown = numbered, let chosen = SuggestionList(shown).question(digit)
            {
                asked = chosen
            }
            var answer = advisor.ask(asked)
            numbered = answer.followups
            if truncated { answer.explanation.notes.append("line cut to \(LineReader.maximumLineBytes) bytes") }
            pending += output.formatted(answer, renderer: renderer)
        }
        flush()
    }
}
