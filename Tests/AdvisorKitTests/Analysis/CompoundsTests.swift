import Testing

@testable import AdvisorKit

/// Compounds written apart read as the knowledge writes them.
@Suite struct CompoundsTests {
    static let known: Set<String> = ["backup", "email", "setup"]

    @Test func twoWordsMakingAKnownWordReadAsIt() {
        let result = Compounds.joining(["back", "up", "my", "e", "mail"]) { Self.known.contains($0) }
        #expect(result.words == ["backup", "my", "email"])
        #expect(result.corrections.map(\.read) == ["backup", "email"])
        #expect(result.corrections.first?.typed == "back up")
    }

    @Test func otherPairsAndShortWordsStayApart() {
        #expect(Compounds.joining(["set", "a", "timer"]) { Self.known.contains($0) }.words == ["set", "a", "timer"])
        #expect(Compounds.joining(["a", "b"]) { _ in true }.words == ["a", "b"])
        #expect(Compounds.joining(["setup"]) { _ in true }.words == ["setup"])
    }

    @Test func aPairIsLookedUpWithoutJoiningIt() {
        let words: FrozenWords = ["backup", "email", "setup", "c++", "café", "a"]
        let parts = ["back", "up", "e", "mail", "set", "c", "++", "caf", "é", "", "a", "mailx", "cafe", "upback"]
        for first in parts {
            for second in parts {
                #expect(
                    words.contains(first, joinedWith: second) == words.contains(first + second), "\(first) \(second)")
            }
        }
        let skipped = Compounds.joining(["back", "up"], mayJoin: { _, _ in false }) { _ in true }
        #expect(skipped.words == ["back", "up"])
    }

    @Test func aWordJoinsOnePairAtMost() {
        #expect(Compounds.joining(["set", "up", "up"]) { Self.known.contains($0) }.words == ["setup", "up"])
    }

    @Test func aQuestionMeetsTheKnowledgesSpelling() {
        let knowledge = KnowledgeBase(
            topics: [
                .faq("backup", "Backup all tweets", "Request your archive: it is a backup of every tweet."),
                .faq("delete", "Delete a tweet", "Open the tweet and choose delete."),
            ], lexicon: Lexicon())
        let engine = Engine(knowledge: knowledge)
        #expect(engine.analyzer.analyze("how do I back up my tweets").terms.contains("backup"))
        // The knowledge's own text is read as written.
        #expect(Analyzer(lexicon: Lexicon()).analyze(knowledge: "back up").terms == ["back"])
    }
}
