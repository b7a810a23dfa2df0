import Foundation
import Testing

@testable import AdvisorKit

@Suite struct LanguageTests {
    @Test func framingsAreDroppedWhateverTheyFrame() {
        let words = { (text: String) in text.split(separator: " ").map(String.init) }
        #expect(
            Language.withoutFramings(words("from a financial perspective is ai worth it")) == words("is ai worth it"))
        #expect(Language.withoutFramings(words("in my humble opinion ml is hard")) == words("ml is hard"))
        #expect(Language.withoutFramings(words("honestly speaking what pays best")) == words("what pays best"))
        // A word after "from" or "in" that frames nothing stays.
        #expect(Language.withoutFramings(words("moving from a bank to ai")) == words("moving from a bank to ai"))
        #expect(Language.withoutFramings(words("experience in the field")) == words("experience in the field"))
    }

    let language = Language.english

    @Test func chatShorthandIsReadAsTheWordsItStandsFor() {
        let words = Fixtures.engine.answer("wat do ppl make").explanation.terms
        #expect(words.contains("peopl"))
        #expect(!words.contains("ppl"))
    }

    @Test(arguments: [
        ("how can i gain experience", true),
        ("d how can a student gain experience", true),
        ("any tips for a beginner", true),
        ("i applied to phd programs last year", false),
        ("right now i am looking for a job", false),
        ("i want to switch careers to data", true),
        ("my friend wants to switch careers", false),
    ])
    func tellsASentenceThatAsks(sentence: String, asks: Bool) {
        #expect(language.asks(sentence.split(separator: " ").map(String.init)) == asks)
    }

    @Test func idiomsAreReadAsWhatTheySay() {
        let read = { (text: String) in language.idioms.reading(text.split(separator: " ").map(String.init)) }
        #expect(read("of course i took a course") == ["i", "took", "a", "course"])
        #expect(read("thank you in advance") == ["thank", "you"])
        #expect(read("learn sql in order to get hired") == ["learn", "sql", "to", "get", "hired"])
        #expect(read("how much do they make") == ["how", "much", "do", "they", "make"])
        // Set phrases carry no subject: "make it" and "make sense" are no pay, "in advance" no promotion.
        let terms = Fixtures.engine.answer("does it make sense, can you make it? thanks in advance").explanation.terms
        #expect(!terms.contains("make") && !terms.contains("advanc") && !terms.contains("sens"))
    }

    @Test func aPostIsReadAsSentencesThatAskOrTellBackground() {
        let post = Sentences("I applied to PhD programs. All rejected me! How can I gain experience")
        #expect(post.all.map(\.asks) == [false, false, true])
        #expect(post.asking == ["How can I gain experience"])
        #expect(Sentences("How do I start? Which course?").asking.isEmpty)  // all ask: no background
        // A full stop left out before a capitalised question word.
        #expect(Sentences("I know the industry Is a degree required?").asking == ["Is a degree required"])
        #expect(Sentences("I use Python Is it enough").all.count == 2)
        #expect(Sentences("What I Do for a living").all.count == 1)
        #expect(!Sentences.mayHaveSeveral("how do i start?") && !Sentences.mayHaveSeveral("What is it?!"))
        #expect(Sentences.mayHaveSeveral("i know python. what next") && Sentences.mayHaveSeveral("so What next"))
        let words = Fixtures.engine.analyzer.analyze(post: "I love projects. Is the field saturated?").words
        #expect(words.filter(\.isBackground).map(\.text) == ["i", "love", "projects"])
    }

    @Test func fillersAndSlangAreStopWords() {
        for word in ["hm", "tho", "nah", "kinda", "tbh"] { #expect(language.isStopWord(word)) }
        #expect(!language.isStopWord("python"))
    }

    @Test func englishWordsTellWordsNamesAndTypos() {
        let words = EnglishWords(listing: Data("side\nIndia\nlearning\n".utf8))
        #expect(words.kind(of: "side") == .word)
        #expect(words.kind(of: "india") == .name)
        #expect(words.kind(of: "waht") == .unknown)
        #expect(EnglishWords(listing: Data()).kind(of: "side") == .unknown)
    }

    @Test func typosInFunctionAndTopicWordsAreCorrected() {
        let answer = Fixtures.engine.answer("waht does a deep lerning enginer do?")
        #expect(answer.understood)
        #expect(answer.sources.first == "deep-learning-engineer")
    }

    @Test func aWordThatIsNotEnglishIsCorrectedTowardsAnyWordOfTheKnowledge() throws {
        try #require(EnglishWords.system.isAvailable)
        // "understand" is no title, name or cue, but the knowledge uses it, and "udnerstand" is no English.
        let terms = Fixtures.engine.answer("do I need to udnerstand statistics?").explanation.terms
        #expect(terms.contains("understand"))
        #expect(Fixtures.engine.answer("do I need to leearn python?").explanation.terms.contains("learn"))
        // A letter of its own makes a word of its own: jargon is not "corrected" to a shorter word.
        let jargon = Fixtures.engine.answer("backend engineers moving to ml").explanation.corrections
        #expect(!jargon.contains { $0.typed == "backend" })
    }

    @Test func aRealWordSlippedIntoOneOfOurPhrasesIsMended() {
        let answer = Fixtures.engine.answer("tell me about deep leaning engineers")
        #expect(answer.sources.first == "deep-learning-engineer")
        #expect(answer.explanation.corrections.contains { $0.typed == "leaning" && $0.read == "learning" })
        // Alone, a real word stays what it is.
        #expect(Fixtures.engine.answer("leaning towards NLP").explanation.corrections.isEmpty)
    }

    @Test func realWordsAreNeverCorrected() {
        let corrections = Fixtures.engine.answer("is a teacher good at teaching?").explanation.corrections
        #expect(corrections.isEmpty)
    }
}

@Suite struct ForeignLanguageTests {
    @Test(arguments: ["¿Cuánto gana un ingeniero de inteligencia artificial?", "機械学習エンジニアの給料は？"])
    func aQuestionInAnotherLanguageGetsOnlyEnglish(question: String) {
        let answer = Fixtures.engine.answer(question)
        #expect(!answer.understood)
        #expect(answer.text.contains("only understand English"))
    }

    @Test(arguments: ["pytorch vs tensorflow", "LLM RAG LoRA finetuning", "salary?"])
    func englishWithJargonIsNotForeign(question: String) {
        #expect(!Fixtures.engine.answer(question).text.contains("only understand English"))
    }
}
