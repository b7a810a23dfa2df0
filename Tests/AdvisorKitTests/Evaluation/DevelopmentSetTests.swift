import AdvisorKit
import Foundation
import Testing

/// The shared development sets (JSON Lines, graded like `../shared/eval/run.py`) do not slide back below
/// their floors (`DevelopmentSetFloors`), and every regex in them compiles.
@Suite(.enabled(if: SharedEvaluationSets.available, SharedEvaluationSets.skipped))
struct DevelopmentSetTests {
    static func conversations(_ file: String) throws -> [EvaluationConversation] {
        let path = SharedEvaluationSets.folder + "/" + file
        let text = try String(contentsOfFile: path, encoding: .utf8)
        return try EvaluationConversation.parse(text, file: path).get()
    }

    @Test(arguments: DevelopmentSetFloors.floors.keys.sorted())
    func accuracyStaysAboveTheFloor(_ file: String) throws {
        let floor = try #require(DevelopmentSetFloors.floors[file])
        let report = ConversationEvaluationReport(conversations: try Self.conversations(file), engine: Fixtures.engine)
        let name = String(file.dropLast(".jsonl".count))
        #expect(report.accuracy >= floor, "below the floor \(floor):\n\(report.text(name: name, failures: false))")
    }

    @Test func everySetReadsAndEveryRegexCompiles() throws {
        let files = SharedEvaluationSets.files
        #expect(files.count >= 2)
        for file in files {
            #expect(throws: Never.self) { try Self.conversations(file) }
        }
    }
}
