import Foundation
import Testing

/// `career-advisor eval` on the shared JSON Lines sets and on the team's TSV.
@Suite struct EvalCommandTests {
    static let set = """
        {"id": "pay", "cat": "salary", "turns": [{"q": "how much can I earn with 3 years of experience?", \
        "all": ["(?<!\\\\d)\\\\d{2,3}(?:,000|k)"], "any": [], "none": [], "oos": false}, \
        {"q": "and for seniors?", "all": ["(?i)senior"], "none": ["(?i)sorry"]}]}
        {"id": "dentist", "cat": "oos", "turns": [{"q": "how much does a dentist earn?", "oos": true}]}
        {"id": "wrong", "cat": "oos", "turns": [{"q": "what does an NLP engineer do?", "oos": true}]}

        """

    /// A temporary file named `name` holding `text`; the caller removes it.
    static func file(_ name: String, _ text: String) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("eval-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent(name).path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    static func remove(_ path: String) {
        try? FileManager.default.removeItem(atPath: URL(fileURLWithPath: path).deletingLastPathComponent().path)
    }

    @Test func gradesAJSONLinesSetPerCategoryAndListsTheFailingTurns() throws {
        let path = try Self.file("set.jsonl", Self.set)
        defer { Self.remove(path) }
        let run = try BinaryRun(["eval", path], input: "")
        #expect(run.status == 0, "\(run.errors)")
        let lines = run.text.split(separator: "\n").map(String.init)
        #expect(lines.first == "== set: 3/4 turns = 75.0%")
        #expect(lines.contains("   oos           1/2     50.0%"))
        #expect(lines.contains("   salary        2/2    100.0%"))
        #expect(lines.contains("   FAIL wrong#0: answered an out-of-scope question"))
        #expect(lines.contains("        q: what does an NLP engineer do?"))
        let quiet = try BinaryRun(["eval", "--quiet", path], input: "")
        #expect(!quiet.text.contains("FAIL"))
    }

    @Test func minimumFailsTheRunBelowIt() throws {
        let path = try Self.file("set.jsonl", Self.set)
        defer { Self.remove(path) }
        #expect(try BinaryRun(["eval", "--minimum", "0.7", "--quiet", path], input: "").status == 0)
        #expect(try BinaryRun(["eval", "--minimum", "0.8", "--quiet", path], input: "").status == 1)
    }

    @Test func theFormatIsChosenByContentWithoutAKnownExtension() throws {
        let jsonLines = try Self.file("set", Self.set)
        defer { Self.remove(jsonLines) }
        #expect(try BinaryRun(["eval", jsonLines], input: "").text.hasPrefix("== set: 3/4 turns"))
        let tsv = try Self.file("questions", "# comment\nrole-skills\t*\twhat skills does an ML engineer need?\n")
        defer { Self.remove(tsv) }
        let run = try BinaryRun(["eval", tsv], input: "")
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.text.hasPrefix("intent "))
    }

    @Test func aRegexThatDoesNotCompileIsReportedWithFileAndLine() throws {
        let bad = Self.set + #"{"id": "bad", "cat": "x", "turns": [{"q": "hi", "any": ["(?i)pay("]}]}"# + "\n"
        let path = try Self.file("set.jsonl", bad)
        defer { Self.remove(path) }
        let run = try BinaryRun(["eval", path], input: "")
        #expect(run.status == 65)
        #expect(
            run.errors.contains(
                "set.jsonl:4: bad conversation bad, turn 0: any: regex '(?i)pay(' does not compile: expected ')'"))
        #expect(run.text.isEmpty)
    }
}
