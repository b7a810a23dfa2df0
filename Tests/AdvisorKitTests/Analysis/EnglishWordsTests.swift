import Foundation
import Testing

@testable import AdvisorKit

/// The word list's hash table: every word in it is found, words not in it are not, however many.
@Suite struct EnglishWordsTests {
    @Test func theTableHoldsWhatWasInsertedAndNothingElse() {
        var table = EnglishWords.HashTable(minimumCapacity: 4)
        let inserted = (0..<50_000).map { UInt64($0) &* 0x9E37_79B9_7F4A_7C15 ^ 0xABCD }
        for hash in inserted { table.insert(hash) }
        for hash in inserted.prefix(100) { table.insert(hash) }  // again: no change
        #expect(table.count == inserted.count)
        #expect(inserted.allSatisfy(table.contains))
        let absent = (50_000..<60_000).map { UInt64($0) &* 0x9E37_79B9_7F4A_7C15 ^ 0xABCD }
        #expect(!absent.contains(where: table.contains))
        #expect(!table.contains(0))
        table.insert(0)
        #expect(table.contains(0) && table.count == inserted.count + 1)
    }

    @Test func aListIsReadWordByWord() {
        let words = EnglishWords(listing: Data("side\r\nIndia\nlearning\n\nlast".utf8))
        #expect(words.kind(of: "side") == .word)
        #expect(words.kind(of: "learning") == .word)
        #expect(words.kind(of: "last") == .word)
        #expect(words.kind(of: "india") == .name)
        #expect(words.kind(of: "waht") == .unknown)
        #expect(words.isAvailable)
    }

    @Test func slipsKeepEveryLetterTyped() {
        let words = EnglishWords(listing: Data("explained\nusing\nback\nbacked\nlearn\nsalary\nIndia\n".utf8))
        #expect(words.slips(of: "expalined") == ["explained"])  // two neighbours swapped
        #expect(words.slips(of: "usimg") == ["using"])  // a letter changed
        #expect(words.slips(of: "salry") == ["salary"])  // a letter missing
        #expect(words.slips(of: "leearn") == ["learn"])  // a letter typed twice
        #expect(words.slips(of: "backend").isEmpty)  // "n" is a letter of its own, not a slip
        #expect(words.slips(of: "indja").isEmpty)  // names are not candidates
        #expect(words.slips(of: "sal").isEmpty && words.slips(of: "Usimg").isEmpty)
    }
}
