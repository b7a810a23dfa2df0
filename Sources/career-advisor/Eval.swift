import AdvisorKit
import AdvisorTerminal
import ArgumentParser
import Foundation

/// `eval`: asks every labelled question of a file and reports accuracy, like `rasa test nlu`.
struct Eval: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Measure answer quality on a labelled question file.",
        discussion: """
            Each line of FILE is: intent<TAB>topic<TAB>question (topic * = any, - = none; an intent written \
            ~intent continues the previous line's conversation; # starts a comment). Prints accuracy overall \
            and per intent, then every miss.
            """)

    @Argument(help: "The labelled questions (TSV).", completion: .file())
    var file: String

    @Option(name: .long, help: "Exit with status 1 when overall accuracy is below this share (0–1).")
    var minimum: Double?

    @Flag(name: .long, help: "Do not list the misses.")
    var quiet = false

    @OptionGroup var knowledge: KnowledgeOptions

    func run() throws {
        Platform.ignoreBrokenPipe()
        guard let data = FileManager.default.contents(atPath: file) else {
            Platform.error("career-advisor: cannot read \(file)")
            throw ExitCode(66)
        }
        let questions: [LabelledQuestion]
        switch LabelledQuestion.parse(String(decoding: data, as: UTF8.self), file: file) {
        case .success(let parsed): questions = parsed
        case .failure(let problem):
            Platform.error("career-advisor: \(problem)")
            throw ExitCode(65)
        }
        let report = EvaluationReport(questions: questions, engine: Engine(knowledge: try knowledge.load()))
        Platform.write(EvaluationText.render(report, misses: !quiet))
        if let minimum, report.accuracy < minimum { throw ExitCode(1) }
    }
}

/// The evaluation report as a table and a list of misses.
enum EvaluationText {
    static func render(_ report: EvaluationReport, misses: Bool) -> String {
        var out = "intent            questions  correct  accuracy\n"
        for row in report.byIntent {
            out +=
                pad(row.intent.rawValue, 18) + pad("\(row.total)", 11, left: true)
                + pad("\(row.correct)", 9, left: true)
                + pad(NumberText.percent(Double(row.correct) / Double(row.total)), 10, left: true) + "\n"
        }
        let correct = report.outcomes.filter(\.isCorrect).count
        out +=
            pad("overall", 18) + pad("\(report.outcomes.count)", 11, left: true) + pad("\(correct)", 9, left: true)
            + pad(NumberText.percent(report.accuracy), 10, left: true) + "\n"
        out += "out-of-scope questions answered: \(report.outOfScopeAnswered.count)\n"
        if misses && !report.misses.isEmpty {
            out += "\nmisses:\n"
            for miss in report.misses {
                let expected = miss.expected.intent.rawValue + (miss.expected.topic.map { "/" + $0 } ?? "")
                let got = miss.answer.intent.rawValue + (miss.answer.sources.first.map { "/" + $0 } ?? "")
                out += "  line \(miss.expected.line): \(miss.expected.question.printable)\n"
                out +=
                    "    expected \(expected), got \(got) (confidence \(NumberText.percent(miss.answer.confidence)))\n"
            }
        }
        return out
    }

    static func pad(_ text: String, _ width: Int, left: Bool = false) -> String {
        let fill = String(repeating: " ", count: max(0, width - text.count))
        return left ? fill + text : text + fill
    }
}
