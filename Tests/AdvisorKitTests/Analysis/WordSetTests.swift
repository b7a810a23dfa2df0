import Foundation
import Testing

@testable import AdvisorKit

/// `WordSet` answers as the set it holds, whatever its filter rules out; `Engine.mayJoin` as the search of
/// the lowered sentence it replaces.
@Suite struct WordSetTests {
    @Test func answersAsItsSetForMembersAndOtherWords() throws {
        let members = ["a", "of", "make", "machine", "deep", "c++", "café", "naïve", "x", "", "🙂", "rn"]
        let set = WordSet(members)
        for word in members { #expect(set.contains(word)) }
        let english = Language.english
        let texts = [
            try String(contentsOfFile: Fixtures.root + "/Tests/Evaluation/questions.tsv", encoding: .utf8),
            try String(contentsOfFile: Fixtures.root + "/Benchmarks/questions-mix.txt", encoding: .utf8),
        ]
        var checked = 0
        for text in texts {
            for word in Tokenizer.words(text, limit: nil) + members.map({ $0 + "s" }) {
                #expect(set.contains(word) == set.words.contains(word), "\(word)")
                for list in [english.stopWords, english.questionWords, english.negations, english.firstPerson] {
                    #expect(list.contains(word) == list.words.contains(word), "\(word)")
                }
                checked += 1
            }
        }
        #expect(checked > 1_000)
        #expect(!WordSet([]).contains(""))
    }

    @Test func findsAJoiningWordAsTheLoweredSentenceDoes() throws {
        let text = try String(contentsOfFile: Fixtures.root + "/Benchmarks/questions-mix.txt", encoding: .utf8)
        let sentences =
            text.split(separator: "\n").map(String.init) + [
                "What AND how", "x & y", " and ", "and ", " also", "Plus  PLUS ", "naïve ÄND and", "", "&",
            ]
        for sentence in sentences {
            let lowered = sentence.lowercased()
            let expected = ["and", "also", "plus", "&"].contains { lowered.contains(" \($0) ") }
            #expect(Engine.mayJoin(sentence) == expected, "\(sentence)")
        }
    }
}
