/// The lines typed in interactive sessions, kept in memory and in a file that outlives the session.
///
/// Each line is appended to the file as it is entered, so a killed session loses nothing. The same
/// line typed twice in a row is kept once. The file holds `limit` entries and some `headroom`: when that
/// is full, it is rewritten with only the newest `limit`, through a temporary file renamed over it (never
/// truncated, never replaced by a part) — one rewrite per `headroom` lines, not one per line. Sessions
/// running at once take a lock on the file's folder (`flock`): shared to append, exclusive to rewrite, so
/// that no line appended meanwhile is lost. Files that are not regular files (a link, /dev/null) are only
/// appended to. A new file gets mode 0600 and new folders mode 0700.
///
/// The format is one entry a line, UTF-8, with `\` written `\\` and line breaks `\n`.
///
/// A file that cannot be read or written gives one warning; the session goes on, remembering its own
/// lines, and leaves the file alone.
public struct History {
    /// Entries kept by default.
    public static let defaultLimit = 1_000

    /// The file, or nil for a history kept in memory only.
    public let path: String?
    /// The most entries kept in memory, and in the file after a rewrite.
    public let limit: Int
    /// Entries the file may hold beyond `limit` before it is rewritten.
    public let headroom: Int
    /// The entries, oldest first.
    public private(set) var entries: [String] = []
    /// False after a failure: the file is left alone from then on.
    public private(set) var isPersistent: Bool
    /// Entries in the file, as far as this session knows.
    private var fileCount = 0

    public init(path: String?, limit: Int = defaultLimit, headroom: Int? = nil) {
        self.path = path
        self.limit = max(limit, 1)
        self.headroom = max(headroom ?? limit / 4, 0)
        isPersistent = path != nil
    }

    /// Where the history lives: `$CAREER_ADVISOR_HISTORY`, else `$XDG_STATE_HOME/career-advisor/history`,
    /// else `$HOME/.local/state/career-advisor/history`; nil when none of them is set.
    public static func path(environment: [String: String]) -> String? {
        StateFile.path("history", override: "CAREER_ADVISOR_HISTORY", environment: environment)
    }

    /// Reads the file (a missing one is an empty history) and trims it when it holds too many entries.
    /// Returns the warning to show when the file cannot be read or trimmed.
    public mutating func load() -> String? {
        guard isPersistent, let path else { return nil }
        // A device or a FIFO is never read: /dev/full or /dev/zero would never end, a FIFO would block.
        if Platform.isDeviceOrPipe(path) { return nil }
        switch Platform.readFile(path) {
        case .success(let bytes):
            let stored = Self.decode(bytes)
            entries = Array(stored.suffix(limit))
            fileCount = stored.count
            if stored.count > limit + headroom, Platform.isRegularFile(path) {
                return Platform.withFolderLock(of: path, exclusive: true) { trim(adding: nil) }
            }
            return nil
        case .failure(let error) where error.isMissing:
            return nil
        case .failure(let error):
            return fail("cannot read the history", error)
        }
    }

    /// Adds a line typed at the prompt, unless it repeats the previous entry, and saves it at once.
    /// Returns whether it was added, and the warning to show when it could not be saved (only once).
    public mutating func add(_ line: String) -> (added: Bool, warning: String?) {
        guard !line.isEmpty, line != entries.last else { return (false, nil) }
        entries.append(line)
        if entries.count > limit { entries.removeFirst(entries.count - limit) }
        return (true, save(line))
    }

    private mutating func save(_ line: String) -> String? {
        guard isPersistent, let path else { return nil }
        if fileCount >= limit + headroom, Platform.isRegularFile(path) {
            return Platform.withFolderLock(of: path, exclusive: true) { trim(adding: line) }
        }
        let folder = Self.folder(of: path)
        if !folder.isEmpty, case .failure(let error) = Platform.makeFolders(folder) {
            return fail("cannot create the history folder", error)
        }
        let appended = Platform.withFolderLock(of: path, exclusive: false) {
            Platform.appendFile(path, Array((Self.encode(line) + "\n").utf8))
        }
        switch appended {
        case .success:
            fileCount += 1
            return nil
        case .failure(let error):
            return fail("cannot save the history", error)
        }
    }

    /// Rewrites the file as it is now (another session may have added to it), plus `line`, keeping the
    /// newest `limit` entries. Run under the exclusive lock.
    private mutating func trim(adding line: String?) -> String? {
        guard let path else { return nil }
        switch Platform.readFile(path) {
        case .success(let bytes): return rewrite(Array((Self.decode(bytes) + (line.map { [$0] } ?? [])).suffix(limit)))
        case .failure(let error) where error.isMissing: return rewrite(line.map { [$0] } ?? [])
        case .failure(let error): return fail("cannot read the history", error)
        }
    }

    private mutating func rewrite(_ kept: [String]) -> String? {
        guard let path else { return nil }
        let text = kept.map { Self.encode($0) + "\n" }.joined()
        switch Platform.replaceFile(path, Array(text.utf8)) {
        case .success:
            fileCount = kept.count
            return nil
        case .failure(let error):
            return fail("cannot trim the history", error)
        }
    }

    private mutating func fail(_ what: String, _ error: Platform.FileError) -> String {
        isPersistent = false
        return "\(what) (\(error)); this session's lines will not be kept"
    }

    private static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    /// One entry as one line of the file.
    static func encode(_ entry: String) -> String {
        var out = ""
        for character in entry.unicodeScalars {
            switch character {
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            default: out.unicodeScalars.append(character)
            }
        }
        return out
    }

    /// The entries of a file's content (blank lines skipped, invalid UTF-8 repaired, CRLF accepted).
    static func decode(_ bytes: [UInt8]) -> [String] {
        bytes.split(separator: 10).compactMap { raw in
            var out = ""
            var escaped = false
            for scalar in String(decoding: raw, as: UTF8.self).unicodeScalars {
                if escaped {
                    switch scalar {
                    case "n": out += "\n"
                    case "r": out += "\r"
                    default: out.unicodeScalars.append(scalar)
                    }
                    escaped = false
                } else if scalar == "\\" {
                    escaped = true
                } else if scalar != "\r" {
                    out.unicodeScalars.append(scalar)
                }
            }
            return out.isEmpty ? nil : out
        }
    }
}
