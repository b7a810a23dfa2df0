import AdvisorKit
import Foundation

/// A small knowledge base and temporary folders for the tests.
enum TestKnowledge {
    static let base = KnowledgeBase(
        topics: [
            Topic(
                id: "nlp-engineer", title: "NLP engineer", intent: .role, origin: .article,
                slots: Slots(role: "nlp-engineer"), names: ["NLP engineer", "natural language processing engineer"],
                questions: ["What does an NLP engineer do?"], keywords: ["chatbots", "machine translation"],
                followups: ["nlp-engineer-skills", "salary"],
                body: "NLP engineers teach machines to understand human language.", file: "nlp-engineer.md"),
            Topic(
                id: "nlp-engineer-skills", title: "Skills of an NLP engineer", intent: .roleSkills,
                origin: .article, slots: Slots(role: "nlp-engineer"),
                questions: ["What skills does an NLP engineer need?"], keywords: ["linguistics", "machine learning"],
                body: "- linguistics\n- machine learning", file: "nlp-engineer-skills.md"),
            Topic(
                id: "machine-learning-engineer", title: "Machine learning engineer", intent: .role,
                origin: .article, slots: Slots(role: "machine-learning-engineer"),
                names: ["machine learning engineer", "ML engineer"], questions: ["What does an ML engineer do?"],
                keywords: ["models", "$90,000"], body: "They build models that learn from data.", file: "mle.md"),
            Topic(
                id: "salary", title: "AI engineer salaries", intent: .salary, origin: .article,
                questions: ["How much do AI engineers make?"], keywords: ["salary", "pay"],
                body: "Pay depends on experience and place.", file: "salary.md"),
        ], lexicon: Lexicon())

    /// A new empty folder under the system's temporary folder.
    static func temporaryFolder() throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent(
            "advisor-terminal-tests-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url.path
    }

    static func remove(_ folder: String) {
        try? FileManager.default.removeItem(atPath: folder)
    }

    /// A file's permission bits.
    static func mode(_ path: String) throws -> Int {
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        return (attributes[.posixPermissions] as? NSNumber)?.intValue ?? -1
    }

    /// A file's lines (without the final empty one).
    static func lines(_ path: String) throws -> [String] {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        return text.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
    }
}
