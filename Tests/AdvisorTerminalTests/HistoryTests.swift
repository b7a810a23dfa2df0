import Foundation
import Testing

@testable import AdvisorTerminal

@Suite struct HistoryTests {
    @Test func pathFollowsTheEnvironment() {
        #expect(History.path(environment: ["CAREER_ADVISOR_HISTORY": "/x/h", "HOME": "/home/a"]) == "/x/h")
        #expect(
            History.path(environment: ["XDG_STATE_HOME": "/state", "HOME": "/home/a"])
                == "/state/career-advisor/history")
        #expect(History.path(environment: ["HOME": "/home/a"]) == "/home/a/.local/state/career-advisor/history")
        // A relative XDG_STATE_HOME is ignored, as the XDG specification says.
        #expect(
            History.path(environment: ["XDG_STATE_HOME": "state", "HOME": "/home/a/"])
                == "/home/a/.local/state/career-advisor/history")
        #expect(History.path(environment: [:]) == nil)
    }

    @Test func linesAreAppendedAsEnteredWithFolderAndFileModes() throws {
        let folder = try TestKnowledge.temporaryFolder()
        defer { TestKnowledge.remove(folder) }
        let path = folder + "/a/b/history"
        var history = History(path: path)
        #expect(history.load() == nil)  // missing: no warning
        #expect(history.add("what does an nlp engineer do?") == (true, nil))
        #expect(try TestKnowledge.lines(path) == ["what does an nlp engineer do?"])
        #expect(history.add("/help") == (true, nil))
        #expect(try TestKnowledge.lines(path) == ["what does an nlp engineer do?", "/help"])
        #expect(try TestKnowledge.mode(path) == 0o600)
        #expect(try TestKnowledge.mode(folder + "/a") == 0o700)
        #expect(try TestKnowledge.mode(folder + "/a/b") == 0o700)
    }

    @Test func consecutiveDuplicatesAreKeptOnce() throws {
        let folder = try TestKnowledge.temporaryFolder()
        defer { TestKnowledge.remove(folder) }
        let path = folder + "/history"
        var history = History(path: path)
        #expect(history.add("salary").added)
        #expect(!history.add("salary").added)
        #expect(history.add("roles").added)
        #expect(history.add("salary").added)  // not consecutive
        #expect(history.entries == ["salary", "roles", "salary"])
        #expect(try TestKnowledge.lines(path) == ["salary", "roles", "salary"])
    }

    @Test func anotherSessionReadsWhatWasSaved() throws {
        let folder = try TestKnowledge.temporaryFolder()
        defer { TestKnowledge.remove(folder) }
        let path = folder + "/history"
        var first = History(path: path)
        _ = first.add("one")
        _ = first.add("two\nlines \\ with a backslash")
        var second = History(path: path)
        #expect(second.load() == nil)
        #expect(second.entries == ["one", "two\nlines \\ with a backslash"])
        #expect(!second.add("two\nlines \\ with a backslash").added)  // the last entry of the file
    }

    @Test func theFileIsBoundedByRewritingNotTruncating() throws {
        let folder = try TestKnowledge.temporaryFolder()
        defer { TestKnowledge.remove(folder) }
        let path = folder + "/history"
        var history = History(path: path, limit: 3, headroom: 0)
        for line in ["1", "2", "3", "4", "5"] { #expect(history.add(line) == (true, nil)) }
        #expect(history.entries == ["3", "4", "5"])
        #expect(try TestKnowledge.lines(path) == ["3", "4", "5"])
        #expect(try TestKnowledge.mode(path) == 0o600)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["history"])  // no temporary left
    }

    @Test func anOversizedFileIsTrimmedWhenLoaded() throws {
        let folder = try TestKnowledge.temporaryFolder()
        defer { TestKnowledge.remove(folder) }
        let path = folder + "/history"
        try (1...10).map { "q\($0)\n" }.joined().write(toFile: path, atomically: false, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: path)
        var history = History(path: path, limit: 4, headroom: 0)
        #expect(history.load() == nil)
        #expect(history.entries == ["q7", "q8", "q9", "q10"])
        #expect(try TestKnowledge.lines(path) == ["q7", "q8", "q9", "q10"])
        #expect(try TestKnowledge.mode(path) == 0o640)  // the user's mode is kept
    }

    /// At scale: the file grows by `headroom` lines before one rewrite brings it back to `limit`.
    @Test func aFullFileIsRewrittenOncePerHeadroomNotOncePerLine() throws {
        let folder = try TestKnowledge.temporaryFolder()
        defer { TestKnowledge.remove(folder) }
        let path = folder + "/history"
        var history = History(path: path, limit: 1_000)
        #expect(history.headroom == 250)
        var inode: [UInt64] = []
        for number in 1...1_260 {
            #expect(history.add("question \(number)") == (true, nil))
            let identity = try FileManager.default.attributesOfItem(atPath: path)[.systemFileNumber] as? UInt64
            if let identity, inode.last != identity { inode.append(identity) }
        }
        #expect(inode.count == 2, "one rewrite (a new file) in 1,260 lines")
        let lines = try TestKnowledge.lines(path)
        #expect(lines.count == 1_009)  // at line 1,251 (1,250 in the file) down to 1,000, then 9 more
        #expect(lines.last == "question 1260")
        #expect(history.entries.count == 1_000)
    }

    /// Two sessions sharing a file, each trimming it: no line either entered is lost.
    @Test func twoSessionsTrimmingAtOnceLoseNoLine() async throws {
        let folder = try TestKnowledge.temporaryFolder()
        defer { TestKnowledge.remove(folder) }
        let path = folder + "/history"
        await withTaskGroup(of: Void.self) { group in
            for session in ["a", "b"] {
                group.addTask {
                    var history = History(path: path, limit: 40, headroom: 2)
                    for number in 1...60 { _ = history.add("\(session)\(number)") }
                }
            }
        }
        let lines = try TestKnowledge.lines(path)
        #expect(lines.count < 120, "trimmed")
        #expect(lines.count >= 40, "never below the limit")
        #expect(lines.contains("a60") || lines.contains("b60"))
        // What the last trim kept is every line entered after the oldest kept one.
        #expect(Set(lines).count == lines.count)
        for session in ["a", "b"] {
            let numbers = lines.filter { $0.hasPrefix(session) }.compactMap { Int($0.dropFirst()) }
            // A session's lines still there are its newest, without a gap (a trimmed older part is fine).
            #expect(numbers.isEmpty || numbers == Array((numbers.first ?? 1)...60), "\(session): \(numbers)")
        }
    }

    @Test func aStaleTemporaryFileFromACrashDoesNotTurnHistoryOff() throws {
        let folder = try TestKnowledge.temporaryFolder()
        defer { TestKnowledge.remove(folder) }
        let path = folder + "/history"
        try "left by a crash\n".write(toFile: path + ".\(getpid()).tmp", atomically: false, encoding: .utf8)
        var history = History(path: path, limit: 2, headroom: 0)
        for line in ["1", "2", "3"] { #expect(history.add(line) == (true, nil)) }
        #expect(history.isPersistent)
        #expect(try TestKnowledge.lines(path) == ["2", "3"])
    }

    @Test func aFileThatIsNotRegularIsOnlyAppendedTo() throws {
        var history = History(path: "/dev/null", limit: 2)
        #expect(history.load() == nil)
        for line in ["a", "b", "c", "d"] { #expect(history.add(line) == (true, nil)) }
        #expect(!Platform.isRegularFile("/dev/null"))
    }

    @Test func anUnusableHistoryWarnsOnceAndTheSessionGoesOn() throws {
        let folder = try TestKnowledge.temporaryFolder()
        defer { TestKnowledge.remove(folder) }
        try "not a folder".write(toFile: folder + "/file", atomically: false, encoding: .utf8)
        var history = History(path: folder + "/file/history")
        let warning = history.load()
        #expect(warning?.contains("cannot read the history") == true)
        #expect(history.add("one") == (true, nil))
        #expect(history.add("two") == (true, nil))
        #expect(history.entries == ["one", "two"])
        #expect(!history.isPersistent)

        var unwritable = History(path: folder + "/file/sub/history")
        _ = unwritable.load()
        var warnings = 0
        for line in ["a", "b", "c"] where unwritable.add(line).warning != nil { warnings += 1 }
        #expect(warnings <= 1)
    }

    @Test func aHistoryInAFolderCannotBeRead() throws {
        let folder = try TestKnowledge.temporaryFolder()
        defer { TestKnowledge.remove(folder) }
        var history = History(path: folder)
        #expect(history.load() != nil)
        #expect(history.add("question") == (true, nil))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).isEmpty)
    }

    @Test func aFullDiskWarnsOnceAndKeepsTheSessionGoing() {
        var history = History(path: "/dev/full")
        _ = history.load()
        var warnings: [String] = []
        for line in ["a", "b", "c"] {
            let result = history.add(line)
            #expect(result.added)
            if let warning = result.warning { warnings.append(warning) }
        }
        #expect(warnings.count == 1)
        #expect(history.entries == ["a", "b", "c"])
    }

    @Test func aCorruptFileIsReadAsFarAsItGoesAndNeverTruncated() throws {
        let folder = try TestKnowledge.temporaryFolder()
        defer { TestKnowledge.remove(folder) }
        let path = folder + "/history"
        var bytes = Array("first\nsecond\n".utf8) + [0xFF, 0x00, 0xFE] + Array("\nthird\n".utf8)
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        var history = History(path: path)
        #expect(history.load() == nil)
        #expect(history.entries.first == "first")
        #expect(history.entries.last == "third")
        #expect(history.add("fourth") == (true, nil))
        bytes += Array("fourth\n".utf8)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == Data(bytes))
    }

    @Test func entriesRoundTripThroughTheFileFormat() {
        let entries = ["plain", "back\\slash", "two\nlines", "cr\rhere", "café ☕", "\\n literally"]
        let text = entries.map { History.encode($0) + "\n" }.joined()
        #expect(!text.dropLast().contains("\r"))
        #expect(History.decode(Array(text.utf8)) == entries)
        #expect(History.decode(Array("a\r\n\r\nb\n".utf8)) == ["a", "b"])
    }
}
