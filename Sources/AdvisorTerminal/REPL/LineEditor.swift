import CEditLine

/// The terminal's line editor, on libedit: a prompt, emacs key bindings (arrows, Ctrl-A/E/W, Ctrl-R
/// reverse search), in-memory history for the arrows, and Tab completion. The only code that touches C
/// besides `Platform`. Use it only when stdin and stdout are terminals, after `Platform.useUTF8Locale()`.
///
/// libedit restores the terminal on a signal that arrives while it reads (SIGTERM, SIGHUP, Ctrl-Z)
/// and follows window resizes. The user's `~/.editrc` applies on top of our bindings.
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
    private let completer: (String) -> Completion
    /// The prompt as libedit reads it (NUL-terminated), alive until the next prompt.
    private var prompt: UnsafeMutableBufferPointer<CChar> = .allocate(capacity: 1)

    /// Starts the editor, recalling at most `limit` lines and completing with `complete`; nil when
    /// libedit cannot start.
    init?(program: String, limit: Int, complete: @escaping (String) -> Completion) {
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
        ce_set_history(editor, history)
        ce_set_prompt(
            editor,
            { editor in
                guard let editor, let client = ce_client_data(editor) else { return nil }
                return Unmanaged<LineEditor>.fromOpaque(client).takeUnretainedValue().promptPointer()
            }, 1)
        ce_add_function(
            editor, "advisor-complete", "Complete a command, a role or a topic word",
            { editor, _ in
                guard let editor, let client = ce_client_data(editor) else { return UInt8(CC_ERROR) }
                return Unmanaged<LineEditor>.fromOpaque(client).takeUnretainedValue().complete()
            })
        ce_bind(editor, "^I", "advisor-complete")
        ce_bind(editor, "^R", "em-inc-search-prev")
        // Ctrl- and Alt-arrows move by words, as in most terminals' shells.
        for keys in ["\u{1B}[1;5D", "\u{1B}[1;3D", "\u{1B}\u{1B}[D"] { ce_bind(editor, keys, "ed-prev-word") }
        for keys in ["\u{1B}[1;5C", "\u{1B}[1;3C", "\u{1B}\u{1B}[C"] { ce_bind(editor, keys, "em-next-word") }
        el_source(editor, nil)
    }

    deinit {
        el_end(editor)
        history_end(history)
        prompt.deallocate()
    }

    /// Shows `prompt` (ANSI color codes in it take no room) and reads one edited line.
    func readLine(prompt text: String) -> Input {
        let bytes = Self.markingInvisible(text).utf8CString
        prompt.deallocate()
        prompt = .allocate(capacity: bytes.count)
        _ = prompt.initialize(from: bytes)
        var count: Int32 = 0
        guard let line = el_gets(editor, &count) else {
            return count < 0 && Platform.lastCallWasInterrupted ? .interrupted : .end
        }
        var text = String(cString: line)
        if text.hasSuffix("\n") { text.removeLast() }
        return .line(text)
    }

    /// Adds a line to what the arrows and Ctrl-R recall (the newest last).
    func remember(_ line: String) {
        ce_history_enter(history, line)
    }

    private func promptPointer() -> UnsafeMutablePointer<CChar>? {
        prompt.baseAddress
    }

    /// Tab: one candidate replaces what was typed (and a space follows); several put in what they share,
    /// or, when that adds nothing (or nothing was typed), are listed under the line.
    private func complete() -> UInt8 {
        guard let info = el_line(editor)?.pointee, let start = info.buffer, let cursor = info.cursor else {
            return UInt8(CC_ERROR)
        }
        let before = String(decoding: UnsafeRawBufferPointer(start: start, count: cursor - start), as: UTF8.self)
        let completion = completer(before)
        let candidates = completion.candidates
        if candidates.isEmpty { return UInt8(CC_REFRESH_BEEP) }
        if candidates.count == 1 {
            replace(completion.typed, with: candidates[0] + " ")
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
