import AdvisorKit
import Foundation

/// Validates a knowledge folder and writes it as Swift source (the advisor's embedded knowledge), and
/// what the engine computes from it before the first question (its compiled form), so that the program
/// restores it instead.
///
/// Usage: embed-knowledge KNOWLEDGE_DIR OUTPUT.swift [COMPILED.swift]
@main
struct EmbedKnowledge {
    static func main() {
        let arguments = CommandLine.arguments
        guard arguments.count == 3 || arguments.count == 4 else {
            fail("usage: embed-knowledge KNOWLEDGE_DIR OUTPUT.swift [COMPILED.swift]", status: 2)
        }
        do {
            let knowledge = try KnowledgeLoader.load(folder: arguments[1])
            try KnowledgeEmitter.swiftSource(knowledge).write(toFile: arguments[2], atomically: true, encoding: .utf8)
            print("embed-knowledge: \(knowledge.topics.count) topics → \(arguments[2])")
            if arguments.count == 4 {
                let source = KnowledgeEmitter.compiledSource(CompiledKnowledge(knowledge))
                try source.write(toFile: arguments[3], atomically: true, encoding: .utf8)
                print("embed-knowledge: compiled, \(source.utf8.count) bytes → \(arguments[3])")
            }
        } catch {
            fail("embed-knowledge: \(error)", status: 1)
        }
    }

    static func fail(_ message: String, status: Int32) -> Never {
        FileHandle.standardError.write(Data((message + "\n").utf8))
        exit(status)
    }
}
