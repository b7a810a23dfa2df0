import AdvisorKit
import Foundation
import Testing

@Suite struct EvaluationTests {
    static func report(_ file: String) throws -> EvaluationReport {
        let text = try String(contentsOfFile: Fixtures.root + "/Tests/Evaluation/" + file, encoding: .utf8)
        let questions = try LabelledQuestion.parse(text, file: file).get()
        return EvaluationReport(questions: questions, engine: Fixtures.engine)
    }

    @Test func labelledSetIsLargeAndVaried() throws {
        let report = try Self.report("questions.tsv")
        #expect(report.outcomes.count >= 200)
        #expect(report.byIntent.count == Intent.allCases.count)
    }

    @Test func accuracyOnTheLabelledSetIsAtLeast95Percent() throws {
        let report = try Self.report("questions.tsv")
        let misses = report.misses.map { "line \($0.expected.line): \($0.expected.question)" }
        #expect(report.accuracy >= 0.95, "accuracy \(report.accuracy); misses:\n\(misses.joined(separator: "\n"))")
    }

    @Test func noOutOfScopeQuestionIsAnswered() throws {
        let report = try Self.report("questions.tsv")
        let answered = report.outOfScopeAnswered.map { "\($0.expected.question) → \($0.answer.sources)" }
        #expect(answered == [])
    }
}
