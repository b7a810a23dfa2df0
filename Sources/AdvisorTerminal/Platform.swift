#if canImport(Glibc)
    import Glibc

    /// The C library's `write`, `read` and `exit`, which `Platform`'s own functions of those names hide.
    private let systemWrite = Glibc.write
    private let systemRead = Glibc.read
    private let systemExit = Glibc.exit
#elseif canImport(Darwin)
    import Darwin

    private let systemWrite = Darwin.write
    private let systemRead = Darwin.read
    private let systemExit = Darwin.exit
#endif

/// The libc the terminal side needs (terminal checks, window size, raw output), kept in one place.
public enum Platform {
    public static func isTerminal(_ descriptor: Int32) -> Bool { isatty(descriptor) == 1 }

    /// Columns of the terminal on `descriptor`, or nil when it is not a terminal.
    public static func columns(_ descriptor: Int32 = 1) -> Int? {
        var size = winsize()
        guard ioctl(descriptor, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
        return Int(size.ws_col)
    }

    /// Rows of the terminal on `descriptor`, or nil when it is not a terminal.
    public static func rows(_ descriptor: Int32 = 1) -> Int? {
        var size = winsize()
        guard ioctl(descriptor, UInt(TIOCGWINSZ), &size) == 0, size.ws_row > 0 else { return nil }
        return Int(size.ws_row)
    }

    /// Shows `text` through the pager `command` (run by `/bin/sh -c`, reading the text on its stdin, on
    /// our terminal) and waits for it to end. `less` without options gets `LESS=FRX` unless `LESS` is set,
    /// as git does. Returns false, having shown nothing, when the pager cannot start.
    public static func page(_ text: String, through command: String) -> Bool {
        var ends: [Int32] = [-1, -1]
        guard pipe(&ends) == 0 else { return false }
        _ = fcntl(ends[1], F_SETFD, FD_CLOEXEC)
        if command.trimmingWhitespace == "less" { setenv("LESS", "FRX", 0) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, ends[0], 0)
        posix_spawn_file_actions_addclose(&actions, ends[0])
        let argv: [UnsafeMutablePointer<CChar>?] = [strdup("sh"), strdup("-c"), strdup(command), nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, "/bin/sh", &actions, nil, argv, environ)
        close(ends[0])
        guard spawned == 0 else {
            close(ends[1])
            return false
        }
        _ = writeAll(Array(text.utf8), to: ends[1])  // a pager quitting early closes the pipe: fine
        close(ends[1])
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        return true
    }

    public static var environment: [String: String] {
        var result: [String: String] = [:]
        var pointer = environ
        while let entry = pointer.pointee {
            let text = String(cString: entry)
            if let equals = text.firstIndex(of: "=") {
                result[String(text[..<equals])] = String(text[text.index(after: equals)...])
            }
            pointer += 1
        }
        return result
    }

    /// `path` with the home folder written `~` (for showing; never for opening).
    public static func abbreviatingHome(_ path: String) -> String {
        guard let home = environment["HOME"], home.count > 1 else { return path }
        let folder = home.hasSuffix("/") ? String(home.dropLast()) : home
        if path == folder { return "~" }
        return path.hasPrefix(folder + "/") ? "~" + path.dropFirst(folder.count) : path
    }

    /// `path` with a leading `~/` (or a lone `~`) read as the home folder, as a shell would.
    public static func expandingHome(_ path: String) -> String {
        guard path == "~" || path.hasPrefix("~/"), let home = environment["HOME"], !home.isEmpty else { return path }
        let folder = home.hasSuffix("/") ? String(home.dropLast()) : home
        return folder + path.dropFirst()
    }

    /// Writes all of `text` to `descriptor`; false when the reader has gone (a closed pipe).
    @discardableResult
    public static func write(_ text: String, to descriptor: Int32 = 1) -> Bool {
        writeAll(Array(text.utf8), to: descriptor)
    }

    /// Reads what is there from `descriptor` into `buffer` (from its start), retrying when a signal
    /// interrupts: the count read, 0 at the end, -1 on an error (`errno` says which).
    public static func read(_ descriptor: Int32, into buffer: inout [UInt8]) -> Int {
        while true {
            let count = buffer.withUnsafeMutableBytes { systemRead(descriptor, $0.baseAddress, $0.count) }
            if count >= 0 || errno != EINTR { return count }
        }
    }

    /// Reports an error on stderr.
    public static func error(_ message: String) {
        write(message.hasSuffix("\n") ? message : message + "\n", to: 2)
    }

    /// Ignore SIGPIPE so a closed pipe shows up as a failed write, which we end quietly on.
    public static func ignoreBrokenPipe() {
        signal(SIGPIPE, SIG_IGN)
    }

    public static func exit(_ status: Int32) -> Never { systemExit(status) }

    // MARK: - The interactive session

    /// Makes the C library read and write UTF-8 (the user's locale when it is UTF-8, else `C.UTF-8`).
    /// Must run before the line editor starts: in the "C" locale libedit drops every non-ASCII character.
    public static func useUTF8Locale() {
        if setlocale(LC_CTYPE, "") != nil, isUTF8Codeset { return }
        _ = setlocale(LC_CTYPE, "C.UTF-8")
    }

    private static var isUTF8Codeset: Bool {
        guard let codeset = nl_langinfo(nl_item(CODESET)) else { return false }
        let name = String(cString: codeset).lowercased()
        return name == "utf-8" || name == "utf8"
    }

    /// Catches SIGINT with a handler that does nothing, installed without `SA_RESTART`: a SIGINT sent
    /// from elsewhere while a line is read ends the read as Ctrl-C does (`EINTR`; while editing, Ctrl-C
    /// itself is a key of the line editor), and one that comes while an answer is computed or the pager
    /// runs is ignored instead of ending the process.
    public static func catchInterrupts() {
        var action = sigaction()
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0
        #if canImport(Glibc)
            action.__sigaction_handler.sa_handler = { _ in }
        #else
            action.__sigaction_u.__sa_handler = { _ in }
        #endif
        sigaction(SIGINT, &action, nil)
    }

    /// Runs `handler` when the terminal is resized (SIGWINCH, installed without `SA_RESTART`). It runs as
    /// a signal handler.
    public static func onResize(_ handler: @escaping @convention(c) (Int32) -> Void) {
        handle(SIGWINCH, with: handler)
    }

    /// Writes to the terminal: `rowsUp` rows up (at most 9), to the first column, and clears what is
    /// below. Safe in a signal handler: no allocation.
    public static func moveToStartOfEdit(rowsUp: Int) {
        var bytes: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) = (
            0x1B, 0x5B, 0x30, 0x41, 0x0D, 0x1B, 0x5B, 0x4A
        )
        bytes.2 = 0x30 + UInt8(min(max(rowsUp, 0), 9))  // ESC [ n A, CR, ESC [ J
        withUnsafeBytes(of: &bytes) { raw in
            let skip = rowsUp > 0 ? 0 : 4  // ESC [ 0 A would still move one row up
            _ = systemWrite(1, raw.baseAddress! + skip, raw.count - skip)
        }
    }

