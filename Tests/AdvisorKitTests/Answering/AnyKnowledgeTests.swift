import AdvisorKit
import AdvisorKnowledge
import Testing

/// The engine assumes nothing about the subject of the knowledge it serves: its own words come from the
/// knowledge's about.yaml, and profile and plan speak only when the knowledge has roles and skills.
@Suite struct AnyKnowledgeTests {
    static let topics: [Topic] = [
        .faq("opening", "Opening hours", "We open 9 to 5.", questions: ["When are you open?"]),
        .faq("parking", "Parking", "Park behind the shop.", questions: ["Where can I park?"]),
    ]
    let plain = Engine(knowledge: KnowledgeBase(topics: Self.topics, lexicon: Lexicon()))
    let described = Engine(
        knowledge: KnowledgeBase(
            topics: Self.topics, lexicon: Lexicon(),
            about: About(
                covers: "our shop: opening hours and parking", greeting: "Hi! I'm the shop's helper.",
                examples: ["When are you open?"])))

    func text(_ answer: Answer) -> String {
        answer.blocks.map { block in
            switch block {
            case .paragraph(let text): text
            case .list(let items): items.joined(separator: "\n")
            }
        }.joined(separator: "\n")
    }

    @Test func helloIsAGreetingWithAnyKnowledge() {
        for engine in [plain, described] {
            for greeting in ["hello", "hey", "hi there"] {
                #expect(engine.answer(greeting).intent == .greeting)
            }
            #expect(engine.answer("thank you").intent == .thanks)
        }
        #expect(text(described.answer("hello")) == "Hi! I'm the shop's helper.")
    }

    @Test func saysNothingAboutAICareersWithoutBeingTold() {
        for question in ["hello", "help", "thanks", "what is the capital of peru"] {
            let said = text(plain.answer(question)) + " " + plain.answer(question).followups.joined(separator: " ")
            #expect(!said.contains("AI") && !said.lowercased().contains("career"), "\(question): \(said)")
        }
        #expect(!plain.answer("what is the capital of peru").understood)
    }

    @Test func speaksOfWhatTheAboutFileSaysItCovers() {
        #expect(text(described.answer("what is the capital of peru")).contains("I can help with our shop"))
        #expect(text(described.answer("thanks")).contains("anything else about our shop."))
        let help = described.answer("help")
        #expect(text(help).contains("I answer questions about our shop: opening hours and parking"))
        #expect(text(help).contains("When are you open?"))
        // Without examples, help offers the knowledge's own first questions.
        #expect(text(plain.answer("help")).contains("Where can I park?"))
    }

    @Test func profileAndPlanSpeakOnlyWithRolesAndSkills() {
        let statement = plain.answer("I know Python and want to be an NLP engineer, what am I missing?")
        #expect(statement.intent != .profile && statement.intent != .plan)
        #expect(Fixtures.engine.answer("I know Python").intent == .profile)
    }

    @Test func theBuiltInKnowledgeSaysWhatItCovers() {
        let about = KnowledgeBase.embedded.about
        #expect(about.subject == "AI-engineering careers")
        #expect(text(Fixtures.engine.answer("hello")).contains("AI-engineering careers"))
    }
}
