# career-advisor — the two commands a new user needs:
#   make run     build (release) and start the advisor
#   make test    build and run every test (format lint, unit, end-to-end, evaluation)
# Both install the Debian packages the build needs (libedit-dev, libstemmer-dev) when missing.

SWIFT     ?= swift
PREFIX    ?= /usr/local
BIN        = .build/release/career-advisor
SUDO      := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
DEB_PKGS   = libedit-dev libstemmer-dev wamerican
RELEASE    = -c release --static-swift-stdlib

.PHONY: run test deps build release knowledge lint format coverage bench man install uninstall eval clean \
  fuzz fuzz-smoke fuzz-build asan tsan

run: deps release
	@$(BIN) $(ARGS)

test: deps lint
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build
	@$(MAKE) --no-print-directory fuzz-smoke

deps:
	@missing=""; for p in $(DEB_PKGS); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "Installing:$$missing"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing; \
	fi

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build $(RELEASE) --product career-advisor

# Regenerates the built-in knowledge from Knowledge/, and its compiled form (index, vocabulary, cues:
# what the engine would otherwise compute at every start). Tests fail when either is stale.
knowledge: deps
	$(SWIFT) run embed-knowledge Knowledge Sources/AdvisorKnowledge/EmbeddedKnowledge.swift \
	  Sources/AdvisorKnowledge/EmbeddedCompiled.swift

lint:
	$(SWIFT) format lint --strict --recursive Package.swift Sources Tests Fuzz Benchmarks

format:
	$(SWIFT) format --in-place --recursive Package.swift Sources Tests Fuzz Benchmarks

eval: release
	$(BIN) eval Tests/Evaluation/questions.tsv
	@for set in ../shared/eval/real-dev.jsonl ../shared/eval/conv-dev.jsonl; do \
	  if [ -f $$set ]; then $(BIN) eval --quiet $$set; fi; done

coverage: deps
	$(SWIFT) test --enable-code-coverage
	@python3 scripts/coverage-summary.py "$$($(SWIFT) test --show-codecov-path)"

# The release binary side by side with a floor built with the same flags (advisor-floor: read a line,
# print it as JSON), on a realistic mix of questions (Benchmarks/questions-mix.txt).
bench: release
	$(SWIFT) build $(RELEASE) --product advisor-floor
	$(SWIFT) build $(RELEASE) --product advisor-bench
	.build/release/advisor-bench $(BIN) .build/release/advisor-floor Benchmarks/questions-mix.txt

# The manual page, generated from the command definitions by swift-argument-parser's generate-manual.
MAN_PAGE = .build/man/career-advisor.1
man: release
	$(SWIFT) build $(RELEASE) --product generate-manual
	@mkdir -p .build/man
	.build/release/generate-manual $(BIN) --output-directory .build/man
	@sed -i -e 's/^$$/.Pp/' $(MAN_PAGE)  # a blank line in the help is a paragraph break in mdoc

install: man
	install -d "$(DESTDIR)$(PREFIX)/bin" "$(DESTDIR)$(PREFIX)/share/bash-completion/completions" \
	  "$(DESTDIR)$(PREFIX)/share/zsh/site-functions" "$(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d" \
	  "$(DESTDIR)$(PREFIX)/share/man/man1"
	install -m 755 $(BIN) "$(DESTDIR)$(PREFIX)/bin/career-advisor"
	install -m 644 $(MAN_PAGE) "$(DESTDIR)$(PREFIX)/share/man/man1/career-advisor.1"
	$(BIN) --generate-completion-script bash > "$(DESTDIR)$(PREFIX)/share/bash-completion/completions/career-advisor"
	$(BIN) --generate-completion-script zsh > "$(DESTDIR)$(PREFIX)/share/zsh/site-functions/_career-advisor"
	$(BIN) --generate-completion-script fish > "$(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d/career-advisor.fish"

uninstall:
	rm -f "$(DESTDIR)$(PREFIX)/bin/career-advisor" "$(DESTDIR)$(PREFIX)/share/man/man1/career-advisor.1" \
	  "$(DESTDIR)$(PREFIX)/share/bash-completion/completions/career-advisor" \
	  "$(DESTDIR)$(PREFIX)/share/zsh/site-functions/_career-advisor" \
	  "$(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d/career-advisor.fish"

