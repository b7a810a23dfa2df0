#if FUZZING
    /// libFuzzer's entry points, linked only in a `-sanitize=fuzzer` build (`make fuzz`, which defines
    /// `FUZZING`). SwiftPM renames an executable's `main`, so libFuzzer's own `main` is never used: ours
    /// calls `LLVMFuzzerRunDriver`, which parses libFuzzer's arguments and fuzzes `testOneInput`.
    enum LibFuzzer {
        /// Runs libFuzzer with this process's arguments; its exit status (non-zero after a crash).
        static func runDriver() -> Int32 {
            var argc = CommandLine.argc
            var argv = CommandLine.unsafeArgv
            return LLVMFuzzerRunDriver(&argc, &argv, testOneInput)
        }
    }

    @_silgen_name("LLVMFuzzerRunDriver")
    private func LLVMFuzzerRunDriver(
        _ argc: UnsafeMutablePointer<Int32>,
        _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
        _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32
    ) -> Int32

    /// One input: a crash in the engine crashes here; a broken invariant is made a crash, so libFuzzer
    /// saves the input.
    @_cdecl("LLVMFuzzerTestOneInput")
    func testOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
        let bytes = UnsafeBufferPointer(start: data, count: data == nil ? 0 : size)
        let problems = FuzzPipeline.run(bytes)
        if !problems.isEmpty {
            fatalError("broken invariant:\n" + problems.joined(separator: "\n"))
        }
        return 0
    }
#endif