    private static func handle(_ signal: Int32, with handler: @escaping @convention(c) (Int32) -> Void) {
        var action = sigaction()
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0
        #if canImport(Glibc)
            action.__sigaction_handler.sa_handler = handler
        #else
            action.__sigaction_u.__sa_handler = handler
        #endif
        sigaction(signal, &action, nil)
    }

    /// Unblocks the signals an interactive session reacts to (Ctrl-C, Ctrl-Z, resizes, SIGTERM, SIGHUP),
    /// which a parent process may have left blocked: blocked, Ctrl-C would do nothing and SIGTERM would
    /// wait.
    public static func unblockTerminalSignals() {
        var signals = sigset_t()
        sigemptyset(&signals)
        for signal in [SIGINT, SIGQUIT, SIGTSTP, SIGCONT, SIGWINCH, SIGTERM, SIGHUP] { sigaddset(&signals, signal) }
        sigprocmask(SIG_UNBLOCK, &signals, nil)
    }

    /// Stops the program's whole job (`SIGTSTP` to its process group), as Ctrl-Z does when the terminal
    /// sends the signal itself; returns when the job goes on.
    public static func suspendJob() {
        kill(0, SIGTSTP)
    }

    /// Whether the last failed system call was interrupted by a signal (`errno == EINTR`).
    public static var lastCallWasInterrupted: Bool { errno == EINTR }

