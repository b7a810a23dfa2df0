import Foundation
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
        #expect(completer.complete("/help t").candidates == ["topics"])
        #expect(completer.complete("/why t").candidates.isEmpty)
        #expect(completer.complete("/zz").candidates.isEmpty)
    }

    @Test func anEmptyLineOffersEveryCommand() {
        let completion = completer.complete("")
        #expect(completion.typed.isEmpty)
        #expect(
            completion.candidates == [
                "/exit", "/forget", "/help", "/pager", "/plan", "/profile", "/quit", "/reset", "/roles", "/topics",
                "/why",
            ])
    }

    @Test func completesRoleNamesAndTopicWords() {
        let completion = completer.complete("what does an nl")
        #expect(completion.typed == "nl")
        #expect(completion.candidates == ["NLP", "NLP engineer"])
        #expect(completion.commonPrefix == "NLP")
        #expect(completer.complete("ling").candidates == ["linguistics"])
        #expect(completer.complete("what about xyz").candidates.isEmpty)
    }

    @Test func completesPhrasesAcrossWords() {
        let completion = completer.complete("what does a machine le")
        #expect(completion.typed == "machine le")
        #expect(completion.candidates == ["machine learning", "machine learning engineer"])
        #expect(completer.complete("an nlp ").candidates == ["NLP engineer"])
        #expect(completer.complete("natural language pro").candidates == ["natural language processing engineer"])
    }

    @Test func keepsTheKnowledgesCapitalsElseWhatTheUserTyped() {
        #expect(completer.complete("What about NL").candidates == ["NLP", "NLP engineer"])
        #expect(completer.complete("what about nl").candidates == ["NLP", "NLP engineer"])
        #expect(completer.complete("LING").candidates == ["LINGuistics"])
    }

    @Test func rolesAfterBeAOrBecomeAn() {
        let roles = completer.complete("I want to be an ")
        #expect(roles.typed.isEmpty)
        #expect(roles.candidates.contains("NLP engineer"))
        #expect(!roles.candidates.contains("linguistics"), "only roles")
        #expect(completer.complete("how do I become an nl").candidates == ["NLP engineer"])
        #expect(completer.complete("what about nl").candidates.count == 2, "words too, elsewhere")
    }

    @Test func commandNamesAfterHelp() {
        #expect(completer.complete("/help pl") == Completion(typed: "pl", candidates: ["plan"]))
        #expect(completer.complete("/help ").candidates.contains("why"))
    }

    @Test func fileNamesAfterPlan() throws {
        let folder = try TestKnowledge.temporaryFolder()
        defer { TestKnowledge.remove(folder) }
        try "x".write(toFile: folder + "/plan.md", atomically: false, encoding: .utf8)
        try FileManager.default.createDirectory(atPath: folder + "/plans", withIntermediateDirectories: false)
        try "x".write(toFile: folder + "/.hidden", atomically: false, encoding: .utf8)
        let completion = completer.complete("/plan " + folder + "/pl")
        #expect(completion.typed == folder + "/pl")
        #expect(completion.candidates == [folder + "/plan.md", folder + "/plans/"])
        #expect(completer.complete("/plan " + folder + "/").candidates.count == 2, "no hidden files")
    }

    @Test func tabInsideAWordCompletesNothing() {
        #expect(completer.complete("what does an nl", after: "p engineer do?").candidates.isEmpty)
        #expect(completer.complete("what does an nl", after: " engineer do?").candidates == ["NLP", "NLP engineer"])
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
