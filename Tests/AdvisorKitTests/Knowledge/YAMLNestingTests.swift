import AdvisorKit
import Foundation
import Testing

/// Headers nested thousands of levels deep used to overflow the stack in Yams' recursive composer and
/// crash `career-advisor check` (exit 139); they are now a problem with its line, found before Yams reads them.
@Suite struct YAMLNestingTests {
    /// The problems of parsing `header` as a topic's front matter.
    func problems(_ header: String) -> [KnowledgeProblem] {
        guard case .failure(let error) = KnowledgeLoader.parseTopic("---\n" + header + "\n---\nbody\n", file: "t.md")
        else { return [] }
        return error.problems
    }

    func isTooDeep(_ problem: KnowledgeProblem) -> Bool { problem.message.contains("nested more than 64 levels") }

    @Test func deepFlowListsAreAProblemNotACrash() {
        let header = "id: a\ntitle: " + String(repeating: "[", count: 30_000) + String(repeating: "]", count: 30_000)
        let tooDeep = problems(header).filter(isTooDeep)
        #expect(tooDeep.map(\.line) == [3], "once, at the line of the title")
    }

    @Test func deepBlockListsAndMappingsAreAProblem() {
        #expect(
            problems("id: a\ntitle: x\nnames:\n" + String(repeating: "- ", count: 30_000) + "x").contains(
                where: isTooDeep))
        #expect(
            problems("id: a\ntitle: x\nnames: " + String(repeating: "{a: ", count: 1_000) + "b").contains(
                where: isTooDeep))
    }

    @Test func aliasesCountAsDeepAsWhatTheyNameTheirTrees() {
        var header = "id: a\ntitle: x\nnames: &a0 [x]\n"
        for level in 1...70 { header += "k\(level): &a\(level) [*a\(level - 1)]\n" }
        #expect(problems(header).contains(where: isTooDeep))
    }

    @Test func shallowNestingIsReadAsUsual() {
        let nested = problems("id: a\ntitle: [[[[x]]]]")
        #expect(!nested.contains(where: isTooDeep))
        #expect(nested.contains { $0.message.contains("must be a single value") })
        #expect(problems("id: a\ntitle: x\nnames: [a, [b, [c]]]").contains { $0.message.contains("non-empty text") })
    }

    @Test func aDeepLexiconIsAProblemWithItsLine() throws {
        let path = NSTemporaryDirectory() + "knowledge-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: path) }
        try "---\nid: a\ntitle: A\n---\nA.\n".write(toFile: path + "/a.md", atomically: true, encoding: .utf8)
        let lexicon = "synonyms:\n  a: " + String(repeating: "[", count: 50_000) + String(repeating: "]", count: 50_000)
        try lexicon.write(toFile: path + "/lexicon.yaml", atomically: true, encoding: .utf8)
        let problems = KnowledgeLoader.check(folder: path).1
        #expect(problems.map(\.description).contains { $0.hasPrefix("lexicon.yaml:2:") && $0.contains("64 levels") })
    }
}
