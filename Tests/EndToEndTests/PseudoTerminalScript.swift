/// The pseudo-terminal script `InteractiveSessionTests` runs (Python 3 with pexpect): it types into the
/// real binary as a person would and checks what the terminal shows, the exit status and the history file.
/// Kept here as text so the test target holds only Swift; run it by hand with
/// `python3 pty_session.py .build/debug/career-advisor "$(mktemp -d)"` after saving `source` to a file.
enum PseudoTerminalScript {
    static let source = #"""
        """Drives career-advisor's interactive session through a pseudo-terminal, as a person would.

        Usage: python3 pty_session.py BINARY WORK_FOLDER   (exit status 0 when every step passes)
        """
        import os
        import signal
        import stat
        import sys
        import termios

        import pexpect

        binary, work = sys.argv[1], sys.argv[2]
        home = os.path.join(work, "home")
        os.makedirs(home, exist_ok=True)
        history = os.path.join(home, ".local", "state", "career-advisor", "history")
        # No LANG or LC_*: the advisor must fall back to UTF-8 by itself.
        env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": home, "TERM": "xterm", "NO_COLOR": "1"}
        # Sanitizer settings pass through, so `make asan` can run the REPL under its suppressions.
        env.update({k: v for k, v in os.environ.items() if k in ("ASAN_OPTIONS", "LSAN_OPTIONS", "TSAN_OPTIONS")})
        PROMPT = "advisor> "


        class Transcript:
            """What the terminal showed: echoed to stdout (for a failing test's log) and kept."""

            def __init__(self):
                self.text = ""

            def write(self, text):
                self.text += text
                sys.stdout.write(text)

            def flush(self):
                sys.stdout.flush()


        def spawn(extra=None):
            child = pexpect.spawn(binary, env=dict(env, **(extra or {})), dimensions=(24, 80), encoding="utf-8",
                                  timeout=15)
            child.logfile_read = Transcript()
            return child


        def step(name):
            print(f"\n--- {name}", flush=True)


        # Session 1: ask, recall, complete, interrupt, search, UTF-8, Ctrl-D.
        child = spawn()
        step("banner and prompt")
        child.expect("Type /help for help")
        child.expect(PROMPT)

        step("a question and its answer")
        child.send("what does an nlp engineer do?\r")
        child.expect("NLP engineer\r\n")
        child.expect(r"\(source: nlp-engineer\)")
        child.expect("You could ask next:")
        child.expect(PROMPT)

        step("up arrow recalls the question")
        child.send("\x1b[A")
        child.expect(r"what does an nlp engineer do\?")
        child.send("\r")
        child.expect(r"\(source: nlp-engineer\)")
        child.expect(PROMPT)

        step("/he + Tab completes to /help")
        child.send("/he")
        child.expect("/he")
        child.send("\t")
        child.expect("lp ")
        child.send("\r")
        child.expect("Commands:")
        child.expect("/topics")
        child.expect(PROMPT)

        step("Ctrl-C discards the line and the session goes on")
        child.send("discard this line")
        child.expect("discard this line")
        child.send("\x03")
        child.expect(r"\^C\r\n")
        child.expect(PROMPT)
        child.send("/why\r")
        child.expect("Rules: intent role")
        child.expect("Passages")
        child.expect(PROMPT)

        step("a number asks a suggested follow-up")
        child.send("1\r")
        child.expect(r"» What skills does an NLP engineer need\?")
        child.expect(PROMPT)

        step("Ctrl-R searches the history, past newer matches")
        child.send("\x12engineer do")
        child.expect(r"what does an nlp engineer do\?")
        child.send("\r")
        child.expect(PROMPT)
        child.send("/why\r")
        child.expect("Why that answer to “what does an nlp engineer do\\?”")
        child.expect(PROMPT)

        step("UTF-8 input")
        child.send("café ☕ engineer?\r")
        child.expect(r"café ☕ engineer\?")
        child.expect(PROMPT)

        step("Ctrl-D on an empty line exits with status 0")
        child.send("\x04")
        child.expect(pexpect.EOF)
        child.close()
        assert child.exitstatus == 0, f"exit status {child.exitstatus}, signal {child.signalstatus}"

        step("the history file")
        with open(history, encoding="utf-8") as file:
            entries = file.read().splitlines()
        expected = ["what does an nlp engineer do?", "/help", "/why", "What skills does an NLP engineer need?",
                    "what does an nlp engineer do?", "/why", "café ☕ engineer?"]
        assert entries == expected, entries
        assert stat.S_IMODE(os.stat(history).st_mode) == 0o600, oct(os.stat(history).st_mode)
        assert stat.S_IMODE(os.stat(os.path.dirname(history)).st_mode) == 0o700

        # Session 2: the history is back; SIGTERM restores the terminal and keeps what was entered.
        child = spawn()
        child.expect(PROMPT)
        step("the next session recalls the last one's lines")
        child.send("\x1b[A")
        child.expect(r"café ☕ engineer\?")
        child.send("\x15how much does a senior earn?\r")
        child.expect(r"\(source: salary-senior\)")
        child.expect(PROMPT)
        child.send("half a line")
        child.expect("half a line")
        assert not termios.tcgetattr(child.child_fd)[3] & termios.ICANON, "the editor reads raw"
        step("SIGTERM")
        child.kill(signal.SIGTERM)
        child.expect(pexpect.EOF)
        lflag = termios.tcgetattr(child.child_fd)[3]
        child.close()
        assert lflag & termios.ICANON and lflag & termios.ECHO, "terminal restored"
        assert child.signalstatus == signal.SIGTERM, (child.exitstatus, child.signalstatus)
        with open(history, encoding="utf-8") as file:
            entries = file.read().splitlines()
        assert entries[-1] == "how much does a senior earn?", entries

        # Session 3: a history that cannot be used gives one warning; the session goes on.
        step("an unusable history warns once")
        child = spawn({"CAREER_ADVISOR_HISTORY": home})  # a folder: cannot be read
        child.expect("cannot read the history")
        child.expect(PROMPT)
        child.send("what is an ai engineer?\r")
        child.expect(PROMPT)
        child.send("/quit\r")
        child.expect(pexpect.EOF)
        child.close()
        assert child.exitstatus == 0
        assert child.logfile_read.text.count("career-advisor: cannot") == 1, "one warning only"
        print("\nPTY SESSION OK")
        """#
}
