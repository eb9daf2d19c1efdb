# Communiqué: `make demo` builds the graph of Fixtures/, `make test` runs every test.
# Both install what they need on a fresh Debian machine (run as root, or with sudo available).

SWIFT ?= swift
VENV := .build/venv
APT_PACKAGES := libraptor2-dev libxml2-dev pkg-config raptor2-utils
# Graphviz renders the diagrams the tests draw (`communique diagram -o x.svg`); man-db reads the installed
# man page; Virtuoso is the second real store the endpoint tests load into (its server binary only: the
# tests start it themselves on 127.0.0.1, so no system service is set up).
TEST_APT_PACKAGES := graphviz man-db virtuoso-opensource-7-bin
OUTPUT ?= graph.ttl

.PHONY: demo test deps test-deps python-deps score score-dev fuzz test-asan examples install uninstall clean

## Build the knowledge graph of the bundled press releases into $(OUTPUT).
demo: deps
	$(SWIFT) build -c release --product communique
	.build/release/communique build Fixtures/press-releases -o $(OUTPUT)

## Run the whole test suite, re-read every RDF file the tests wrote with Oxigraph and rapper, then
## validate the graph of Fixtures/ with SHACL and score it against the gold annotations.
test: deps test-deps python-deps
	rm -rf .build/test-output
	COMMUNIQUE_TEST_OUTPUT=$(CURDIR)/.build/test-output $(SWIFT) build --build-tests
	COMMUNIQUE_TEST_OUTPUT=$(CURDIR)/.build/test-output PATH=$(CURDIR)/$(VENV)/bin:$$PATH $(SWIFT) test
	PATH=$(CURDIR)/$(VENV)/bin:$$PATH Scripts/validate-test-outputs.sh .build/test-output
	Scripts/check-fixtures-graph.sh
	Scripts/check-install.sh
	Scripts/score-dev.sh --check

## Score the graph of Fixtures/ against the gold annotations in ../shared/eval.
score: demo python-deps
	$(VENV)/bin/python ../shared/eval/score.py --gold ../shared/eval/gold/seeds --graph $(OUTPUT)

## Build ../shared/eval/dev as one corpus and print the scorer's table, its details and the per-release view.
score-dev: deps python-deps
	$(SWIFT) build --product communique
	Scripts/score-dev.sh

## Build the libFuzzer targets of Fuzz/ (reader, extractor, Raptor's parsers, the Turtle block writer against
## Raptor's Turtle serializer) with AddressSanitizer and run
## each for FUZZ_SECONDS (default 60); a finding stops with its input under .build/fuzz/artifacts/.
FUZZ_SECONDS ?= 60
fuzz: deps
	cd Fuzz && $(SWIFT) build -c debug -Xswiftc -sanitize=fuzzer,address -Xswiftc -use-ld=lld --scratch-path ../.build-fuzz
	Scripts/fuzz.sh $(FUZZ_SECONDS)

## The test suite built with AddressSanitizer (its own build folder). Leak reports are off: the ones seen come
## from Foundation's file reading and the Swift runtime at exit, not from this code (see the fuzz targets for
## leak checks of ours).
test-asan: deps test-deps python-deps
	$(SWIFT) build --build-tests -Xswiftc -sanitize=address --scratch-path .build-asan
	ASAN_OPTIONS=detect_leaks=0 PATH=$(CURDIR)/$(VENV)/bin:$$PATH $(SWIFT) test --skip-build -Xswiftc -sanitize=address --scratch-path .build-asan

## System packages: Raptor2, libxml2 and pkg-config (SwiftPM needs it to find raptor2.pc and libxml-2.0.pc), rapper, python3-venv.
deps:
	@Scripts/install-system-packages.sh $(APT_PACKAGES)

## System packages for the tests only.
test-deps:
	@Scripts/install-system-packages.sh $(TEST_APT_PACKAGES)

## Python tools in a virtual environment inside the build folder: Oxigraph, rdflib, pySHACL.
python-deps: $(VENV)/.installed

$(VENV)/.installed:
	python3 -m venv $(VENV)
	$(VENV)/bin/pip install --quiet --disable-pip-version-check oxigraph rdflib pyshacl
	touch $@

## Install the release binary into $(PREFIX)/bin, the knowledge files into $(PREFIX)/share/communique,
## the man page (swift-argument-parser's generate-manual plugin) into $(PREFIX)/share/man/man1 and the
## bash, zsh and fish completions into their usual folders. DESTDIR stages the whole tree elsewhere.
PREFIX ?= /usr/local
ROOT := $(DESTDIR)$(PREFIX)
# debug installs the binary the tests use (Scripts/check-install.sh does, so as not to build twice).
CONFIG ?= release
# The manual's date: the last commit's, so that the same sources give the same page.
MAN_DATE := $(shell git log -1 --format=%cs 2>/dev/null || date +%Y-%m-%d)
INSTALLED := bin/communique share/man/man1/communique.1 share/bash-completion/completions/communique \
	share/zsh/site-functions/_communique share/fish/vendor_completions.d/communique.fish
install: deps
	$(SWIFT) build -c $(CONFIG) --product communique
	$(SWIFT) package generate-manual --configuration $(CONFIG) --date $(MAN_DATE) --authors "The Communiqué developers"
	install -d $(ROOT)/bin $(ROOT)/share/communique $(ROOT)/share/man/man1 $(ROOT)/share/bash-completion/completions \
		$(ROOT)/share/zsh/site-functions $(ROOT)/share/fish/vendor_completions.d
	install -m 755 .build/$(CONFIG)/communique $(ROOT)/bin/communique
	install -m 644 Ontology/*.ttl $(ROOT)/share/communique/
	install -m 644 .build/plugins/GenerateManual/outputs/communique/communique.1 $(ROOT)/share/man/man1/communique.1
	$(ROOT)/bin/communique --generate-completion-script bash > $(ROOT)/share/bash-completion/completions/communique
	$(ROOT)/bin/communique --generate-completion-script zsh > $(ROOT)/share/zsh/site-functions/_communique
	$(ROOT)/bin/communique --generate-completion-script fish > $(ROOT)/share/fish/vendor_completions.d/communique.fish
	@echo "installed communique into $(ROOT)/bin (knowledge files in $(ROOT)/share/communique)"

## Remove what `make install` put under $(PREFIX).
uninstall:
	rm -f $(addprefix $(ROOT)/,$(INSTALLED))
	rm -rf $(ROOT)/share/communique

clean:
	rm -rf .build $(OUTPUT)
