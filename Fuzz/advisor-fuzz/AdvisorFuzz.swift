#if canImport(Glibc)
    import Glibc
#endif

/// The fuzz target over the whole answer pipeline (`FuzzPipeline`).
///
/// Built with `-sanitize=fuzzer,address -DFUZZING` (`make fuzz`), `main` hands over to libFuzzer, which
/// takes its usual arguments (corpus folders, `-max_total_time=…`). Built normally (`swift build`) it needs
/// no libFuzzer: it replays the files and folders it is given, e.g. `advisor-fuzz Fuzz/corpus Fuzz/regressions`,
/// and exits 1 when any input breaks an invariant (a crash is a crash either way).
@main
enum AdvisorFuzz {
    static func main() {
        #if FUZZING
            exit(LibFuzzer.runDriver())
        #else
            exit(replay(Array(CommandLine.arguments.dropFirst())))
        #endif
    }

    /// Runs every file named, or found (not recursively) in a folder named; 0 when all pass.
    static func replay(_ paths: [String]) -> Int32 {
        if paths.isEmpty {
            print("usage: advisor-fuzz FILE-OR-FOLDER…  (build with `make fuzz` to fuzz)")
            return 2
        }
        var failed = 0
        var count = 0
        for path in paths.flatMap(InputFiles.list) {
            guard let bytes = InputFiles.read(path) else {
                print("\(path): cannot be read")
                failed += 1
                continue
            }
            count += 1
            let problems = FuzzPipeline.run(bytes)
            for problem in problems { print("\(path): \(problem)") }
            if !problems.isEmpty { failed += 1 }
        }
        print("advisor-fuzz: \(count) inputs, \(failed) failed")
        return failed == 0 ? 0 : 1
    }
}
