import AdvisorKit
import Testing

@Suite struct RetrievalTests {
    let engine = Fixtures.engine

    @Test func ranksTheTopicWhoseQuestionsMatchFirst() throws {
        let matches = engine.answer("Who builds chatbots and virtual assistants?").explanation.matches
        #expect(matches.first?.id == "nlp-engineer")
        #expect((matches.first?.score ?? 0) > 0.5)
    }

    @Test func explainsWhichTermsContributed() throws {
        let top = try #require(engine.answer("hadoop spark cloud").explanation.matches.first)
        #expect(top.id == "data")
        #expect(top.terms.contains { $0.term == "hadoop" })
        #expect(top.terms.map(\.weight) == top.terms.map(\.weight).sorted(by: >))
    }

    @Test func isDeterministic() {
        let question = "what skills and tools do engineers need"
        let first = engine.answer(question).explanation.matches
        for _ in 0..<5 { #expect(engine.answer(question).explanation.matches == first) }
    }

    /// Found by the fuzzer: coverage was divided by the rounded square of the norm, so a question wholly
    /// covered by a topic ("AI eng") got a coverage, and an answer a confidence, of 1.0000000000000002.
    @Test func aWhollyCoveredQuestionHasCoverageOfExactlyOne() throws {
        for question in ["AI eng", "salary", "nlp engineer skills"] {
            let answer = engine.answer(question)
            #expect(answer.confidence <= 1)
            for match in answer.explanation.matches { #expect(match.coverage <= 1) }
        }
    }

    @Test func scoresStayBetweenZeroAndOne() {
        for question in ["salary", "ai ai ai ai", "python python", "zzzz"] {
            for match in engine.answer(question).explanation.matches {
                #expect(match.score >= 0 && match.score <= 1.0001)
                #expect(match.coverage >= 0 && match.coverage <= 1.0001)
            }
        }
    }

    /// The 200-word cap is for questions: a fact after word 200 of a topic's text is found.
    @Test func indexesKnowledgeTextWhole() throws {
        let filler = Array(repeating: "Notes about the office and its rooms.", count: 60).joined(separator: " ")
        let topics = [
            Topic(
                id: "office", title: "The office", intent: nil, origin: .article,
                body: filler + " The espresso machine is descaled on Fridays.", file: "office.md"),
            Topic(id: "garden", title: "The garden", intent: nil, origin: .article, body: "Roses.", file: "garden.md"),
        ]
        let engine = Engine(knowledge: KnowledgeBase(topics: topics, lexicon: Lexicon()))
        let top = try #require(engine.answer("when is the espresso machine descaled").explanation.matches.first)
        #expect(top.id == "office")
        #expect(top.terms.contains { $0.term == "espresso" })
    }
}
