import Testing

@testable import AdvisorTerminal

/// Ctrl-R and the arrows through the history, without a terminal.
@Suite struct HistoryKeysTests {
    let entries = ["how much does a junior earn?", "what does an nlp engineer do?", "what is mlops?", "Salary?"]

    @Test func reverseSearchFindsOlderMatchesAndSaysWhenItFails() {
        var search = HistorySearch(entries: entries)
        #expect(search.prompt == "(reverse-i-search)'': ")
        search.type("what")
        #expect(search.match == "what is mlops?")
        search.older()
        #expect(search.match == "what does an nlp engineer do?")
        #expect(search.matchOffset == 0)
        search.older()
        #expect(search.failed)
        #expect(search.match == "what does an nlp engineer do?", "the last match stays")
        search.newer()
        #expect(search.match == "what is mlops?")
        search.type("x")
        #expect(search.prompt == "(failed reverse-i-search)'whatx': ")
        search.deleteBackward()
        #expect(!search.failed)
        #expect(search.match == "what is mlops?")
    }

    @Test func reverseSearchIgnoresCase() {
        var search = HistorySearch(entries: entries)
        search.type("sal")
        #expect(search.match == "Salary?")
    }

    @Test func upWithATypedStartOnlyVisitsEntriesStartingWithIt() {
        var browser = HistoryBrowser(typed: "what", entries: entries)
        #expect(browser.older(in: entries) == "what is mlops?")
        #expect(browser.older(in: entries) == "what does an nlp engineer do?")
        #expect(browser.older(in: entries) == nil)
        #expect(browser.newer(in: entries) == "what is mlops?")
        #expect(browser.newer(in: entries) == "what", "back to what was typed")
        #expect(browser.newer(in: entries) == nil)
    }

    @Test func upWithNothingTypedVisitsEveryEntry() {
        var browser = HistoryBrowser(typed: "", entries: entries)
        #expect(browser.older(in: entries) == "Salary?")
        #expect(browser.older(in: entries) == "what is mlops?")
    }

    @Test func wordsTooLongForALineAreCutAfterASlash() {
        let lines = Wrapper.wrap(
            "History: /tmp/a-rather-long-folder-name/another-long-folder/history", width: 30, hanging: "  ")
        #expect(lines.allSatisfy { $0.count <= 30 })
        #expect(lines.joined().contains("/tmp/"))
    }
}
