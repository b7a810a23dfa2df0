import Foundation
import Testing

@testable import AdvisorKit

/// `WordTable` answers as the dictionary it holds, whatever its filter rules out.
@Suite struct WordTableTests {
    @Test func answersAsItsDictionaryForKeysAndOtherWords() throws {
        let keys = ["a", "of", "make", "machine", "deep", "c++", "café", "naïve", "x", "", "🙂", "rn"]
        var values: [String: Int] = [:]
        for (index, key) in keys.enumerated() { values[key] = index }
        let table = WordTable(values)
        for key in keys { #expect(table[key] == values[key]) }
        // Every word of the labelled questions and the bench mix, keys or not.
        let texts = [
            try String(contentsOfFile: Fixtures.root + "/Tests/Evaluation/questions.tsv", encoding: .utf8),
            try String(contentsOfFile: Fixtures.root + "/Benchmarks/questions-mix.txt", encoding: .utf8),
        ]
        var checked = 0
        for text in texts {
            for word in Tokenizer.words(text, limit: nil) + keys.map({ $0 + "s" }) {
                #expect(table[word] == values[word], "\(word)")
                checked += 1
            }
        }
        #expect(checked > 1_000)
    }

    @Test func theLanguagesTablesAreItsDictionaries() {
        let english = Language.english
        for (word, expansion) in english.shorthand.values { #expect(english.shorthand[word] == expansion) }
        #expect(english.shorthand["people"] == nil)
        #expect(WordTable<Int>([:])["anything"] == nil)
    }
}
