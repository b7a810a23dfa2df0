import AdvisorKit
import AdvisorKnowledge
import AdvisorTerminal
import ArgumentParser

/// How answers are written.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text
    case json
}

/// Where the knowledge comes from.
struct KnowledgeOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp("Answer from this knowledge folder instead of the built-in one.", valueName: "dir"),
        completion: .directory)
    var knowledge: String?

    /// The engine over the built-in knowledge (restored, compiled at build time), or over the folder's
    /// (compiled now); a folder with problems ends the run with every problem.
    func engine() throws -> Engine {
        knowledge == nil ? .builtIn : Engine(knowledge: try load())
    }

    /// The built-in knowledge, or the folder's; a folder with problems ends the run with every problem.
    func load() throws -> KnowledgeBase {
        guard let folder = knowledge else { return .embedded }
        do {
            return try KnowledgeLoader.load(folder: folder)
        } catch {
            Platform.error("career-advisor: \(error)")
            throw ExitCode(65)
        }
    }
}

/// How answers look.
struct OutputOptions: ParsableArguments {
    @Option(name: .long, help: "Output format: text, or json (JSON Lines, one object per question).")
    var format: OutputFormat = .text

    @Flag(name: .long, help: "Never use color (also: NO_COLOR set, TERM=dumb, or output not a terminal).")
    var noColor = false

    var settings: OutputSettings { OutputSettings(format: format, noColor: noColor) }
}

/// How answers look, as plain values (from `OutputOptions`, or read by `QuickCommand`).
struct OutputSettings {
    var format = OutputFormat.text
    var noColor = false

    /// An answer as the format writes it.
    func formatted(_ answer: Answer, renderer: TextRenderer) -> String {
        switch format {
        case .json: JSONRenderer.render(answer) + "\n"
        case .text: "> " + answer.question.printable + "\n" + renderer.render(answer) + "\n\n"
        }
    }

    func renderer(forTerminal: Bool) -> TextRenderer {
        // The environment is read only for a terminal (colors are never written elsewhere): a piped answer
        // does not copy every variable into a dictionary first.
        let color =
            forTerminal && !noColor
            && Style.shouldColor(isTerminal: true, environment: Platform.environment, disabled: false)
        return TextRenderer(
            width: forTerminal ? Wrapper.width(columns: Platform.columns()) : nil, style: Style(color: color),
            compact: !forTerminal)
    }
}
