import Foundation
import Testing

/// A million lines piped into one process are read as a stream, in bounded memory.
@Suite struct LargeInputTests {
    /// Whether this test process (and so the binary built with it) runs under a sanitizer, which adds
    /// hundreds of MB of shadow memory and slows everything several times: memory bounds mean nothing there.
    static let sanitized = ["__asan_init", "__tsan_init"].contains { (name: String) in dlsym(nil, name) != nil }

    /// 1,000,000 lines of 80 bytes (80 MB, more than the bound: a binary that kept its input would fail)
    /// are generated while the binary reads them, and its peak RSS must stay under 60 MB (it is about
    /// 25 MB in a debug build, 17 MB in release).
    ///
    /// Every 50th line is a question (20,000 answers as JSON Lines, drained and counted); the others are
    /// comments, which the binary reads, trims and skips. Why not a million questions: a question costs
    /// about 0.5 ms in a debug build (`make test`), so 1,000,000 would take some 8 minutes (release: ~1 min).
    /// 20,000 answers take ~12 s and still catch a leak of ~1.7 KB per answer, the million lines one of
    /// ~35 bytes per line. The questions include follow-ups and statements, so the conversation and the
    /// profile live through all of them.
    @Test(.timeLimit(.minutes(3)), .disabled(if: sanitized, "memory is meaningless under a sanitizer"))
    func aMillionPipedLinesStreamInBoundedMemory() throws {
        let lines = 1_000_000
        let questionEvery = 50
        let questions = [
            "What does an NLP engineer do?", "which tools do they use?", "hi",
            "how much can I earn with 3 years of experience?", "and for seniors?", "I know Python and SQL",
            "what am I missing?", "how much does a dentist earn?", "salary?", "what comes next?",
        ]
        let filler = "# " + String(repeating: "x", count: 77)
        let run = try StreamedRun(["--format", "json"], lines: lines, expectedLines: lines / questionEvery) { number in
            guard number % questionEvery == 0 else { return filler }
            let question = questions[(number / questionEvery) % questions.count]
            return question + String(repeating: " ", count: max(0, 79 - question.utf8.count))
        }
        let megabytes = Double(run.peakResidentBytes) / 1_048_576
        print("1,000,000 lines: \(run.seconds) s, peak RSS \(megabytes) MB")
        #expect(run.status == 0)
        #expect(run.outputLines == lines / questionEvery, "one JSON line per question")
        #expect(run.peakResidentBytes > 0, "VmHWM was read")
        #expect(run.peakResidentBytes < 60 << 20, "peak RSS \(megabytes) MB")
    }
}
