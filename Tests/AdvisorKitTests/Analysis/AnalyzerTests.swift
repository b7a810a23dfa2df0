import AdvisorKit
import AdvisorKnowledge
import Testing

@Suite struct AnalyzerTests {
    let engine = Fixtures.engine

    @Test func tokenizesUnicodeAndFoldsCase() {
        let analysis = Analyzer(lexicon: Lexicon()).analyze("Café ÉLÈVE, 4yrs — naïve?")
        #expect(analysis.words.map(\.text) == ["café", "élève", "4", "yrs", "naïve"])
    }

    @Test func dropsControlCharactersAndEscapes() {
        let analysis = Analyzer(lexicon: Lexicon()).analyze("\u{1B}[31mred\u{1B}[0m\u{0}nul\u{7}")
        #expect(analysis.words.map(\.text).allSatisfy { $0.unicodeScalars.allSatisfy { $0.value >= 0x20 } })
        #expect(analysis.words.map(\.text).contains("red"))
    }

    @Test func anEscapeSequenceIsNotCutByASentenceBreak() {
        // The ";" of an OSC title sequence is no sentence break: "pwned" is no word of the question.
        let answer = engine.answer("\u{1B}]0;pwned\u{07}\u{1B}[2J\u{1B}[31mwhat does an nlp engineer do?")
        #expect(!answer.explanation.terms.contains("pwned"))
        #expect(answer.confidence == engine.answer("what does an nlp engineer do?").confidence)
    }

    @Test func stemsWithSnowball() {
        let analysis = Analyzer(lexicon: Lexicon()).analyze("engineers engineering salaries statistics")
        #expect(analysis.stems == ["engin", "engin", "salari", "statist"])
    }

    @Test func appliesLexiconSynonymsLongestFirst() {
        let lexicon = Lexicon(synonyms: [
            "ml": ["machine learning"], "ml engineer": ["mle"], "salary": ["pay", "earn"],
        ])
        let analysis = Analyzer(lexicon: lexicon).analyze("What do MLEs earn in machine learning?")
        #expect(analysis.words.map(\.text).contains("ml"))
        #expect(analysis.words.map(\.text).contains("salary"))
        #expect(!analysis.words.map(\.text).contains("machine"))
    }

    @Test(arguments: [
        ("pytorh", "pytorch"), ("statistcs", "statistics"), ("sallary", "salary"), ("reserch", "research"),
        // Through the English word list, to a form the knowledge uses (the cue is "explain").
        ("expalined", "explained"), ("usimg", "using"),
    ])
    func correctsTyposAgainstTheKnowledge(typed: String, meant: String) {
        let reading = engine.answer(typed).explanation
        #expect(reading.corrections.contains { $0.typed == typed && $0.read == meant })
    }

    @Test func leavesShortAndOutsideWordsAlone() {
        #expect(engine.answer("will it rain today").explanation.corrections.isEmpty)
        #expect(engine.answer("pilot salary").explanation.corrections.isEmpty)
        // An outside word is known, but no typo is read as one ("youtube" is not "youtuber").
        #expect(engine.answer("youtube tutorials for ml?").explanation.corrections.isEmpty)
    }

    @Test func readsARealWordAsAnotherOnlyWhenThatMakesSense() throws {
        try #require(EnglishWords.system.isAvailable)
        // Declined as typed, sure with the slip mended: answered, and the answer says how it was read.
        let mended = engine.answer("what sills does an ai engineer need?")
        #expect(mended.understood && mended.intent == .skills)
        #expect(mended.readAs == [.init(typed: "sills", read: "skills", ofRealWord: true)])
        // A real word that makes sense as typed is kept; so is one whose mended reading is not sure.
        #expect(engine.answer("what skills does an ai engineer need?").readAs.isEmpty)
        let staring = engine.answer("my vision is blurry after staring at my computer screen all day, is that normal?")
        #expect(!staring.understood && staring.readAs.isEmpty)
    }

    @Test func readsContractions() {
        let analysis = Analyzer(lexicon: Lexicon()).analyze("what's AI")
        #expect(analysis.words.map(\.text) == ["what", "is", "ai"])
    }

    @Test func boundsVeryLongInput() {
        let analysis = Analyzer(lexicon: Lexicon()).analyze(String(repeating: "word ", count: 100_000))
        #expect(analysis.words.count <= 200)
    }
}
