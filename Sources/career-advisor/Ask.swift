import AdvisorKit
import AdvisorTerminal
import ArgumentParser

/// `ask`: answers one question given on the command line.
struct Ask: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Answer one question.",
        discussion: "Example: career-advisor ask \"how much does a senior AI engineer earn?\"")

    @Argument(help: "The question (quote it, or give it as several words).")
    var words: [String]

    @Flag(
        name: .long,
        help: "Also print why (as /why does): what I understood, the rules' reading, the top passages, notes.")
    var why = false

    @OptionGroup var knowledge: KnowledgeOptions
    @OptionGroup var output: OutputOptions

    func validate() throws {
        if words.joined().trimmingWhitespace.isEmpty {
            throw ValidationError("Give a question, e.g. career-advisor ask \"what is an AI engineer?\"")
        }
    }

    func run() throws {
        try Self.answer(words.joined(separator: " "), why: why, engine: knowledge.engine, output: output.settings)
    }

    /// Answers one question on stdout in the chosen format; with `why`, the explanation follows (text),
    /// or goes to stderr (JSON, so that stdout stays JSON Lines).
    static func answer(_ question: String, why: Bool, engine: () throws -> Engine, output: OutputSettings) throws {
        Platform.ignoreBrokenPipe()
        var advisor = Advisor(engine: try engine())
        let answer = advisor.ask(question.trimmingWhitespace)
        let renderer = output.renderer(forTerminal: Platform.isTerminal(1))
        switch output.format {
        case .json: Platform.write(JSONRenderer.render(answer) + "\n")
        case .text: Platform.write(renderer.render(answer) + "\n")
        }
        guard why else { return }
        let explanation = ExplanationRenderer(width: renderer.width, style: renderer.style).render(answer)
        switch output.format {
        case .json: Platform.error(explanation)
        case .text: Platform.write("\n" + explanation + "\n")
        }
    }
}
