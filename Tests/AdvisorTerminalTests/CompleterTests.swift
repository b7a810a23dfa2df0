import Testing

@testable import AdvisorTerminal

@Suite struct CompleterTests {
    let completer = Completer(knowledge: TestKnowledge.base, commands: MetaCommand.standard)

    @Test func vocabularyHoldsNamesTitlesKeywordsAndTheirWords() {
        let vocabulary = Completer.vocabulary(of: TestKnowledge.base)
        for expected in [
            "nlp engineer", "natural language processing engineer", "machine translation", "chatbots",
            "ai engineer salaries", "linguistics", "engineer", "translation", "ml engineer", "nlp",
        ] {
            #expect(vocabulary.contains(expected), "\(expected)")
        }
        #expect(!vocabulary.contains("$90,000"))
        #expect(!vocabulary.contains("of"))
        #expect(!vocabulary.contains("skills of an nlp engineer"))  // five words: a sentence, not a name
        #expect(vocabulary == vocabulary.sorted())
    }

    @Test func completesMetaCommands() {
        #expect(completer.complete("/he") == Completion(typed: "/he", candidates: ["/help"]))
        #expect(completer.complete("  /r").candidates == ["/reset", "/roles"])
        #expect(completer.complete("/HE").candidates == ["/HElp"])
        #expect(completer.complete("/help t").candidates.isEmpty)
        #expect(completer.complete("/zz").candidates.isEmpty)
    }

    @Test func anEmptyLineOffersEveryCommand() {
        let completion = completer.complete("")
        #expect(completion.typed.isEmpty)
        #expect(
            completion.candidates == [
                "/exit", "/help", "/plan", "/profile", "/quit", "/reset", "/roles", "/topics", "/why",
            ])
    }

    @Test func completesRoleNamesAndTopicWords() {
        let completion = completer.complete("what does an nl")
        #expect(completion.typed == "nl")
        #expect(completion.candidates == ["nlp", "nlp engineer"])
        #expect(completion.commonPrefix == "nlp")
        #expect(completer.complete("ling").candidates == ["linguistics"])
        #expect(completer.complete("what about xyz").candidates.isEmpty)
    }

    @Test func completesPhrasesAcrossWords() {
        let completion = completer.complete("what does a machine le")
        #expect(completion.typed == "machine le")
        #expect(completion.candidates == ["machine learning", "machine learning engineer"])
        #expect(completer.complete("an nlp ").candidates == ["nlp engineer "].map { $0.trimmingWhitespace })
        #expect(completer.complete("natural language pro").candidates == ["natural language processing engineer"])
    }

    @Test func keepsWhatTheUserTyped() {
        #expect(completer.complete("What about NL").candidates == ["NLp", "NLp engineer"])
    }

    @Test func commonPrefixOfCandidates() {
        #expect(Completion(typed: "m", candidates: ["machine", "machinery", "mach"]).commonPrefix == "mach")
        #expect(Completion(typed: "", candidates: []).commonPrefix == "")
        #expect(Completion(typed: "x", candidates: ["xyz"]).commonPrefix == "xyz")
    }

    @Test func listingFillsColumnsDownThenAcross() {
        let completion = Completion(typed: "", candidates: ["/exit", "/help", "/quit", "/reset", "/roles"])
        #expect(completion.listing(width: 24) == "/exit   /quit   /roles\n/help   /reset\n")
        #expect(completion.listing(width: 5) == "/exit\n/help\n/quit\n/reset\n/roles\n")
        let many = Completion(typed: "", candidates: (1...5).map { "w\($0)" })
        #expect(many.listing(width: 80, limit: 2) == "w1  w2\n(3 more)\n")
        #expect(Completion.none.listing(width: 80).isEmpty)
    }
}
