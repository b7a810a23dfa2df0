import AdvisorKit
import AdvisorTerminal
import ArgumentParser
import Foundation

/// `calibrate`: chooses the confidence policy's threshold and word weights on labelled sets.
struct Calibrate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Choose the decline threshold and word weights on labelled sets.",
        discussion: """
            Runs every candidate policy (threshold 0.50–0.80 by 0.05 × weights of general and ordinary words) \
            over each FILE (.tsv or .jsonl, as `eval` reads them). Within half a point of the best mean \
            accuracy (each set weighing the same), the candidate answering the fewest out-of-scope questions \
            wins. Prints the best candidates, then the chosen policy beside the current one. Copy the \
            chosen values into ConfidencePolicy.swift. Example:
              career-advisor calibrate Tests/Evaluation/questions.tsv ../shared/eval/real-dev.jsonl
            """)

    @Argument(help: "Labelled sets (.tsv or .jsonl).", completion: .file())
    var files: [String]

    @Option(name: .long, help: "How many of the best candidates to list.")
    var top = 10

    @OptionGroup var knowledge: KnowledgeOptions

    func run() throws {
        Platform.ignoreBrokenPipe()
        var sets: [Calibration.LabelledSet] = []
        for file in files {
            guard let data = FileManager.default.contents(atPath: file) else {
                Platform.error("career-advisor: cannot read \(file)")
                throw ExitCode(66)
            }
            let text = String(decoding: data, as: UTF8.self)
            let name = URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent
            if Eval.isJSONLines(file: file, text: text) {
                switch EvaluationConversation.parse(text, file: file) {
                case .success(let parsed): sets.append(.conversations(name: name, parsed))
                case .failure(let problem):
                    Platform.error("career-advisor: \(problem)")
                    throw ExitCode(65)
                }
            } else {
                switch LabelledQuestion.parse(text, file: file) {
                case .success(let parsed): sets.append(.questions(name: name, parsed))
                case .failure(let problem):
                    Platform.error("career-advisor: \(problem)")
                    throw ExitCode(65)
                }
            }
        }
        guard !sets.isEmpty else { throw ValidationError("Give at least one labelled set.") }
        let base = try knowledge.load()
        let grid = Calibration.grid
        Platform.error("calibrating \(grid.count) candidate policies on \(sets.count) set(s)…")
        let calibration = Calibration(sets: sets, knowledge: base, grid: grid + [.standard])
        var out =
            "threshold  general  ordinary   mean  "
            + sets.map { EvaluationText.pad(String($0.name.prefix(9)), 10) }.joined() + " oos answered\n"
        func row(_ trial: Calibration.Trial) -> String {
            let policy = trial.policy
            var line = EvaluationText.pad(NumberText.fixed(policy.threshold, 2), 11)
            line += EvaluationText.pad(NumberText.fixed(policy.generalWordWeight, 2), 9)
            line += EvaluationText.pad(NumberText.fixed(policy.ordinaryWeight, 2), 9)
            line += EvaluationText.pad(NumberText.percent(trial.meanAccuracy), 7, left: true) + "  "
            for accuracy in trial.accuracies { line += EvaluationText.pad(NumberText.percent(accuracy), 10) }
            return line + "\(trial.outOfScopeAnswered)\n"
        }
        for trial in calibration.trials.prefix(top) { out += row(trial) }
        if let current = calibration.trials.first(where: { $0.policy == .standard }) {
            out += "\ncurrent (ConfidencePolicy.standard):\n" + row(current)
        }
        out += "chosen:\n" + row(calibration.trials[0])
        Platform.write(out)
    }
}
