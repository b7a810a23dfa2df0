import CEditLine

/// The editor reading a line now, for the resize handler (a signal handler can capture nothing).
nonisolated(unsafe) private var editorReading: OpaquePointer?
/// Columns the prompt of the line being read takes.
nonisolated(unsafe) private var promptColumns = 0

/// The terminal's line editor, on libedit: a prompt, emacs key bindings (arrows, Ctrl-A/E/W, Ctrl-R
/// reverse search), in-memory history for the arrows, and Tab completion. The only code that touches C
/// besides `Platform`. Use it only when stdin and stdout are terminals, after `Platform.useUTF8Locale()`.
///
/// While a line is edited, Ctrl-C and Ctrl-Z are keys, not signals: Ctrl-C discards the line however
/// fast it follows the typing (a signal that came while libedit was drawing, not reading, was lost), and
/// Ctrl-Z suspends the program as the terminal would; Ctrl-\\ does nothing. libedit restores the
/// terminal on a signal that arrives while it reads (SIGTERM, SIGHUP) and follows window resizes. The
/// user's `~/.editrc` applies on top of our bindings.
final class LineEditor {
    /// What one `readLine` got.
    enum Input: Equatable {
        /// A line, without its newline.
        case line(String)
        /// Ctrl-C: the line being edited was discarded.
        case interrupted
        /// Ctrl-D on an empty line, or the terminal went away.
        case end
    }

    private let editor: OpaquePointer
    private let history: OpaquePointer
    private let completer: (_ before: String, _ after: String) -> Completion
    /// The prompt as libedit reads it (NUL-terminated), alive until the next prompt.
    private var prompt: UnsafeMutableBufferPointer<CChar> = .allocate(capacity: 1)
    /// The prompt of the line being read (the search shows another one for a while).
    private var linePrompt = ""
    /// The lines the arrows and Ctrl-R go through, oldest first.
    private var entries: [String] = []
    /// The Up/Down state, while browsing.
    private var browser: HistoryBrowser?
    /// The Ctrl-R state while searching, with the line and cursor it started from.
    private var search: (state: HistorySearch, line: String, cursor: Int, shown: String)?
    /// Whether Ctrl-C discarded the line being read.
    private var interrupted = false

    /// Starts the editor, recalling at most `limit` lines and completing with `complete`; nil when
    /// libedit cannot start.
    init?(program: String, limit: Int, complete: @escaping (_ before: String, _ after: String) -> Completion) {
        guard let editor = ce_init(program) else { return nil }
        guard let history = history_init() else {
            el_end(editor)
            return nil
        }
        self.editor = editor
        self.history = history
        completer = complete
        prompt.initialize(repeating: 0)
        ce_history_set_size(history, Int32(clamping: limit))
        ce_history_set_unique(history, 1)

        ce_set_client_data(editor, Unmanaged.passUnretained(self).toOpaque())
        ce_set_editor(editor, "emacs")
        ce_set_signal(editor, 1)
        ce_set_edit_mode(editor, "-isig")
        ce_set_history(editor, history)
        ce_set_prompt(editor, { LineEditor.owner($0)?.promptPointer() }, 1)
        ce_add_function(
            editor, "advisor-complete", "Complete a command, a role or a topic word",
            { editor, _ in LineEditor.owner(editor)?.complete() ?? UInt8(CC_ERROR) })
        ce_add_function(
            editor, "advisor-search", "Search the history backwards as you type",
            { editor, _ in LineEditor.owner(editor)?.startOrRepeatSearch() ?? UInt8(CC_ERROR) })
        ce_add_function(
            editor, "advisor-search-key", "A key typed while searching",
            { editor, key in LineEditor.owner(editor)?.searchKey(key) ?? UInt8(CC_ERROR) })
        ce_add_function(
            editor, "advisor-search-leave", "Leave the search and do what the key does",
            { editor, key in LineEditor.owner(editor)?.leaveSearch(pushing: [UInt8(truncatingIfNeeded: key)]) ?? 0 })
        ce_add_function(
            editor, "advisor-search-leave-arrow", "Leave the search and move",
            { editor, key in
                LineEditor.owner(editor)?.leaveSearch(pushing: [0x1B, 0x5B, UInt8(truncatingIfNeeded: key)]) ?? 0
            })
        ce_add_function(
            editor, "advisor-interrupt", "Discard the line (Ctrl-C)",
            { editor, _ in LineEditor.owner(editor)?.interrupt() ?? UInt8(CC_ERROR) })
        ce_add_function(
            editor, "advisor-interrupted", "End the read of a discarded line", { _, _ in UInt8(CC_EOF) })
        ce_add_function(
            editor, "advisor-suspend", "Suspend the program (Ctrl-Z)",
            { editor, _ in LineEditor.owner(editor)?.suspend() ?? UInt8(CC_ERROR) })
        ce_add_function(
            editor, "advisor-history-up", "The previous line of the history (starting as typed)",
            { editor, _ in LineEditor.owner(editor)?.browse(older: true) ?? UInt8(CC_ERROR) })
        ce_add_function(
            editor, "advisor-history-down", "The next line of the history (starting as typed)",
            { editor, _ in LineEditor.owner(editor)?.browse(older: false) ?? UInt8(CC_ERROR) })
        // A resized terminal gets the line redrawn at its new width, as after Ctrl-Z and fg. libedit's
        // own SIGWINCH handler (while it reads) takes the new size, then passes the signal on to ours.
        Platform.onResize { _ in
            guard let editor = editorReading else { return }
            LineEditor.redraw(editor)
        }
        ce_bind(editor, "^I", "advisor-complete")
        ce_bind(editor, "^R", "advisor-search")
        ce_bind(editor, "^C", "advisor-interrupt")
        ce_bind(editor, "^Z", "advisor-suspend")
        bindEditingKeys()
        el_source(editor, nil)
    }