    // MARK: - Files

    /// A failed file operation: the path and the system's reason (`errno`).
    public struct FileError: Error, Sendable, Hashable, CustomStringConvertible {
        public var path: String
        public var code: Int32

        public init(path: String, code: Int32) {
            self.path = path
            self.code = code
        }

        /// True when the file (or a folder on its path) does not exist.
        public var isMissing: Bool { code == ENOENT }

        public var description: String { "\(path): \(String(cString: strerror(code)))" }

        /// The failure in plain words, with the path as the user wrote it (`~` for the home folder):
        /// "the folder ~/notes does not exist".
        public var plainDescription: String {
            let shown = Platform.abbreviatingHome(path)
            let slash = shown.lastIndex(of: "/")
            let folder = slash.map { $0 == shown.startIndex ? "/" : String(shown[..<$0]) } ?? "this folder"
            switch code {
            case ENOENT: return "the folder \(folder) does not exist"
            case ENOTDIR: return "a part of \(shown) is a file, not a folder"
            case EACCES, EPERM: return "you may not write \(shown) (permission denied)"
            case EISDIR, EINVAL: return "\(shown) is a folder or a special file, not a file"
            case ENOSPC, EDQUOT: return "the disk is full"
            case EROFS: return "\(folder) is on a read-only disk"
            default: return "\(shown): " + String(cString: strerror(code)).lowercased()
            }
        }
    }

