import Foundation
import Testing

@testable import AdvisorKit

/// Printable ASCII text (almost every question) is split into words and sentences byte by byte; any text
/// by scalars or characters. Both ways give the same words and sentences.
@Suite struct ASCIIFastPathTests {
    /// Every question of the labelled sets and the bench mix, and some made to be awkward.
    static let texts: [String] = {
        var texts = [
            "", " ", "a", "A1b2C3", "4yrs", "  Hello,   World!! ", "What's the pay? And 3 years... ok;fine",
            "x.y?z!w;v", "tab\tseparated\twords", "UPPER lower MiXeD 123abc abc123", "...", "?", "a. b? c! d; e",
            "trailing space ", "ML/AI engineer (junior) -- $100k+ @ FAANG #career",
            String(repeating: "word ", count: 250),
        ]
        for file in ["questions.tsv", "forum.tsv", "forum2.tsv", "holdout.tsv"] {
            let path = Fixtures.root + "/Tests/Evaluation/" + file
            let lines = (try? String(contentsOfFile: path, encoding: .utf8))?.split(separator: "\n") ?? []
            texts += lines.compactMap { $0.split(separator: "\t").last.map(String.init) }
        }
        let mix = (try? String(contentsOfFile: Fixtures.root + "/Benchmarks/questions-mix.txt", encoding: .utf8)) ?? ""
        return texts + mix.split(separator: "\n").map(String.init)
    }()

    @Test func wordsAreTheSameEitherWay() {
        #expect(Self.texts.count > 1_000)
        for text in Self.texts {
            for limit in [200, 3, Int.max] {
                guard let fast = Tokenizer.printableASCIIWords(text, limit: limit) else { continue }
                #expect(fast == Tokenizer.scalarWords(text, limit: limit), "\(text)")
            }
        }
        #expect(Tokenizer.printableASCIIWords("café", limit: 200) == nil)
        #expect(Tokenizer.printableASCIIWords("red\u{1B}[0m", limit: 200) == nil)
        #expect(Tokenizer.printableASCIIWords("two\nlines", limit: 200) == nil)
    }

    @Test func sentencePiecesAreTheSameEitherWay() {
        for text in Self.texts {
            guard let fast = Sentences.printableASCIIPieces(text) else { continue }
            let slow = Sentences.characterPieces(text)
            #expect(fast.map(\.text) == slow.map(\.text) && fast.map(\.asking) == slow.map(\.asking), "\(text)")
        }
        #expect(Sentences.printableASCIIPieces("line\r\nbreak") == nil)
        #expect(Sentences.printableASCIIPieces("naïve question?") == nil)
    }

    @Test func sentencesWithoutTheirFullStopAreFoundEitherWay() {
        let awkward = [
            "understanding the industry Is a master's degree still required", "i know python What should I learn",
            "\tWhat\t is\tthis", "ok   so  What  now ", "x What", "What is it", "AI Is hard", "Is", "",
        ]
        for text in Self.texts + awkward {
            guard let fast = Sentences.printableASCIIUnpunctuated(text, language: .english) else { continue }
            #expect(fast == Sentences.characterUnpunctuated(text, language: .english), "\(text)")
        }
    }

    @Test func aQuestionMarkIsFoundEitherWay() {
        let awkward = ["?", "why?", "no", "why?\u{301}", "¿qué?", "naïve?", "a?b", "", "\r\n?"]
        for text in Self.texts + awkward {
            let characters = text.contains(Character("?"))
            #expect(ProfileReader.hasQuestionMark(text) == characters, "\(text)")
        }
        #expect(!ProfileReader.hasQuestionMark("why?\u{301}"))
    }

    /// Whether a text may hold several sentences, judged byte by byte, as before on its `utf8` view.
    @Test func mayHaveSeveralIsAsItWas() {
        func before(_ text: String) -> Bool {
            let bytes = text.utf8
            guard let last = bytes.lastIndex(where: { $0 > 0x20 && !".?!;".utf8.contains($0) }) else { return false }
            var first = true
            for (index, byte) in zip(bytes.indices, bytes) where index < last {
                if byte == 0x2E || byte == 0x3F || byte == 0x21 || byte == 0x3B || byte == 0x0A { return true }
                if !first, byte >= 0x41, byte <= 0x5A { return true }
                if byte > 0x20 { first = false }
            }
            return false
        }
        for text in Self.texts + ["", " ", "?", "a.", ".a", "a. b", "aB", "Ab", " A", "x\nY", "é. b"] {
            #expect(Sentences.mayHaveSeveral(text) == before(text), "\(text)")
        }
    }
}
