import AdvisorKit
import AdvisorKnowledge

#if canImport(Glibc)
    import Glibc
#endif

/// `make bench`: times the release binary as a user meets it, side by side with a floor built beside it
/// (`advisor-floor`: a Swift program that reads a line and prints it as JSON), and prints the ratios.
///
/// - cold answer: one process answering one question (`career-advisor ask --format json …`) against the
///   floor given that question on stdin, runs interleaved, median and p90;
/// - start-up alone: `career-advisor --version`;
/// - throughput: a realistic mix of questions (`Benchmarks/questions-mix.txt`) repeated to 30,000 lines,
///   piped into one process with `--format json`, as one conversation and with `--no-context`;
/// - peak resident memory of each, and CPU time (from `wait4`'s rusage): on a machine shared with other
///   work, wall time includes waiting for a core, CPU time does not.
///
/// `advisor-bench --in-process [MIX]` times the engine's build and its answers inside one process instead.
@main
struct AdvisorBench {
    /// Runs of each program for the cold figures, after `warmUps` unmeasured ones.
    static let runs = 200
    static let warmUps = 20
    /// Lines piped into one process for throughput.
    static let batchLines = 30_000
    /// Throughput runs of each kind; the best counts (the machine is shared with other work).
    static let batchRuns = 5
    static let coldQuestion = "how much can I earn with 3 years of experience?"

    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        if arguments.first == "--in-process" {
            inProcess(loadQuestions(arguments.count > 1 ? arguments[1] : "Benchmarks/questions-mix.txt"))
            return
        }
        guard arguments.count >= 2 else {
            print("usage: advisor-bench PATH/TO/career-advisor PATH/TO/advisor-floor [QUESTIONS.txt]")
            print("       advisor-bench --in-process [QUESTIONS.txt]")
            exit(2)
        }
        let advisor = arguments[0]
        let floor = arguments[1]
        let mixPath = arguments.count > 2 ? arguments[2] : "Benchmarks/questions-mix.txt"
        let questions = loadQuestions(mixPath)
        guard !questions.isEmpty else {
            print("advisor-bench: no questions in \(mixPath)")
            exit(1)
        }

        let questionFile = TemporaryFile(coldQuestion + "\n")
        defer { questionFile.remove() }
        print("cold answer: advisor and floor interleaved, \(warmUps) warm-ups, \(runs) runs each …")
        let answer = Program(binary: advisor, arguments: ["ask", "--format", "json", coldQuestion])
        let version = Program(binary: advisor, arguments: ["--version"])
        let echo = Program(binary: floor, arguments: [], stdin: questionFile.path)
        let cold = measure([answer, echo, version], runs: runs, warmUps: warmUps)

        let text = (0..<batchLines).map { questions[$0 % questions.count] }.joined(separator: "\n") + "\n"
        let batchFile = TemporaryFile(text)
        defer { batchFile.remove() }
        print(
            "throughput: \(questions.count) questions of \(mixPath) repeated to \(batchLines) lines, "
                + "--format json, best of \(batchRuns) …")
        let conversation = Program(binary: advisor, arguments: ["--format", "json"], stdin: batchFile.path)
        let separate = Program(binary: advisor, arguments: ["--format", "json", "--no-context"], stdin: batchFile.path)
        let floorBatch = Program(binary: floor, arguments: [], stdin: batchFile.path)
        let batch = measure([conversation, separate, floorBatch], runs: batchRuns, warmUps: 1)

