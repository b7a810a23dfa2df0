import Testing

@testable import AdvisorKit

@Suite struct CharacterGramsTests {
    @Test func aWordsGramsRunFromEdgeToEdge() {
        // " ab " is four characters: two grams of three, then the whole word for four and for five.
        #expect(CharacterGrams.grams(of: "AB") == [" ab", "ab ", " ab ", " ab "])
        #expect(CharacterGrams.grams(of: "e-mail").contains(" mail"))
        #expect(CharacterGrams.grams(of: "").isEmpty)
    }

    @Test func wordFormsStemsMissAreAlikeInSpelling() {
        let grams = CharacterGrams(topics: [
            "Share a document with a colleague", "Adding bibliographic references to a document",
        ])
        let similar = grams.similarities("how can I add a bibliography")
        #expect(similar[1] > 0.2)
        #expect(similar[1] > 3 * similar[0])
    }

    @Test func aTopicsOwnQuestionIsWhollyAlike() {
        let grams = CharacterGrams(topics: ["Export mail messages", "Filter mail from one sender"])
        #expect(abs(grams.similarities("Filter mail from one sender")[1] - 1) < 1e-9)
        #expect(grams.similarities("zzyzx qqq") == [0, 0])
    }
}

@Suite struct RetrievalBlendTests {
    @Test func theStandardIsTheIndexsOwnOrderAndComesFirst() {
        #expect(RetrievalBlend.standard.isStandard)
        #expect(RetrievalBlend.standard.gramShare == 0)
        #expect(RetrievalBlend.standard.topicShare == TFIDFIndex.topicShare)
        #expect(RetrievalBlend.candidates.first == .standard)
        #expect(ThresholdCalibration.blends == RetrievalBlend.candidates)
        #expect(ConfidencePolicy.standard.blend == .standard)
    }

    @Test func relevanceBlendsTheWordsAndTheSpelling() {
        let blend = RetrievalBlend(topicShare: 0.5, gramShare: 0.5)
        // Words: half of 0.4 and half of 0.2; then half of that and half of the spelling's 1.
        #expect(abs(blend.relevance(score: 0.4, whole: 0.2, spelling: 1) - 0.65) < 1e-12)
        #expect(blend.relevance(score: 1, whole: 1, spelling: 1) == 1)
    }

    @Test func theRunnerUpIsReadOnTheWordsWhenTheSpellingIsBlendedIn() {
        var first = RunnerUpTests.match(0, relevance: 0.8)
        var second = RunnerUpTests.match(1, relevance: 0.4)
        #expect(ConfidencePolicy.runnerUpShares([first, second]) == [0.5])
        // Spelled far more alike than the second, the first is as near it in words.
        first.words = 0.3
        second.words = 0.3
        #expect(ConfidencePolicy.runnerUpShares([first, second]) == [1])
        second.words = 0.15
        #expect(ConfidencePolicy.runnerUpShares([first, second]) == [0.5])
    }

    /// A FAQ whose second topic a question names only in other word forms ("bibliography", "adding").
    static let documents = KnowledgeBase(
        topics: [
            .faq("share", "Share a document with a colleague", "Open the share menu and type their address."),
            .faq("references", "Adding bibliographic references to a document", "Use the citations add-on."),
        ], lexicon: Lexicon())

    @Test func theSpellingRanksAWordFormStemsMiss() {
        var policy = ConfidencePolicy.standard
        policy.threshold = 0.001
        let question = "how do I put a bibliography in my document"
        let standard = Engine(knowledge: Self.documents, policy: policy).answer(question)
        policy.blend = RetrievalBlend(topicShare: 0.5, gramShare: 0.5)
        let blended = Engine(knowledge: Self.documents, policy: policy).answer(question)
        #expect(standard.sources.first == "share")
        #expect(blended.sources.first == "references")
    }

    @Test func calibrationKeepsTheBlendThatRanksTheKnowledgesOwnQuestionsFirstMostOften() {
        let calibration = ThresholdCalibration(knowledge: Self.documents)
        let engine = Engine(knowledge: Self.documents, policy: .standard)
        let ranked = RetrievalBlend.candidates.map { blend in
            var policy = ConfidencePolicy.standard
            policy.blend = blend
            return engine.calibrationSamples(under: [policy])[0].rankedFirst
        }
        let best = ranked.max()!
        #expect(calibration.blend == RetrievalBlend.candidates[ranked.firstIndex(of: best)!])
        #expect(calibration.samples.rankedFirst == best)
        #expect(calibration.applied(to: .standard).blend == calibration.blend)
        #expect(calibration.summary.contains("of the spelling"))
    }
}