    deinit {
        el_end(editor)
        history_end(history)
        prompt.deallocate()
    }

    /// Redraws the prompt and the line after a resize, from a signal handler (so without allocating):
    /// back to the row where the prompt starts (as the terminal now wraps it), clear below, draw again.
    private static func redraw(_ editor: OpaquePointer) {
        guard let info = el_line(editor)?.pointee, let start = info.buffer, let cursor = info.cursor,
            let columns = Platform.columns(), columns > 0
        else { return }
        var characters = promptColumns
        var byte = start
        while byte < cursor {
            if UInt8(bitPattern: byte.pointee) & 0xC0 != 0x80 { characters += 1 }  // not a continuation byte
            byte += 1
        }
        Platform.moveToStartOfEdit(rowsUp: characters / columns)
        ce_refresh(editor)
    }

    private static func owner(_ editor: OpaquePointer?) -> LineEditor? {
        guard let editor, let client = ce_client_data(editor) else { return nil }
        return Unmanaged<LineEditor>.fromOpaque(client).takeUnretainedValue()
    }

    /// Shows `prompt` (ANSI color codes in it take no room) and reads one edited line.
    func readLine(prompt text: String) -> Input {
        linePrompt = text
        setPrompt(text)
        promptColumns = Self.visibleColumns(text)
        browser = nil
        interrupted = false
        var count: Int32 = 0
        editorReading = editor
        let line = el_gets(editor, &count)
        editorReading = nil
        if search != nil { endSearch(keeping: true) }
        if interrupted { return .interrupted }
        guard let line else {
            // A SIGINT sent from elsewhere interrupts the read as Ctrl-C does.
            return count < 0 && Platform.lastCallWasInterrupted ? .interrupted : .end
        }
        var text = String(cString: line)
        if text.hasSuffix("\n") { text.removeLast() }
        return .line(text)
    }

    /// Adds a line to what the arrows and Ctrl-R recall (the newest last).
    func remember(_ line: String) {
        ce_history_enter(history, line)
        if entries.last != line { entries.append(line) }
    }

    private func setPrompt(_ text: String) {
        let bytes = Self.markingInvisible(text).utf8CString
        prompt.deallocate()
        prompt = .allocate(capacity: bytes.count)
        _ = prompt.initialize(from: bytes)
    }

    private func promptPointer() -> UnsafeMutablePointer<CChar>? {
        prompt.baseAddress
    }

    // MARK: - The line

    /// The line being edited, and the cursor's place in it (in Unicode scalars, as libedit counts).
    private var line: (text: String, cursor: Int) {
        guard let info = el_line(editor)?.pointee, let start = info.buffer, let cursor = info.cursor,
            let end = info.lastchar
        else { return ("", 0) }
        let before = String(decoding: UnsafeRawBufferPointer(start: start, count: cursor - start), as: UTF8.self)
        let all = String(decoding: UnsafeRawBufferPointer(start: start, count: end - start), as: UTF8.self)
        return (all, before.unicodeScalars.count)
    }

