import AdvisorKit
import AdvisorTerminal
import ArgumentParser

/// `check`: validates a knowledge folder and lists every problem with its file and line.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Validate a knowledge folder (default: ./Knowledge).",
        discussion: """
            Reports every problem as FILE:LINE: message, and exits 1 when there is any. Then prints the decline \
            threshold the knowledge derives from itself and why (and the one its about.yaml declares, if any).
            """)

    @Option(name: .long, help: ArgumentHelp("The knowledge folder to check.", valueName: "dir"), completion: .directory)
    var knowledge = "Knowledge"

    func run() throws {
        let (base, problems) = KnowledgeLoader.check(folder: knowledge)
        for problem in problems {
            Platform.error(knowledge + "/" + problem.description)
        }
        guard problems.isEmpty, let base else {
            Platform.error("\(problems.count) problem\(problems.count == 1 ? "" : "s") in \(knowledge)")
            throw ExitCode(1)
        }
        Platform.write("\(knowledge): \(base.topics.count) topics, no problems\n")
        let calibration = ThresholdCalibration(knowledge: base)
        Platform.write(calibration.summary + "\n")
        if let declared = base.about.threshold {
            Platform.write("decline threshold \(declared) declared in \(KnowledgeLoader.aboutFile): used instead\n")
        }
    }
}
