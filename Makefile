# career-advisor — the two commands a new user needs:
#   make run     build (release) and start the advisor
#   make test    build and run every test (format lint, unit, end-to-end, evaluation)
# Both install the Debian packages the build needs (libedit-dev, libstemmer-dev) when missing.

SWIFT     ?= swift
PREFIX    ?= /usr/local
BIN        = .build/release/career-advisor
SUDO      := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
DEB_PKGS   = libedit-dev libstemmer-dev
RELEASE    = -c release --static-swift-stdlib

.PHONY: run test deps build release knowledge lint format coverage bench install uninstall eval clean

run: deps release
	@$(BIN) $(ARGS)

test: deps lint
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

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

# Regenerates the built-in knowledge from Knowledge/ (a test fails when it is stale).
knowledge: deps
	$(SWIFT) run embed-knowledge Knowledge Sources/AdvisorKnowledge/EmbeddedKnowledge.swift

lint:
	$(SWIFT) format lint --strict --recursive Package.swift Sources Tests

format:
	$(SWIFT) format --in-place --recursive Package.swift Sources Tests

eval: release
	$(BIN) eval Tests/Evaluation/questions.tsv

coverage: deps
	$(SWIFT) test --enable-code-coverage
	@profdata=$$(find .build -name default.profdata | head -1); \
	 tests=$$(find .build/debug -name '*.xctest' | head -1); \
	 llvm-cov report "$$tests" -instr-profile="$$profdata" -ignore-filename-regex='.build|Tests|EmbeddedKnowledge' | tail -1

bench: release
	$(SWIFT) build $(RELEASE) --product advisor-bench
	.build/release/advisor-bench $(BIN)

install: release
	install -d "$(DESTDIR)$(PREFIX)/bin" "$(DESTDIR)$(PREFIX)/share/bash-completion/completions" \
	  "$(DESTDIR)$(PREFIX)/share/zsh/site-functions" "$(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d"
	install -m 755 $(BIN) "$(DESTDIR)$(PREFIX)/bin/career-advisor"
	$(BIN) --generate-completion-script bash > "$(DESTDIR)$(PREFIX)/share/bash-completion/completions/career-advisor"
	$(BIN) --generate-completion-script zsh > "$(DESTDIR)$(PREFIX)/share/zsh/site-functions/_career-advisor"
	$(BIN) --generate-completion-script fish > "$(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d/career-advisor.fish"

uninstall:
	rm -f "$(DESTDIR)$(PREFIX)/bin/career-advisor" \
	  "$(DESTDIR)$(PREFIX)/share/bash-completion/completions/career-advisor" \
	  "$(DESTDIR)$(PREFIX)/share/zsh/site-functions/_career-advisor" \
	  "$(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d/career-advisor.fish"

clean:
	rm -rf .build .build-*