    /// Replaces the whole line with `text`, the cursor `cursor` scalars in (nil: at the end).
    private func setLine(_ text: String, cursor: Int? = nil) {
        let current = line
        let length = current.text.unicodeScalars.count
        el_cursor(editor, Int32(length - current.cursor))
        el_deletestr(editor, Int32(length))
        if !text.isEmpty { el_insertstr(editor, text) }
        if let cursor { el_cursor(editor, Int32(cursor - text.unicodeScalars.count)) }
    }

    // MARK: - Up and Down

    /// Up (older) or Down: the history, or only its lines starting with what was typed.
    private func browse(older: Bool) -> UInt8 {
        let current = line.text
        if browser == nil || browser?.shown != current { browser = HistoryBrowser(typed: current, entries: entries) }
        let next = older ? browser?.older(in: entries) : browser?.newer(in: entries)
        guard let next else { return UInt8(CC_REFRESH_BEEP) }
        setLine(next)
        return UInt8(CC_REFRESH)
    }

    // MARK: - Ctrl-C, Ctrl-Z

    /// Ctrl-C: the cursor goes to the end of the line (where the caller shows "^C"), then the read ends
    /// with the line discarded.
    private func interrupt() -> UInt8 {
        interrupted = true
        let current = line
        el_cursor(editor, Int32(clamping: current.text.unicodeScalars.count - current.cursor))
        el_push(editor, Self.interruptedKey)
        return UInt8(CC_CURSOR)
    }

    /// Ctrl-Z: the terminal back as the user had it, the program's whole job stopped; when it goes on
    /// (fg), the editor's mode again and the line drawn afresh.
    private func suspend() -> UInt8 {
        ce_prepare_terminal(editor, 0)
        Platform.suspendJob()
        ce_prepare_terminal(editor, 1)
        return UInt8(CC_REDISPLAY)
    }

    // MARK: - Ctrl-R

    /// Ctrl-R: starts a reverse search, or (searching) goes to the next older match.
    private func startOrRepeatSearch() -> UInt8 {
        absorbTyping()
        if var found = search {
            found.state.older()
            search = found
            return showSearch()
        }
        let current = line
        search = (HistorySearch(entries: entries), current.text, current.cursor, current.text)
        bindSearchKeys(true)
        return showSearch()
    }

    /// A key while searching: a character adds to the query, Backspace removes one, Ctrl-S goes to newer
    /// matches, Ctrl-C and Ctrl-G give up (the line comes back as it was), Enter takes the match.
    private func searchKey(_ key: Int32) -> UInt8 {
        absorbTyping()
        guard var found = search, let scalar = Unicode.Scalar(UInt32(truncatingIfNeeded: key)) else {
            return UInt8(CC_ERROR)
        }
        switch scalar {
        case "\u{3}", "\u{7}":
            endSearch(keeping: false)
            el_push(editor, Self.redisplayKey)
            return UInt8(CC_REFRESH)
        case "\r", "\n":
            return leaveSearch(pushing: [0x0A])
        case "\u{7F}", "\u{8}":
            found.state.deleteBackward()
        case "\u{13}":
            found.state.newer()
        default:
            guard scalar.value >= 0x20 else { return leaveSearch(pushing: [UInt8(scalar.value)]) }
            found.state.type(String(scalar))
        }
        search = found
        return showSearch()
    }

    /// Ends the search keeping the match, then does what `keys` do (libedit reads them next).
    private func leaveSearch(pushing keys: [UInt8]) -> UInt8 {
        absorbTyping()
        endSearch(keeping: true)
        // Drawn afresh with the prompt back (a redraw by difference can lose wide characters), then the keys.
        el_push(editor, Self.redisplayKey + String(decoding: keys, as: UTF8.self))
        return UInt8(CC_REFRESH)
    }

    private func showSearch() -> UInt8 {
        guard var found = search else { return UInt8(CC_ERROR) }
        setPrompt(found.state.prompt.printable)
        if let match = found.state.match {
            let offset = match.prefix(found.state.matchOffset).unicodeScalars.count
            setLine(match, cursor: offset)
            found.shown = match
        }
        search = found
        return UInt8(found.state.failed ? CC_REFRESH_BEEP : CC_REFRESH)
    }