        let rate = { (timing: Timing) in Double(batchLines) / timing.best }
        let cpuRate = { (timing: Timing) in Double(batchLines) / timing.bestCPU }
        print("")
        print(row("", "advisor", "floor", "advisor/floor"))
        print(
            row(
                "cold answer, median", ms(cold[0].median), ms(cold[1].median),
                ratio(cold[0].median / cold[1].median)))
        print(row("cold answer, p90", ms(cold[0].p90), ms(cold[1].p90), ratio(cold[0].p90 / cold[1].p90)))
        print(
            row(
                "start-up (--version), median", ms(cold[2].median), ms(cold[1].median),
                ratio(cold[2].median / cold[1].median)))
        print(row("throughput, one conversation", qps(rate(batch[0])), qps(rate(batch[2])), ""))
        print(row("throughput, --no-context", qps(rate(batch[1])), qps(rate(batch[2])), ""))
        // On a machine shared with other work, wall time includes waiting for a core: CPU time does not.
        print(row("  per CPU second, one conv.", qps(cpuRate(batch[0])), qps(cpuRate(batch[2])), ""))
        print(row("  per CPU second, --no-context", qps(cpuRate(batch[1])), qps(cpuRate(batch[2])), ""))
        print(
            row(
                "cold answer, CPU time, median", ms(cold[0].medianCPU), ms(cold[1].medianCPU),
                ratio(cold[0].medianCPU / cold[1].medianCPU)))
        print(row("peak RSS, one answer", mb(cold[0].peakKB), mb(cold[1].peakKB), ""))
        print(row("peak RSS, batch", mb(max(batch[0].peakKB, batch[1].peakKB)), mb(batch[2].peakKB), ""))
        print("")
        print("targets (issue 12): cold answer ≤ 1.3× the floor; ≥ 50,000 questions/s on the mix; peak RSS ≤ 20 MB")
    }

    /// A command to time: the binary, its arguments, and the file its stdin reads.
    struct Program {
        var binary: String
        var arguments: [String]
        var stdin = "/dev/null"
    }

    /// Wall times (seconds, sorted) and the largest peak RSS of several runs of one program.
    struct Timing {
        var seconds: [Double] = []
        /// User and system CPU time of each run.
        var cpuSeconds: [Double] = []
        var peakKB = 0

        var median: Double { seconds[seconds.count / 2] }
        var p90: Double { seconds[seconds.count * 9 / 10] }
        var best: Double { seconds[0] }
        var medianCPU: Double { cpuSeconds[cpuSeconds.count / 2] }
        var bestCPU: Double { cpuSeconds[0] }
    }

    /// Runs `programs` in turn, `runs` rounds after `warmUps` unmeasured ones, so that all of them meet
    /// the machine in the same state (a build or another job next door slows them alike).
    static func measure(_ programs: [Program], runs: Int, warmUps: Int) -> [Timing] {
        var timings = [Timing](repeating: Timing(), count: programs.count)
        for round in 0..<(warmUps + runs) {
            for (index, program) in programs.enumerated() {
                let result = run(program)
                guard round >= warmUps else { continue }
                timings[index].seconds.append(result.seconds)
                timings[index].cpuSeconds.append(result.cpuSeconds)
                timings[index].peakKB = max(timings[index].peakKB, result.peakKB)
            }
        }
        for index in timings.indices {
            timings[index].seconds.sort()
            timings[index].cpuSeconds.sort()
        }
        return timings
    }

    /// Engine build time and per-question time inside one process (no process start, no output).
    static func inProcess(_ questions: [String]) {
        guard !questions.isEmpty else {
            print("advisor-bench: no questions")
            exit(1)
        }
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
        advisor.explains = false
        let count = 30_000
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

    /// The questions of a file: one a line (lines starting with # are comments), or the third column of a
    /// labelled `.tsv` set.
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
            if path.hasSuffix(".tsv") {
                if columns.count == 3 { questions.append(String(columns[2])) }
            } else {
                questions.append(text)
            }
        }
        free(line)
        return questions
    }

    /// Runs `program`, stdout and stderr to /dev/null; its wall time, CPU time (user and system) and peak RSS.
    static func run(_ program: Program) -> (seconds: Double, cpuSeconds: Double, peakKB: Int) {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, program.stdin, O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = ([program.binary] + program.arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var start = timespec()
        clock_gettime(CLOCK_MONOTONIC, &start)
        var pid: pid_t = 0
        guard posix_spawn(&pid, program.binary, &actions, nil, argv, environ) == 0 else {
            print("advisor-bench: cannot start \(program.binary)")
            exit(1)
        }
        var status: Int32 = 0
        var usage = rusage()
        wait4(pid, &status, 0, &usage)
        var end = timespec()
        clock_gettime(CLOCK_MONOTONIC, &end)
        guard status == 0 else {
            print("advisor-bench: \(program.binary) \(program.arguments.joined(separator: " ")) failed (\(status))")
            exit(1)
        }
        let seconds = Double(end.tv_sec - start.tv_sec) + Double(end.tv_nsec - start.tv_nsec) / 1e9
        let cpu = { (time: timeval) in Double(time.tv_sec) + Double(time.tv_usec) / 1e6 }
        return (seconds, cpu(usage.ru_utime) + cpu(usage.ru_stime), Int(usage.ru_maxrss))
    }

    /// A file in /tmp holding `text`, for a program's stdin.
    struct TemporaryFile {
        let path: String

        init(_ text: String) {
            path = "/tmp/advisor-bench-\(getpid())-\(text.utf8.count).txt"
            guard let file = fopen(path, "w") else {
                print("advisor-bench: cannot write \(path)")
                exit(1)
            }
            fputs(text, file)
            fclose(file)
        }

        func remove() { unlink(path) }
    }

    static func row(_ label: String, _ first: String, _ second: String, _ third: String) -> String {
        func padded(_ text: String, _ width: Int, left: Bool = false) -> String {
            let room = String(repeating: " ", count: max(0, width - text.count))
            return left ? text + room : room + text
        }
        return padded(label, 30, left: true) + padded(first, 14) + padded(second, 14) + padded(third, 15)
    }

    static func ms(_ seconds: Double) -> String { format(seconds * 1000) + " ms" }
    static func mb(_ kilobytes: Int) -> String { format(Double(kilobytes) / 1024) + " MB" }
    static func ratio(_ value: Double) -> String { format(value) + "×" }

    /// Questions per second with thousands separated: "52,310 q/s".
    static func qps(_ value: Double) -> String {
        var digits = String(Int(value.rounded()))
        var grouped = ""
        while digits.count > 3 {
            grouped = "," + digits.suffix(3) + grouped
            digits.removeLast(3)
        }
        return digits + grouped + " q/s"
    }

    /// One decimal: "24.4".
    static func format(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return "\(tenths / 10).\(tenths % 10)"
    }
}
