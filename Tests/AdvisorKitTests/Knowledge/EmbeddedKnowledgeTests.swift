import AdvisorKit
import AdvisorKnowledge
import Foundation
import Testing

@Suite struct EmbeddedKnowledgeTests {
    @Test func knowledgeFolderHasNoProblems() {
        let (knowledge, problems) = KnowledgeLoader.check(folder: Fixtures.knowledgeFolder)
        #expect(problems == [])
        #expect((knowledge?.topics.count ?? 0) >= 30)
    }

    @Test func embeddedKnowledgeIsFreshFromTheFolder() throws {
        let knowledge = try KnowledgeLoader.load(folder: Fixtures.knowledgeFolder)
        let committed = try String(
            contentsOfFile: Fixtures.root + "/Sources/AdvisorKnowledge/EmbeddedKnowledge.swift", encoding: .utf8)
        let isFresh = KnowledgeEmitter.swiftSource(knowledge) == committed
        #expect(isFresh, "Sources/AdvisorKnowledge/EmbeddedKnowledge.swift is stale: run `make knowledge`")
    }

    @Test func embeddedKnowledgeEqualsTheFolder() throws {
        let loaded = try KnowledgeLoader.load(folder: Fixtures.knowledgeFolder)
        let stale = zip(loaded.topics, KnowledgeBase.embedded.topics).filter { $0 != $1 }.map(\.0.id)
        #expect(loaded.topics.count == KnowledgeBase.embedded.topics.count)
        #expect(stale == [], "run `make knowledge`")
        #expect(loaded.lexicon == KnowledgeBase.embedded.lexicon)
    }

    @Test func gettingStartedIsMarkedAsGeneralGuidance() {
        let topics = KnowledgeBase.embedded.topics.filter { $0.intent == .gettingStarted }
        #expect(!topics.isEmpty)
        for topic in topics {
            #expect(topic.origin == .generalGuidance, "\(topic.id)")
            #expect(topic.body.lowercased().contains("general guidance"), "\(topic.id)")
        }
    }
}
