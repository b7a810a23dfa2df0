import AdvisorKit
import AdvisorTerminal
import ArgumentParser
import Foundation

/// `eval`: asks every labelled question of a file and reports accuracy, like `rasa test nlu`.
struct Eval: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Measure answer quality on a labelled question file or a shared evaluation set.",
        discussion: """
            FILE is either a shared evaluation set (JSON Lines, .jsonl: one conversation a line, \
            {"id","cat","turns":[{"q","all","any","none","oos"}]}, graded as ../shared/eval/run.py grades \
            it: every `all` regex, one `any` regex, no `none` regex in the answer, declined exactly when \
            oos; Python regex syntax), or the team's TSV: each line intent<TAB>topic<TAB>question (topic * = \
            any, - = none; an intent written ~intent continues the previous line's conversation; # starts \
            a comment). The format is chosen by extension (.jsonl, .tsv), else by content. Prints \
            accuracy per category (per intent for TSV) and overall, then every failing turn.
            """)

    @Argument(help: "The evaluation set (.jsonl) or labelled questions (.tsv).", completion: .file())
    var file: String

    @Option(name: .long, help: "Exit with status 1 when overall accuracy is below this share (0–1).")
    var minimum: Double?

    @Flag(name: [.short, .long], help: "Do not list the misses.")
    var quiet = false

    @OptionGroup var knowledge: KnowledgeOptions

    func run() throws {
        Platform.ignoreBrokenPipe()
        guard let data = FileManager.default.contents(atPath: file) else {
            Platform.error("career-advisor: cannot read \(file)")
            throw ExitCode(66)
        }
        let text = String(decoding: data, as: UTF8.self)
        let accuracy =
            Self.isJSONLines(file: file, text: text)
            ? try conversations(text) : try labelledQuestions(text)
        if let minimum, accuracy < minimum { throw ExitCode(1) }
    }

    /// The team's TSV of labelled questions; returns the overall accuracy.
    private func labelledQuestions(_ text: String) throws -> Double {
        let questions: [LabelledQuestion]
        switch LabelledQuestion.parse(text, file: file) {
        case .success(let parsed): questions = parsed
        case .failure(let problem):
            Platform.error("career-advisor: \(problem)")
            throw ExitCode(65)
        }
        let report = EvaluationReport(questions: questions, engine: try knowledge.engine())
        Platform.write(EvaluationText.render(report, misses: !quiet))
        return report.accuracy
    }

    /// A shared evaluation set (JSON Lines), graded on exactly what `--format json` writes as "answer"
    /// and "understood"; returns the overall accuracy.
    private func conversations(_ text: String) throws -> Double {
        let conversations: [EvaluationConversation]
        switch EvaluationConversation.parse(text, file: file) {
        case .success(let parsed): conversations = parsed
        case .failure(let problem):
            Platform.error("career-advisor: \(problem)")
            throw ExitCode(65)
        }
        let report = ConversationEvaluationReport(
            conversations: conversations, engine: try knowledge.engine(), reading: Self.asJSON)
        let name = URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent
        Platform.write(report.text(name: name, failures: !quiet))
        return report.accuracy
    }

    /// An answer's "answer" and "understood" as the JSON output carries them.
    @Sendable static func asJSON(_ answer: Answer) -> (text: String, understood: Bool) {
        let line = Data(JSONRenderer.render(answer).utf8)
        guard let object = try? JSONSerialization.jsonObject(with: line) as? [String: Any],
            let text = object["answer"] as? String, let understood = object["understood"] as? Bool
        else { return ("malformed JSON output: " + JSONRenderer.render(answer), false) }
        return (text, understood)
    }

    /// Whether `file` is a JSON Lines set: by extension (.jsonl, .tsv), else when its first line that is
    /// not blank or a # comment starts with `{`.
    static func isJSONLines(file: String, text: String) -> Bool {
        switch URL(fileURLWithPath: file).pathExtension.lowercased() {
        case "jsonl", "ndjson": return true
        case "tsv", "txt": return false
        default:
            let first = text.split(separator: "\n").first { !$0.allSatisfy(\.isWhitespace) && !$0.hasPrefix("#") }
            return first?.drop(while: \.isWhitespace).hasPrefix("{") ?? false
        }
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
