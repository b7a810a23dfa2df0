import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// One run of the built `career-advisor` binary fed a generated stream on stdin: its exit status, how many
/// lines it wrote, its peak resident memory and how long it took.
///
/// The input is written chunk by chunk from another thread while the binary runs, so the test never holds
/// it whole; stdout is read as it comes and only its lines are counted. The peak is the kernel's `VmHWM`
/// for the binary, read once it has written the expected lines and waits for more input (stdin is closed
/// only then): `wait4`'s `ru_maxrss` would not do, as it also counts the memory of this test process,
/// which the child shares until it `exec`s.
struct StreamedRun {
    /// The exit status, or 128 + the signal that ended the process.
    var status: Int32
    var outputLines: Int
    /// Peak resident set size of the binary (its `ru_maxrss`), in bytes.
    var peakResidentBytes: Int
    var seconds: Double

    /// Runs the binary with `arguments`; stdin is `lines` lines, line `n` being `line(n)` (without its
    /// newline). The binary is measured after it writes `expectedLines` lines (or, failing that, a minute
    /// after the last input line was sent), then stdin is closed.
    init(_ arguments: [String], lines: Int, expectedLines: Int, line: @escaping @Sendable (Int) -> String) throws {
        let binary = try BinaryRun.binary()
        // A write to a process that died early must fail with EPIPE, not kill the test process.
        signal(SIGPIPE, SIG_IGN)
        var input: [Int32] = [-1, -1]
        var output: [Int32] = [-1, -1]
        guard pipe(&input) == 0, pipe(&output) == 0 else { throw Failure("pipe failed") }
        for descriptor in input + output { _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, input[0], 0)
        posix_spawn_file_actions_adddup2(&actions, output[1], 1)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        // Tests run in parallel: no other test's pipe may leak into this child (and be held open by it).
        Self.closeFrom(3, &actions)
        let argv = ([binary] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        let start = ContinuousClock.now
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, binary, &actions, nil, argv, environ)
        close(input[0])
        close(output[1])
        guard spawned == 0 else {
            close(input[1])
            close(output[0])
            throw Failure("cannot start \(binary): error \(spawned)")
        }

        let measured = DispatchSemaphore(value: 0)
        let writing = DispatchSemaphore(value: 0)
        let stdin = input[1]
        Thread {
            Self.write(lines: lines, line: line, to: stdin)
            _ = measured.wait(timeout: .now() + 60)
            close(stdin)
            writing.signal()
        }.start()

        var count = 0
        var peak = 0
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let read = buffer.withUnsafeMutableBytes { Glibc.read(output[0], $0.baseAddress, $0.count) }
            if read < 0 && errno == EINTR { continue }
            if read <= 0 { break }
            let before = count
            count += buffer[0..<read].reduce(0) { $0 + ($1 == 10 ? 1 : 0) }
            if before < expectedLines && count >= expectedLines {
                peak = Self.highWaterMark(of: pid)
                measured.signal()
            }
        }
        close(output[0])
        var waitStatus: Int32 = 0
        while waitpid(pid, &waitStatus, 0) < 0 && errno == EINTR {}
        writing.wait()
        let elapsed = ContinuousClock.now - start
        let signal = waitStatus & 0x7F
        status = signal == 0 ? (waitStatus >> 8) & 0xFF : 128 + signal
        outputLines = count
        peakResidentBytes = peak
        seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    }

    /// The process's peak resident memory so far (`VmHWM` in `/proc/PID/status`), in bytes; 0 if unknown.
    static func highWaterMark(of pid: pid_t) -> Int {
        guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
            let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") })
        else { return 0 }
        return (Int(line.dropFirst(6).filter(\.isNumber)) ?? 0) * 1024
    }

    /// Adds glibc's `posix_spawn_file_actions_addclosefrom_np` (2.34+, not visible to Swift without
    /// `_GNU_SOURCE`), looked up at run time; without it, only the pipes' own close-on-exec applies.
    private static func closeFrom(_ descriptor: Int32, _ actions: inout posix_spawn_file_actions_t) {
        typealias AddCloseFrom = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32
        guard let symbol = dlsym(nil, "posix_spawn_file_actions_addclosefrom_np") else { return }
        _ = unsafeBitCast(symbol, to: AddCloseFrom.self)(&actions, descriptor)
    }

    /// Writes the lines in chunks of about 64 KB; stops early if the reader is gone.
    private static func write(lines: Int, line: (Int) -> String, to descriptor: Int32) {
        var chunk: [UInt8] = []
        chunk.reserveCapacity(80 * 1024)
        for number in 0..<lines {
            chunk += line(number).utf8
            chunk.append(10)
            if chunk.count >= 64 * 1024 || number == lines - 1 {
                guard writeAll(chunk, to: descriptor) else { return }
                chunk.removeAll(keepingCapacity: true)
            }
        }
    }

    private static func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
            if written < 0 && errno == EINTR { continue }
            if written <= 0 { return false }
            offset += written
        }
        return true
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
        init(_ description: String) { self.description = description }
    }
}