    /// The whole content of the file at `path`.
    public static func readFile(_ path: String) -> Result<[UInt8], FileError> {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return .failure(FileError(path: path, code: errno)) }
        defer { close(descriptor) }
        var content: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = read(descriptor, into: &chunk)
            if count > 0 {
                content += chunk[0..<count]
            } else if count == 0 {
                return .success(content)
            } else {
                return .failure(FileError(path: path, code: errno))
            }
        }
    }

    /// Appends `bytes` to the file at `path` in one write (`O_APPEND`: safe with other writers), creating
    /// it with mode `mode` when missing. An existing file keeps its mode.
    public static func appendFile(_ path: String, _ bytes: [UInt8], mode: mode_t = 0o600) -> Result<Void, FileError> {
        var created = true
        var descriptor = open(path, O_WRONLY | O_APPEND | O_CREAT | O_EXCL | O_CLOEXEC, mode)
        if descriptor < 0 && errno == EEXIST {
            created = false
            descriptor = open(path, O_WRONLY | O_APPEND | O_CLOEXEC)
        }
        guard descriptor >= 0 else { return .failure(FileError(path: path, code: errno)) }
        if created { fchmod(descriptor, mode) }  // whatever the umask
        let written = writeAll(bytes, to: descriptor)
        let closed = close(descriptor) == 0 || errno == EINTR
        guard written, closed else { return .failure(FileError(path: path, code: errno)) }
        return .success(())
    }

    /// Replaces the regular file at `path` with `bytes` atomically: a temporary file in the same folder,
    /// flushed to disk, then renamed over it. A reader (or a crash) sees the old content or the new, never
    /// a part. The file keeps its mode (`mode` for a new file).
    public static func replaceFile(_ path: String, _ bytes: [UInt8], mode: mode_t = 0o600) -> Result<Void, FileError> {
        var info = stat()
        var fileMode = mode
        if lstat(path, &info) == 0 {
            guard info.st_mode & S_IFMT == S_IFREG else { return .failure(FileError(path: path, code: EINVAL)) }
            fileMode = info.st_mode & 0o777
        }
        let temporary = path + ".\(getpid()).tmp"
        var descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        if descriptor < 0 && errno == EEXIST {
            // Left by a crashed process that had our process id: no live process owns it.
            unlink(temporary)
            descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        }
        guard descriptor >= 0 else { return .failure(FileError(path: path, code: errno)) }
        let written = fchmod(descriptor, fileMode) == 0 && writeAll(bytes, to: descriptor) && fsync(descriptor) == 0
        let code = errno
        close(descriptor)
        guard written, rename(temporary, path) == 0 else {
            let failure = FileError(path: path, code: written ? errno : code)
            unlink(temporary)
            return .failure(failure)
        }
        return .success(())
    }

    /// Runs `body` holding a lock (`flock`) on the folder of `path`: shared, or exclusive. Processes that
    /// change the same file agree through it. Without a folder to lock, `body` runs unlocked.
    public static func withFolderLock<T>(of path: String, exclusive: Bool, _ body: () -> T) -> T {
        let slash = path.lastIndex(of: "/")
        let folder = slash.map { $0 == path.startIndex ? "/" : String(path[..<$0]) } ?? "."
        let descriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return body() }
        defer { close(descriptor) }
        while flock(descriptor, exclusive ? LOCK_EX : LOCK_SH) != 0 && errno == EINTR {}
        defer { flock(descriptor, LOCK_UN) }
        return body()
    }

    /// Removes the file at `path`.
    public static func removeFile(_ path: String) -> Result<Void, FileError> {
        unlink(path) == 0 ? .success(()) : .failure(FileError(path: path, code: errno))
    }

    /// Whether `path` leads (following symbolic links) to a device, a FIFO or a socket: reading one may
    /// never end (/dev/zero, /dev/full) or block (a FIFO).
    public static func isDeviceOrPipe(_ path: String) -> Bool {
        var info = stat()
        guard stat(path, &info) == 0 else { return false }
        let kind = info.st_mode & S_IFMT
        return kind == S_IFCHR || kind == S_IFBLK || kind == S_IFIFO || kind == S_IFSOCK
    }

    /// Whether `path` names a regular file itself (not a link, a device such as /dev/null, or a folder).
    public static func isRegularFile(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFREG
    }

    /// The names in the folder `path` (without `.` and `..`), each with whether it is a folder; nil when
    /// it cannot be read.
    public static func folderEntries(_ path: String) -> [(name: String, isFolder: Bool)]? {
        guard let folder = opendir(path) else { return nil }
        defer { closedir(folder) }
        var entries: [(name: String, isFolder: Bool)] = []
        while let entry = readdir(folder) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            guard name != ".", name != ".." else { continue }
            var info = stat()
            let isFolder = stat(path + "/" + name, &info) == 0 && info.st_mode & S_IFMT == S_IFDIR
            entries.append((name, isFolder))
        }
        return entries
    }

    /// Creates the folder `path` and any missing parent, each with mode `mode`.
    public static func makeFolders(_ path: String, mode: mode_t = 0o700) -> Result<Void, FileError> {
        var partial = path.hasPrefix("/") ? "/" : ""
        for component in path.split(separator: "/") {
            partial += (partial.isEmpty || partial.hasSuffix("/") ? "" : "/") + component
            var info = stat()
            if stat(partial, &info) == 0 { continue }
            if mkdir(partial, mode) != 0 && errno != EEXIST {
                return .failure(FileError(path: partial, code: errno))
            }
        }
        return .success(())
    }

    private static func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { buffer in
                systemWrite(descriptor, buffer.baseAddress.map { $0 + offset }, buffer.count - offset)
            }
            if written < 0 {
                if errno == EINTR { continue }
                return false
            }
            offset += written
        }
        return true
    }
}
