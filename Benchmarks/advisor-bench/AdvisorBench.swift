import AdvisorKit
import AdvisorKnowledge

#if canImport(Glibc)
    import Glibc
#endif

/// `make bench`: times the release binary as a user meets it, and prints the figures.
///
/// - cold answer: one process answering one question (`career-advisor ask …`), median of many runs;
/// - throughput: 10,000 questions piped into one process with `--format json`;
/// - peak resident memory of each (from `wait4`'s rusage).
@main
struct AdvisorBench {
    static func main() {
        let arguments = CommandLine.arguments
        guard arguments.count >= 2 else {
            print("usage: advisor-bench PATH/TO/career-advisor [QUESTIONS.tsv]")
            exit(2)
        }
        let binary = arguments[1]
        let questionFile = arguments.count > 2 ? arguments[2] : "Tests/Evaluation/questions.tsv"
        let questions = loadQuestions(questionFile)
        guard !questions.isEmpty else {
            print("advisor-bench: no questions in \(questionFile)")
            exit(1)
        }

        if arguments.contains("--in-process") {
            inProcess(questions)
            return
        }
        print("cold answer (career-advisor ask, 20 warm-ups, 200 runs) …")
        let question = "how much can I earn with 3 years of experience?"
        for _ in 0..<20 { _ = run(binary, ["ask", question], stdinPath: "/dev/null") }
        var times: [Double] = []
        var coldPeak = 0
        for _ in 0..<200 {
            let result = run(binary, ["ask", question], stdinPath: "/dev/null")
            times.append(result.seconds)
            coldPeak = max(coldPeak, result.peakKB)
        }
        times.sort()
        let median = times[times.count / 2] * 1000
        let p90 = times[times.count * 9 / 10] * 1000

        let count = 10_000
        let path = "/tmp/advisor-bench-\(getpid()).txt"
        let text = (0..<count).map { questions[$0 % questions.count] }.joined(separator: "\n") + "\n"
        guard let file = fopen(path, "w") else {
            print("advisor-bench: cannot write \(path)")
            exit(1)
        }
        fputs(text, file)
        fclose(file)
        defer { unlink(path) }
        print("throughput (\(count) questions piped, --format json, best of 5) …")
        var best = Double.infinity
        var batchPeak = 0
        for _ in 0..<5 {
            let result = run(binary, ["--format", "json"], stdinPath: path)
            best = min(best, result.seconds)
            batchPeak = max(batchPeak, result.peakKB)
        }
        print("")
        print("cold answer:        median \(format(median)) ms, p90 \(format(p90)) ms   (target ≤ 20 ms, aim ≤ 15 ms)")
        print("throughput:         \(Int(Double(count) / best)) questions/s   (target ≥ 20,000, aim 100,000)")
        print("peak RSS, one ask:  \(format(Double(coldPeak) / 1024)) MB")
        print("peak RSS, batch:    \(format(Double(batchPeak) / 1024)) MB   (target ≤ 30 MB, aim 25 MB)")
    }

    /// Engine build time and per-question time inside one process (no process start, no output).
    static func inProcess(_ questions: [String]) {
        let clock = ContinuousClock()
        var builds: [Duration] = []
        var engine = Engine(knowledge: .embedded)
        for _ in 0..<20 {
            let start = clock.now
            engine = Engine(knowledge: .embedded)
            builds.append(clock.now - start)
        }
        builds.sort()
        var advisor = Advisor(engine: engine)
        let count = 20_000
        let start = clock.now
        var understood = 0
        for index in 0..<count where advisor.ask(questions[index % questions.count]).understood {
            understood += 1
        }
        let elapsed = clock.now - start
        let perQuestion =
            Double(elapsed.components.attoseconds) / 1e12 / Double(count)
            + Double(elapsed.components.seconds) * 1e6 / Double(count)
        print("engine build (in process): median \(builds[builds.count / 2])")
        print("answering (in process):    \(format(perQuestion)) µs/question (\(understood)/\(count) understood)")
    }

    static func loadQuestions(_ path: String) -> [String] {
        guard let file = fopen(path, "r") else { return [] }
        defer { fclose(file) }
        var questions: [String] = []
        var line: UnsafeMutablePointer<CChar>?
        var capacity = 0
        while getline(&line, &capacity, file) > 0, let line {
            let text = String(cString: line).split(separator: "\n").first.map(String.init) ?? ""
            if text.hasPrefix("#") || text.isEmpty { continue }
            let columns = text.split(separator: "\t", maxSplits: 2)
            if columns.count == 3 { questions.append(String(columns[2])) }
        }
        free(line)
        return questions
    }

    /// Runs `binary` with `arguments`, stdin from `stdinPath`, stdout and stderr to /dev/null.
    static func run(_ binary: String, _ arguments: [String], stdinPath: String) -> (seconds: Double, peakKB: Int) {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, stdinPath, O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = ([binary] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var start = timespec()
        clock_gettime(CLOCK_MONOTONIC, &start)
        var pid: pid_t = 0
        guard posix_spawn(&pid, binary, &actions, nil, argv, environ) == 0 else {
            print("advisor-bench: cannot start \(binary)")
            exit(1)
        }
        var status: Int32 = 0
        var usage = rusage()
        wait4(pid, &status, 0, &usage)
        var end = timespec()
        clock_gettime(CLOCK_MONOTONIC, &end)
        let seconds = Double(end.tv_sec - start.tv_sec) + Double(end.tv_nsec - start.tv_nsec) / 1e9
        return (seconds, Int(usage.ru_maxrss))
    }

    static func format(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return "\(tenths / 10).\(tenths % 10)"
    }
}
