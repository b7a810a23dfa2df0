import AdvisorKit
import Foundation
import Testing

@Suite struct KnowledgeLoaderTests {
    /// A temporary knowledge folder with `files` (name → content).
    func folder(_ files: [String: String]) throws -> String {
        let path = NSTemporaryDirectory() + "knowledge-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        for (name, content) in files {
            try content.write(toFile: path + "/" + name, atomically: true, encoding: .utf8)
        }
        return path
    }

    let good = "---\nid: a\ntitle: A\nquestions: [What is A?]\nfollowups: [b]\n---\nA is a letter.\n"
    let other = "---\nid: b\ntitle: B\n---\nB follows A.\n"

    @Test func loadsAValidFolder() throws {
        let knowledge = try KnowledgeLoader.load(folder: folder(["a.md": good, "b.md": other]))
        #expect(knowledge.topics.map(\.id) == ["a", "b"])
        #expect(knowledge["a"]?.questions == ["What is A?"])
    }

    @Test func reportsEveryProblemWithFileAndLine() throws {
        let path = try folder([
            "a.md": good,
            "dup.md": "---\nid: a\ntitle: Again\n---\ntext\n",
            "bad-yaml.md": "---\nid: c\ntitle: [unclosed\n---\ntext\n",
            "no-header.md": "just text\n",
            "empty.md": "---\nid: e\ntitle: E\n---\n",
            "unknown.md": "---\nid: u\ntitle: U\ncolour: red\nintent: nonsense\n---\ntext\n",
            "dangling.md": "---\nid: d\ntitle: D\nfollowups: [nowhere]\n---\ntext\n",
            "claims.md": "---\nid: f\ntitle: F\nquestions: [what is a?]\n---\ntext\n",
        ])
        let (_, problems) = KnowledgeLoader.check(folder: path)
        let text = problems.map(\.description)
        #expect(text.contains { $0.hasPrefix("dup.md:2:") && $0.contains("duplicate id 'a'") })
        #expect(text.contains { $0.hasPrefix("bad-yaml.md:") && $0.contains("malformed YAML") })
        #expect(text.contains { $0.hasPrefix("no-header.md:1:") })
        #expect(text.contains { $0.hasPrefix("empty.md:") && $0.contains("empty") })
        #expect(text.contains { $0.hasPrefix("unknown.md:4:") && $0.contains("unknown field 'colour'") })
        #expect(text.contains { $0.hasPrefix("unknown.md:5:") && $0.contains("unknown intent 'nonsense'") })
        #expect(text.contains { $0.hasPrefix("dangling.md:4:") && $0.contains("'nowhere'") })
        #expect(text.contains { $0.hasPrefix("claims.md:") && $0.contains("also claimed") })
        #expect(throws: KnowledgeError.self) { try KnowledgeLoader.load(folder: path) }
    }

    @Test func refusesBinaryNonUTF8AndHugeHeaders() throws {
        let path = try folder(["a.md": good])
        try Data([0x2D, 0x2D, 0x2D, 0x0A, 0x00, 0x01]).write(to: URL(fileURLWithPath: path + "/binary.md"))
        try Data("---\nid: x\ntitle: \u{FF}\n".utf8 + [0xFF, 0xFE] + Data("\n---\nx\n".utf8))
            .write(to: URL(fileURLWithPath: path + "/latin1.md"))
        let huge = "---\n" + String(repeating: "keywords: [a]\n", count: 100_000) + "---\nbody\n"
        try huge.write(toFile: path + "/huge.md", atomically: true, encoding: .utf8)
        let text = KnowledgeLoader.check(folder: path).1.map(\.description)
        #expect(text.contains { $0.hasPrefix("binary.md") && $0.contains("binary") })
        #expect(text.contains { $0.hasPrefix("latin1.md:4:") && $0.contains("UTF-8") })
        #expect(text.contains { $0.hasPrefix("huge.md") && $0.contains("larger than") })
    }

    @Test func missingFolderIsAProblemNotACrash() {
        let (knowledge, problems) = KnowledgeLoader.check(folder: "/nonexistent/knowledge")
        #expect(knowledge == nil)
        #expect(problems.count == 1)
    }

    @Test func anotherFAQIsAnsweredByRetrieval() throws {
        let faq = try folder([
            "opening.md":
                "---\nid: opening\ntitle: Opening hours\nquestions: [When are you open?]\n---\nWe open 9 to 5.\n",
            "parking.md":
                "---\nid: parking\ntitle: Parking\nquestions: [Where can I park?]\n---\nPark behind the shop.\n",
        ])
        let engine = Engine(knowledge: try KnowledgeLoader.load(folder: faq))
        #expect(engine.answer("when are you open").sources == ["opening"])
        #expect(engine.answer("where do I park my car").sources == ["parking"])
    }

    @Test func readsTheAboutFile() throws {
        let about = """
            name: the shop's helper
            covers: our shop's opening hours and parking
            greeting: Hi, I am the shop's helper.
            examples: [When are you open?, Where can I park?]
            threshold: 0.4
            """
        let knowledge = try KnowledgeLoader.load(folder: folder(["a.md": good, "b.md": other, "about.yaml": about]))
        #expect(knowledge.about.name == "the shop's helper")
        #expect(knowledge.about.covers == "our shop's opening hours and parking")
        #expect(knowledge.about.greeting == "Hi, I am the shop's helper.")
        #expect(knowledge.about.examples == ["When are you open?", "Where can I park?"])
        #expect(knowledge.about.threshold == 0.4)
        #expect(Engine(knowledge: knowledge).policy.threshold == 0.4)
    }

    @Test func reportsAboutFileProblemsWithLine() throws {
        let about = "name: helper\nthreshold: high\ncolour: red\nexamples: {a: b}\n"
        let (_, problems) = KnowledgeLoader.check(
            folder: try folder(["a.md": good, "b.md": other, "about.yaml": about]))
        let text = problems.map(\.description)
        #expect(text.contains { $0.hasPrefix("about.yaml:2:") && $0.contains("threshold must be a number") })
        #expect(text.contains { $0.hasPrefix("about.yaml:3:") && $0.contains("unknown field 'colour'") })
        #expect(text.contains { $0.hasPrefix("about.yaml:4:") && $0.contains("examples") })
        let outOfRange = try folder(["a.md": good, "b.md": other, "about.yaml": "threshold: 1.5\n"])
        #expect(
            KnowledgeLoader.check(folder: outOfRange).1.map(\.description) == [
                "about.yaml:1: threshold must be a number from 0 to 1, not '1.5'"
            ])
    }

    @Test func withoutADeclaredThresholdTheKnowledgeDerivesOne() throws {
        let knowledge = try KnowledgeLoader.load(folder: folder(["a.md": good, "b.md": other]))
        let derived = ThresholdCalibration(knowledge: knowledge).threshold
        #expect(Engine(knowledge: knowledge).policy.threshold == derived)
        #expect(derived >= ThresholdCalibration.lowest && derived <= ThresholdCalibration.highest)
    }
}