    /// Characters libedit inserted itself while searching (those beyond Latin-1 never reach a key
    /// binding): taken out of the line and added to the query.
    private func absorbTyping() {
        guard var found = search else { return }
        let current = Array(line.text.unicodeScalars)
        let shown = Array(found.shown.unicodeScalars)
        guard current != shown else { return }
        var start = 0
        while start < min(current.count, shown.count), current[start] == shown[start] { start += 1 }
        var end = 0
        while end < min(current.count, shown.count) - start,
            current[current.count - 1 - end] == shown[shown.count - 1 - end]
        {
            end += 1
        }
        var inserted = String.UnicodeScalarView()
        inserted.append(contentsOf: current[start..<(current.count - end)])
        if !inserted.isEmpty { found.state.type(String(inserted)) }
        search = found
        _ = showSearch()
    }

    /// Back to editing: the line is the match (`keeping`) or the line from before the search.
    private func endSearch(keeping: Bool) {
        guard let found = search else { return }
        search = nil
        bindSearchKeys(false)
        setPrompt(linePrompt)
        if keeping, let match = found.state.match {
            setLine(match, cursor: match.prefix(found.state.matchOffset).unicodeScalars.count)
        } else {
            setLine(found.line, cursor: found.cursor)
        }
    }

    // MARK: - Key bindings

    /// Arrows through the history (by prefix), Home and End as every terminal sends them, words by
    /// Ctrl- and Alt-arrows.
    private func bindEditingKeys() {
        for keys in ["\u{1B}[A", "\u{1B}OA", "^P"] { ce_bind(editor, keys, "advisor-history-up") }
        for keys in ["\u{1B}[B", "\u{1B}OB", "^N"] { ce_bind(editor, keys, "advisor-history-down") }
        for keys in ["\u{1B}[C", "\u{1B}OC"] { ce_bind(editor, keys, "ed-next-char") }
        for keys in ["\u{1B}[D", "\u{1B}OD"] { ce_bind(editor, keys, "ed-prev-char") }
        for keys in ["\u{1B}[H", "\u{1B}OH", "\u{1B}[1~", "\u{1B}[7~"] { ce_bind(editor, keys, "ed-move-to-beg") }
        for keys in ["\u{1B}[F", "\u{1B}OF", "\u{1B}[4~", "\u{1B}[8~"] { ce_bind(editor, keys, "ed-move-to-end") }
        ce_bind(editor, "\u{1B}[3~", "ed-delete-next-char")
        ce_bind(editor, Self.redisplayKey, "ed-redisplay")
        ce_bind(editor, Self.interruptedKey, "advisor-interrupted")
        // Ctrl- and Alt-arrows move by words, as in most terminals' shells.
        for keys in ["\u{1B}[1;5D", "\u{1B}[1;3D", "\u{1B}\u{1B}[D"] { ce_bind(editor, keys, "ed-prev-word") }
        for keys in ["\u{1B}[1;5C", "\u{1B}[1;3C", "\u{1B}\u{1B}[C"] { ce_bind(editor, keys, "em-next-word") }
    }

    /// While searching, every key goes to the search; after, keys do what emacs mode makes them do.
    private func bindSearchKeys(_ searching: Bool) {
        for byte in UInt8(0x20)...0x7E {
            let scalar = Unicode.Scalar(byte)
            let key = "^\\-".unicodeScalars.contains(scalar) ? "\\" + String(scalar) : String(scalar)
            ce_bind(editor, key, searching ? "advisor-search-key" : "ed-insert")
        }
        for (byte, command) in Self.emacsControlKeys {
            let key = byte == 0x7F ? "^?" : "^" + String(Unicode.Scalar(byte + 0x40))
            let special: Set<UInt8> = [0x03, 0x07, 0x08, 0x0A, 0x0D, 0x13, 0x7F]
            ce_bind(
                editor, key,
                !searching ? command : special.contains(byte) ? "advisor-search-key" : "advisor-search-leave")
        }
        for letter in ["A", "B", "C", "D"] {
            for keys in ["\u{1B}[" + letter, "\u{1B}O" + letter] {
                let normal = ["A": "advisor-history-up", "B": "advisor-history-down", "C": "ed-next-char"][letter]
                ce_bind(editor, keys, searching ? "advisor-search-leave-arrow" : normal ?? "ed-prev-char")
            }
        }
    }

