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
        // Every intent but `topic`, which only a knowledge base whose topics declare no intent gives.
        #expect(report.byIntent.count == Intent.allCases.count - 1)
        #expect(!report.byIntent.contains { $0.intent == .topic })
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
