import AdvisorKnowledge
import Testing

@testable import AdvisorKit

/// `FrozenWords` answers as the dictionary or set it stands for, however it was made.
@Suite struct FrozenWordsTests {
    static let counts: [String: Int] = {
        var counts: [String: Int] = [:]
        for (number, word) in Tokenizer.words(
            KnowledgeBase.embedded.topics.map(\.body).joined(separator: " "), limit: nil
        )
        .enumerated() {
            counts[word, default: 0] += number % 3
        }
        return counts.merging(["café": 2, "naïve": 1, "": 4, "a b": 5]) { $1 }
    }()

    @Test func answersAsItsDictionary() {
        let frozen = FrozenWords(Self.counts)
        #expect(frozen.count == Self.counts.count)
        for (word, count) in Self.counts { #expect(frozen[word] == count, "\(word)") }
        for word in Self.counts.keys.map({ $0 + "s" }) + ["zzz", "caf", "cafe", "naive", " ", "ab"] {
            #expect(frozen[word] == Self.counts[word], "\(word)")
            #expect(frozen.contains(word) == (Self.counts[word] != nil))
        }
        #expect(frozen.words == Self.counts.keys.sorted())
        #expect(frozen.entries.map(\.key) == Self.counts.keys.sorted())
        #expect(frozen.filter { $0.value > 1 } == Self.counts.filter { $0.value > 1 })
    }

    @Test func madeFromBytesItIsTheSame() {
        var source: [UInt8] = [7, 7]
        var ranges: [Range<Int>] = []
        let sorted = Self.counts.sorted { $0.key < $1.key }
        for (word, _) in sorted {
            ranges.append(source.count..<(source.count + word.utf8.count))
            source += Array(word.utf8) + [0]
        }
        #expect(FrozenWords(ranges, in: source, counts: sorted.map(\.value)) == FrozenWords(Self.counts))
        #expect(FrozenWords(ranges, in: source) == FrozenWords(Set(Self.counts.keys)))
    }

    @Test func emptyAndLiterals() {
        let empty: FrozenWords = []
        #expect(empty.count == 0 && !empty.contains("") && empty["a"] == nil)
        #expect(([:] as FrozenWords) == empty)
        let set: FrozenWords = ["b", "a"]
        #expect(set.words == ["a", "b"] && set["a"] == 0 && !set.contains("c"))
        let counted: FrozenWords = ["a": 3]
        #expect(counted["a"] == 3 && counted.count == 1)
    }
}
