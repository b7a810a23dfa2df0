import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// The built binary running on a pseudo-terminal, driven as a person would drive it: keys are written
/// to the terminal's master side, and what the terminal shows is read back with a deadline. Needs
/// nothing but libc (`openpty` and `posix_spawn`): no Python, no pexpect.
///
/// ```swift
/// let terminal = try PseudoTerminal(environment: ["HOME": home], columns: 40)
/// try terminal.expect("advisor> ")
/// terminal.send("what does an nlp engineer do?\r")
/// try terminal.expect("(source: nlp-engineer)")
/// ```
final class PseudoTerminal {
    /// The master side of the terminal: what is written to it is typed, what is read is shown.
    let master: Int32
    let pid: pid_t
    /// Everything the terminal showed so far.
    private(set) var transcript: [UInt8] = []
    /// Where the next `expect` starts looking in the transcript.
    private var position = 0
    private var status: Int32?
    /// What the terminal shows, drawn from the transcript.
    private(set) var screen: ScreenModel
    /// The first row `expectOnScreen` looks at.
    private var screenMark = 0
    /// Seconds an `expect` waits at most.
    var timeout: Double = 20

    /// Starts the binary (with `arguments`) on a new terminal `rows` × `columns`, in a session of its own
    /// (Ctrl-C reaches it as SIGINT), with only `environment` (plus PATH) as its environment.
    init(
        _ arguments: [String] = [], environment: [String: String], rows: UInt16 = 24, columns: UInt16 = 80
    ) throws {
        var master: Int32 = -1
        var slave: Int32 = -1
        var size = winsize(ws_row: rows, ws_col: columns, ws_xpixel: 0, ws_ypixel: 0)
        var name = [CChar](repeating: 0, count: 4096)
        guard openpty(&master, &slave, &name, nil, &size) == 0 else { throw Failure("openpty failed: \(errno)") }
        _ = fcntl(master, F_SETFD, FD_CLOEXEC)
        _ = fcntl(slave, F_SETFD, FD_CLOEXEC)
        defer { close(slave) }
        let slavePath = String(decoding: name.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)

        let binary = try BinaryRun.binary()
        var env = ["PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin", "TERM": "xterm"]
        // Sanitizer settings pass through, so `make asan` can run the REPL under its suppressions.
        for key in ["ASAN_OPTIONS", "LSAN_OPTIONS", "TSAN_OPTIONS"] {
            env[key] = ProcessInfo.processInfo.environment[key]
        }
        env.merge(environment) { $1 }

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        // A new session: opening the terminal then makes it the child's controlling terminal.
        posix_spawnattr_setflags(&attributes, Int16(Self.spawnSetSID | POSIX_SPAWN_SETSIGMASK))
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, slavePath, O_RDWR, 0)
        posix_spawn_file_actions_adddup2(&actions, 0, 1)
        posix_spawn_file_actions_adddup2(&actions, 0, 2)
        Self.closeFrom(3, &actions)
        let argv = ([binary] + arguments).map { strdup($0) } + [nil]
        let envp = env.map { strdup($0.key + "=" + $0.value) } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, binary, &actions, &attributes, argv, envp)
        guard spawned == 0 else {
            close(master)
            throw Failure("cannot start \(binary): error \(spawned)")
        }
        self.master = master
        self.pid = pid
        screen = ScreenModel(columns: Int(columns))
    }

    deinit {
        if status == nil {
            kill(pid, SIGKILL)
            var raw: Int32 = 0
            waitpid(pid, &raw, 0)
        }
        close(master)
    }

    /// Types `keys` (`\r` is Enter, `\u{3}` Ctrl-C, `\u{1B}[A` the up arrow). By default waits first (up
    /// to a few seconds) until the line editor has put the terminal in raw mode: keys typed before that
    /// would meet the kernel's line discipline (which takes Ctrl-R as "reprint", for one).
    func send(_ keys: String, waitForEditor: Bool = true) {
        if waitForEditor {
            let deadline = ContinuousClock.now + .seconds(5)
            while localModes & tcflag_t(ICANON) != 0 && ContinuousClock.now < deadline { usleep(2_000) }
        }
        var bytes = Array(keys.utf8)[...]
        while !bytes.isEmpty {
            let written = bytes.withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
            if written < 0 && errno == EINTR { continue }
            if written <= 0 { return }
            bytes = bytes.dropFirst(written)
        }
    }

    /// Waits until the terminal shows `text` (after what earlier calls matched) and moves past it. Throws,
    /// with the transcript, when it does not come within `timeout` seconds or the program ends first.
    @discardableResult
    func expect(_ text: String, timeout: Double? = nil) throws -> String {
        let needle = Array(text.utf8)
        let deadline = ContinuousClock.now + .milliseconds(Int((timeout ?? self.timeout) * 1000))
        while true {
            if let found = find(needle) {
                let seen = String(decoding: transcript[position..<found], as: UTF8.self)
                position = found + needle.count
                return seen
            }
            guard read(until: deadline) else {
                throw Failure("expected \(text.debugDescription); the terminal showed:\n" + shown)
            }
        }
    }

    /// Waits until a row of the screen (from the row of the last such match on) shows `text`, however
    /// the line editor drew it; returns that row. Later `expect`s look only at what comes after: output
    /// that arrived together with the match is skipped.
    @discardableResult
    func expectOnScreen(_ text: String, timeout: Double? = nil) throws -> String {
        let deadline = ContinuousClock.now + .milliseconds(Int((timeout ?? self.timeout) * 1000))
        while true {
            let lines = screen.lines
            let wanted = String(text.reversed().drop { $0 == " " }.reversed())  // rows lose trailing blanks
            let rows = lines.indices.dropFirst(min(screenMark, lines.count))
            if let found = rows.first(where: { lines[$0].contains(wanted) }) {
                screenMark = found
                position = transcript.count
                return lines[found]
            }
            guard read(until: deadline) else {
                throw Failure(
                    "expected \(text.debugDescription) on the screen; it shows:\n"
                        + screen.lines.suffix(30).joined(separator: "\n"))
            }
        }
    }

    /// What the terminal showed, as text.
    var shown: String { String(decoding: transcript, as: UTF8.self) }

    /// What was shown since the last match, without waiting.
    var unmatched: String { String(decoding: transcript[position...], as: UTF8.self) }

    /// Reads what the program shows until it ends (or `timeout` seconds pass), then its exit status:
    /// the status, or 128 + the signal that ended it.
    func waitForExit(timeout: Double = 20) throws -> Int32 {
        let deadline = ContinuousClock.now + .milliseconds(Int(timeout * 1000))
        while read(until: deadline) {}
        while status == nil {
            var raw: Int32 = 0
            let waited = waitpid(pid, &raw, WNOHANG)
            if waited == pid {
                let signal = raw & 0x7F
                status = signal == 0 ? (raw >> 8) & 0xFF : 128 + signal
            } else if ContinuousClock.now > deadline {
                throw Failure("the program did not end; the terminal showed:\n" + shown)
            } else {
                usleep(10_000)
            }
        }
        return status ?? -1
    }

    /// The terminal's local modes (`c_lflag`): whether it is in canonical mode, echoes…
    var localModes: tcflag_t {
        var settings = termios()
        tcgetattr(master, &settings)
        return settings.c_lflag
    }

    /// Changes the terminal's size; the program gets SIGWINCH.
    func resize(rows: UInt16, columns: UInt16) {
        var size = winsize(ws_row: rows, ws_col: columns, ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(master, UInt(TIOCSWINSZ), &size)
        screen.columns = Int(columns)
    }

    func signal(_ number: Int32) { kill(pid, number) }

    private func find(_ needle: [UInt8]) -> Int? {
        guard transcript.count - position >= needle.count else { return nil }
        var index = position
        while index + needle.count <= transcript.count {
            if transcript[index] == needle[0], transcript[index..<(index + needle.count)].elementsEqual(needle) {
                return index
            }
            index += 1
        }
        return nil
    }

    /// Reads what is there, waiting until `deadline`; false at the deadline or when the terminal closed.
    private func read(until deadline: ContinuousClock.Instant) -> Bool {
        let left = deadline - ContinuousClock.now
        guard left > .zero else { return false }
        let milliseconds = Int32(
            clamping: left.components.seconds * 1000 + left.components.attoseconds / 1_000_000_000_000_000)
        var poller = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
        let ready = poll(&poller, 1, max(milliseconds, 1))
        if ready < 0 { return errno == EINTR }
        if ready == 0 { return ContinuousClock.now < deadline }
        var chunk = [UInt8](repeating: 0, count: 4096)
        let count = chunk.withUnsafeMutableBytes { Glibc.read(master, $0.baseAddress, $0.count) }
        if count < 0 && errno == EINTR { return true }
        guard count > 0 else { return false }  // EIO: every process holding the terminal has ended
        transcript += chunk[0..<count]
        screen.feed(Array(chunk[0..<count]))
        return true
    }

    /// Closes every inherited descriptor from `descriptor` up in the child (glibc 2.34), so that no other
    /// test's pipe or terminal is held open by it.
    private static func closeFrom(_ descriptor: Int32, _ actions: inout posix_spawn_file_actions_t) {
        typealias AddCloseFrom = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32
        guard let symbol = dlsym(nil, "posix_spawn_file_actions_addclosefrom_np") else { return }
        _ = unsafeBitCast(symbol, to: AddCloseFrom.self)(&actions, descriptor)
    }

    /// glibc's `POSIX_SPAWN_SETSID` (a GNU extension the Swift module does not show).
    private static let spawnSetSID: Int32 = 0x80

    struct Failure: Error, CustomStringConvertible {
        var description: String
        init(_ description: String) { self.description = description }
    }
}
