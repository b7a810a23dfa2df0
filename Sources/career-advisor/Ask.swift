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

    @Flag(name: .long, help: "Also print why: the intent, entities, cues, top passages and notes.")
    var why = false

    @OptionGroup var knowledge: KnowledgeOptions
    @OptionGroup var output: OutputOptions

    func validate() throws {
        if words.joined().trimmingWhitespace.isEmpty {
            throw ValidationError("Give a question, e.g. career-advisor ask \"what is an AI engineer?\"")
        }
    }

    func run() throws {
        Platform.ignoreBrokenPipe()
        var advisor = Advisor(knowledge: try knowledge.load())
        let answer = advisor.ask(words.joined(separator: " ").trimmingWhitespace)
        let isTerminal = Platform.isTerminal(1)
        switch output.format {
        case .json: Platform.write(JSONRenderer.render(answer) + "\n")
        case .text: Platform.write(output.renderer(forTerminal: isTerminal).render(answer) + "\n")
        }
        if why { Platform.write("\(answer.explanation)\n") }
    }
}
