import AdvisorKit
import AdvisorKnowledge

/// Paths and shared engines for the tests.
enum Fixtures {
    /// The package's root folder (two levels above this file's folder).
    static let root: String = {
        var parts = #filePath.split(separator: "/", omittingEmptySubsequences: false)
        parts.removeLast(3)
        return parts.joined(separator: "/")
    }()

    static let knowledgeFolder = root + "/Knowledge"

    /// The engine over the built-in knowledge, built once for all tests.
    nonisolated(unsafe) static let engine = Engine(knowledge: .embedded)

    static func ask(_ question: String) -> Answer { engine.answer(question) }
}