    /// A key sequence no terminal sends, bound to a full redraw of the prompt and line (pushed, not typed).
    private static let redisplayKey = "\u{1B}[9999~"
    /// Another, bound to the end of a read after Ctrl-C.
    private static let interruptedKey = "\u{1B}[9998~"

    /// The control keys and what libedit's emacs mode binds them to (Tab, Ctrl-R, Ctrl-P, Ctrl-N, Ctrl-C
    /// and Ctrl-Z are ours; Escape and Ctrl-X lead sequences in, and the terminal's own keys (Ctrl-Q,
    /// Ctrl-S…) have no name to bind back to: they are left alone).
    private static let emacsControlKeys: [(UInt8, String)] = [
        (0x00, "em-set-mark"), (0x01, "ed-move-to-beg"), (0x02, "ed-prev-char"), (0x03, "advisor-interrupt"),
        (0x04, "em-delete-or-list"), (0x05, "ed-move-to-end"), (0x06, "ed-next-char"), (0x07, "ed-unassigned"),
        (0x08, "em-delete-prev-char"), (0x09, "advisor-complete"), (0x0A, "ed-newline"), (0x0B, "ed-kill-line"),
        (0x0C, "ed-clear-screen"), (0x0D, "ed-newline"), (0x0E, "advisor-history-down"),
        (0x10, "advisor-history-up"), (0x13, "ed-unassigned"), (0x14, "ed-transpose-chars"),
        (0x15, "em-kill-line"), (0x16, "ed-quoted-insert"), (0x17, "em-kill-region"), (0x19, "em-yank"),
        (0x1A, "advisor-suspend"), (0x7F, "em-delete-prev-char"),
    ]

    // MARK: - Tab

    /// Tab: one candidate replaces what was typed (and a space follows); several put in what they share,
    /// or, when that adds nothing (or nothing was typed), are listed under the line.
    private func complete() -> UInt8 {
        guard let info = el_line(editor)?.pointee, let start = info.buffer, let cursor = info.cursor else {
            return UInt8(CC_ERROR)
        }
        let before = String(decoding: UnsafeRawBufferPointer(start: start, count: cursor - start), as: UTF8.self)
        let after = line.text.unicodeScalars.dropFirst(line.cursor)
        let completion = completer(before, String(after))
        let candidates = completion.candidates
        if candidates.isEmpty { return UInt8(CC_REFRESH_BEEP) }
        if candidates.count == 1 {
            // A folder goes on (no space after it), as shells do.
            replace(completion.typed, with: candidates[0] + (candidates[0].hasSuffix("/") ? "" : " "))
            return UInt8(CC_REFRESH)
        }
        let shared = completion.commonPrefix
        if !completion.typed.isEmpty, shared.count > completion.typed.count {
            replace(completion.typed, with: shared)
            return UInt8(CC_REFRESH)
        }
        Platform.write("\n" + completion.listing(width: Platform.columns() ?? 80))
        return UInt8(CC_REDISPLAY)
    }

    private func replace(_ typed: String, with text: String) {
        el_deletestr(editor, Int32(typed.unicodeScalars.count))
        el_insertstr(editor, text)
    }

    /// Columns `text` takes on the terminal: its escape sequences (colors) take none.
    static func visibleColumns(_ text: String) -> Int {
        var visible = String.UnicodeScalarView()
        var inSequence = false
        for scalar in text.unicodeScalars {
            if scalar == "\u{1B}" {
                inSequence = true
            } else if inSequence {
                if scalar != "[", (0x40...0x7E).contains(scalar.value) { inSequence = false }
            } else {
                visible.append(scalar)
            }
        }
        return Wrapper.displayWidth(String(visible))
    }

    /// The prompt with each escape sequence between two \u{1}, so libedit does not count it as columns.
    static func markingInvisible(_ text: String) -> String {
        var out = ""
        var inSequence = false
        for scalar in text.unicodeScalars {
            if scalar == "\u{1B}" {
                inSequence = true
                out += "\u{1}"
            }
            out.unicodeScalars.append(scalar)
            if inSequence, scalar != "\u{1B}", scalar != "[", (0x40...0x7E).contains(scalar.value) {
                inSequence = false
                out += "\u{1}"
            }
        }
        return out
    }
}