clean:
	rm -rf .build .build-*

# Robustness. libFuzzer over the whole answer pipeline (Fuzz/advisor-fuzz), with AddressSanitizer:
#   make fuzz FUZZ_SECONDS=600   fuzz for that long (default 60 s); a crash is saved as Fuzz/crash-<sha>
#                                and the run fails. Minimize it, keep it in Fuzz/regressions/, fix the engine.
#   make fuzz-smoke              the short run `make test` ends with (FUZZ_SMOKE_SECONDS, default 20 s)
#   make asan / make tsan        the test suite under AddressSanitizer / ThreadSanitizer
# Each builds in a scratch folder of its own (.build-fuzz, .build-asan, .build-tsan), never in .build.
# New inputs the fuzzer finds go to .build-fuzz/corpus (not committed); Fuzz/corpus holds the seeds.
FUZZ_SECONDS       ?= 60
FUZZ_SMOKE_SECONDS ?= 20
FUZZ_BIN            = .build-fuzz/release/advisor-fuzz
FUZZ_FLAGS          = -c release -Xswiftc -sanitize=fuzzer,address -Xswiftc -DFUZZING --scratch-path .build-fuzz
FUZZ_RUN            = SWIFT_BACKTRACE=enable=no $(FUZZ_BIN) .build-fuzz/corpus Fuzz/corpus Fuzz/regressions \
                        -dict=Fuzz/advisor.dict -max_len=4096 -timeout=10 -artifact_prefix=Fuzz/ -print_final_stats=1
FUZZ_CRASHED        = { echo "advisor-fuzz: crash saved as Fuzz/crash-*; reproduce: $(FUZZ_BIN) Fuzz/crash-…;" \
                        "minimize: add -minimize_crash=1 -runs=10000; keep it in Fuzz/regressions/"; exit 1; }
# ld.gold prints ~140 harmless "Cannot export local symbol '__asan_…'" warnings per sanitized link.
QUIET_GOLD          = grep -v "Cannot export local symbol" || true

fuzz-build: deps
	@mkdir -p .build-fuzz/corpus
	@out=$$($(SWIFT) build $(FUZZ_FLAGS) --product advisor-fuzz 2>&1); status=$$?; \
	 printf '%s\n' "$$out" | $(QUIET_GOLD); exit $$status

fuzz: fuzz-build
	$(FUZZ_RUN) -max_total_time=$(FUZZ_SECONDS) || $(FUZZ_CRASHED)

fuzz-smoke: fuzz-build
	@echo "advisor-fuzz: $(FUZZ_SMOKE_SECONDS) s (log: .build-fuzz/smoke.log)"
	@$(FUZZ_RUN) -max_total_time=$(FUZZ_SMOKE_SECONDS) > .build-fuzz/smoke.log 2>&1 \
	 && grep -E '^(Done|stat::(number_of_executed_units|average_exec_per_sec|peak_rss_mb))' .build-fuzz/smoke.log \
	 || { tail -n 60 .build-fuzz/smoke.log; $(FUZZ_CRASHED); }

# Only Swift Testing runs (--disable-xctest): XCTest's own allocations would show as leaks at exit. Leak
# checking stays on, in the tests and in every binary they start, but for two library leaks
# (.ci/lsan-suppressions.txt); TSan ignores only Mutex-guarded state it cannot see is guarded
# (.ci/tsan-suppressions.txt). TEST_ARGS passes more to `swift test`, e.g. TEST_ARGS="--filter AdvisorKitTests".
asan: deps
	@out=$$($(SWIFT) build --build-tests --sanitize=address --scratch-path .build-asan 2>&1); status=$$?; \
	 printf '%s\n' "$$out" | $(QUIET_GOLD); exit $$status
	LSAN_OPTIONS=suppressions=$(CURDIR)/.ci/lsan-suppressions.txt \
	  $(SWIFT) test --skip-build --sanitize=address --scratch-path .build-asan --disable-xctest $(TEST_ARGS)

tsan: deps
	$(SWIFT) build --build-tests --sanitize=thread --scratch-path .build-tsan
	TSAN_OPTIONS=suppressions=$(CURDIR)/.ci/tsan-suppressions.txt \
	  $(SWIFT) test --skip-build --sanitize=thread --scratch-path .build-tsan --disable-xctest $(TEST_ARGS)
