import AdvisorKit
import Testing

@Suite struct ConversationTests {
    @Test func ellipticalFollowUpKeepsTheIntent() {
        var advisor = Advisor(engine: Fixtures.engine)
        #expect(advisor.ask("how much can I earn with 3 years of experience?").sources == ["salary-mid"])
        #expect(advisor.ask("and for seniors?").sources == ["salary-senior"])
    }

    @Test func pointerTakesTheRoleInPlay() {
        var advisor = Advisor(engine: Fixtures.engine)
        _ = advisor.ask("What does an NLP engineer do?")
        #expect(advisor.ask("which tools do they use?").sources == ["nlp-engineer-skills"])
        #expect(advisor.ask("what about computer vision engineers?").sources == ["computer-vision-engineer-skills"])
    }

    @Test func whatComesNextMovesAlongThePath() {
        var advisor = Advisor(engine: Fixtures.engine)
        _ = advisor.ask("what does an entry level AI job look like?")
        #expect(advisor.ask("what comes next?").sources == ["mid-level"])
        #expect(advisor.ask("and after that?").sources == ["senior-level"])
    }

    @Test func comparesWithTheRoleInPlay() {
        var advisor = Advisor(engine: Fixtures.engine)
        _ = advisor.ask("What does an NLP engineer do?")
        let answer = advisor.ask("how is that different from a research scientist?")
        #expect(answer.intent == .compare)
    }

    @Test func resetForgetsTheContext() {
        var advisor = Advisor(engine: Fixtures.engine)
        _ = advisor.ask("What does an NLP engineer do?")
        advisor.reset()
        #expect(advisor.context.slots.role == nil)
        #expect(advisor.ask("which tools do they use?").sources != ["nlp-engineer-skills"])
    }
}
