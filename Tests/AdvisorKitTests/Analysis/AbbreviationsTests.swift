import Testing

@testable import AdvisorKit

/// Two-letter abbreviations of the knowledge's compound words.
@Suite struct AbbreviationsTests {
    static let english: Set<String> = ["face", "book", "feed", "back", "drop", "box", "sub", "field", "data", "set"]
    func abbreviations(_ frequency: [String: Int]) -> Abbreviations {
        Abbreviations(frequency: frequency, isEnglish: { Self.english.contains($0) })
    }

    @Test func aCompoundOfTwoEnglishWordsIsAbbreviatedByItsInitials() {
        let table = abbreviations(["facebook": 5, "dropbox": 3, "account": 9])
        #expect(table.expansion(of: "fb") == "facebook")
        #expect(table.expansion(of: "db") == "dropbox")
        #expect(table.expansion(of: "ac") == nil)
        #expect(table.expansion(of: "facebook") == nil)
    }

    @Test func theMostFrequentCompoundWins() {
        let table = abbreviations(["facebook": 5, "feedback": 2])
        #expect(table.expansion(of: "fb") == "facebook")
        #expect(abbreviations(["facebook": 2, "feedback": 7]).expansion(of: "fb") == "feedback")
    }

    @Test func englishWordsRareWordsAndShortPartsAreLeftAlone() {
        // "dataset" is English here; "subfield" is used once; "ab" + "cd" parts are too short.
        var english = Self.english
        english.insert("dataset")
        let table = Abbreviations(
            frequency: ["dataset": 9, "subfield": 1, "abcd": 4], isEnglish: { english.contains($0) })
        #expect(table.expansions.isEmpty)
    }

    @Test func aQuestionReadsTheAbbreviationAsTheKnowledgesWord() throws {
        try #require(EnglishWords.system.isAvailable)
        let topics: [Topic] = [
            .faq("delete", "Delete a Facebook account", "Facebook deletes the account after two weeks."),
            .faq("backup", "Back up a mailbox", "Export the mailbox from the settings page."),
        ]
        let engine = Engine(knowledge: KnowledgeBase(topics: topics, lexicon: Lexicon()))
        let analysis = engine.analyzer.analyze("removing my fb account")
        #expect(analysis.words.map(\.text).contains("facebook"))
        #expect(analysis.corrections.contains { $0.typed == "fb" && $0.read == "facebook" })
        #expect(engine.answer("removing my fb account").sources.first == "delete")
    }
}
