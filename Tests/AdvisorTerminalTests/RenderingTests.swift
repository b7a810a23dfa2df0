import AdvisorKit
import Testing

@testable import AdvisorTerminal

@Suite struct RenderingTests {
    @Test func helpWrapsToTheWidthWithAHangingIndent() {
        let help = CatalogRenderer(width: 50, style: .plain).help(commands: MetaCommand.standard)
        let lines = help.split(separator: "\n")
        #expect(lines.allSatisfy { Wrapper.displayWidth($0) <= 50 })
        #expect(lines.contains("  /why             why the last answer: what I"))
        #expect(lines.contains("                   understood and which passages"))
    }

    @Test func theSourceLineMarksWhichSourcesAreGeneralGuidance() {
        var answer = Engine(knowledge: TestKnowledge.base).answer("what does an nlp engineer do?")
        answer.sources = ["salary", "getting-started"]
        answer.origins = ["article", "general guidance"]
        #expect(TextRenderer.sourceLine(answer) == "(source: salary, getting-started (general guidance))")
        answer.origins = ["general guidance", "general guidance"]
        #expect(TextRenderer.sourceLine(answer) == "(source: salary, getting-started; general guidance)")
        answer.origins = ["article", "article"]
        #expect(TextRenderer.sourceLine(answer) == "(source: salary, getting-started)")
    }

    @Test func answersWrapAndListsStayLists() {
        var answer = Engine(knowledge: TestKnowledge.base).answer("what does an nlp engineer do?")
        answer.blocks = [
            .paragraph("one two three four five six seven eight nine ten eleven twelve"),
            .list(["alpha beta gamma delta epsilon zeta eta theta", "iota"]),
        ]
        let text = TextRenderer(width: 30, style: .plain).render(answer)
        #expect(
            text.contains(
                "one two three four five six\nseven eight nine ten eleven\ntwelve\n\n  • alpha beta gamma delta\n"
                    + "    epsilon zeta eta theta\n  • iota"))
    }

    @Test func aTopicOfAnyKnowledgeFoundByRetrievalSaysNothingAboutAICareers() {
        let topics = [
            Topic(
                id: "parking", title: "Where to park", intent: nil, origin: .article, questions: [],
                body: "Park behind the shop, free after six.", file: "parking.md"),
            Topic(
                id: "opening", title: "Opening hours", intent: nil, origin: .article, questions: [],
                body: "We open at nine.", file: "opening.md"),
        ]
        let answer = Engine(knowledge: KnowledgeBase(topics: topics, lexicon: Lexicon())).answer("where do I park?")
        #expect(answer.understood)
        let sentence = ReadingSummary.sentence(answer)
        #expect(sentence == "I answered this from “Where to park”, the topic that matched it best.")
        #expect(!sentence.contains("AI"))
    }

    @Test func explanationNumbers() {
        #expect(NumberText.fixed(0.5, 2) == "0.50")
        #expect(NumberText.fixed(1, 3) == "1.000")
        #expect(NumberText.fixed(0.0449, 2) == "0.04")
        #expect(NumberText.fixed(12.345, 1) == "12.3")
        #expect(NumberText.fixed(-0.25, 2) == "-0.25")
        #expect(NumberText.fixed(3.6, 0) == "4")
        #expect(NumberText.percent(0.974) == "97.4%")
        #expect(NumberText.percent(1) == "100.0%")
        for (value, text) in [(0.0, "0"), (0.004, "0"), (0.05, "0.05"), (0.5, "0.50"), (0.999, "1"), (1.7, "1")] {
            #expect(NumberText.share(value) == text, "\(value)")
        }
    }

    @Test func promptColumnsCountNoColorCodes() {
        #expect(LineEditor.visibleColumns("\u{1B}[36madvisor>\u{1B}[0m ") == 9)
        #expect(LineEditor.visibleColumns("café> ") == 6)
    }

    @Test func promptColorCodesTakeNoRoom() {
        let prompt = Style(color: true).accent("advisor>") + " "
        #expect(LineEditor.markingInvisible(prompt) == "\u{1}\u{1B}[36m\u{1}advisor>\u{1}\u{1B}[0m\u{1} ")
        #expect(LineEditor.markingInvisible("plain> ") == "plain> ")
    }
}
