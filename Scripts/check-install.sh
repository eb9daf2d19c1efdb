#!/usr/bin/env bash
# `make install` into a temporary prefix (with the debug binary the tests already built), then as a user
# would: run the installed communique through a symbolic link from another folder, read its man page with
# `man -l`, check the completions, and `make uninstall` leaves nothing behind.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
fail() { echo "check-install: $*" >&2; exit 1; }

make --no-print-directory install PREFIX="$scratch/prefix" CONFIG=debug > "$scratch/install.log" 2>&1 || {
  cat "$scratch/install.log" >&2; fail "make install failed"; }
for file in bin/communique share/communique/states.ttl share/communique/shapes.ttl share/man/man1/communique.1 \
            share/bash-completion/completions/communique share/zsh/site-functions/_communique \
            share/fish/vendor_completions.d/communique.fish; do
  [ -s "$scratch/prefix/$file" ] || fail "make install did not write $file"
done

# Another folder, no Ontology/ in sight, the binary reached through a link on the PATH.
mkdir -p "$scratch/work/bin"
ln -s "$scratch/prefix/bin/communique" "$scratch/work/bin/communique"
cp Fixtures/press-releases/004_*.txt "$scratch/work/release.txt"
(cd "$scratch/work" && env -u COMMUNIQUE_ONTOLOGY PATH="$scratch/work/bin:$PATH" communique build release.txt -o g.nt --quiet) \
  || fail "the installed communique could not build from another folder"
grep -q '<http://schema.org/NewsArticle>' "$scratch/work/g.nt" || fail "the installed build wrote no document"
# Its knowledge is the installed copy: with the package's Ontology/ out of reach it still finds states.
grep -q '/id/state/' "$scratch/work/g.nt" || fail "the installed build found no state: knowledge files not found"

page=$(MANWIDTH=80 man -l "$scratch/prefix/share/man/man1/communique.1" 2>/dev/null) || fail "man -l cannot read the page"
for words in "COMMUNIQUE(1)" "build" "--input-format" "sparql"; do
  grep -qF -- "$words" <<<"$page" || fail "the man page does not mention $words"
done
grep -q "_communique_build" "$scratch/prefix/share/bash-completion/completions/communique" || fail "no bash completion for build"

make --no-print-directory uninstall PREFIX="$scratch/prefix" > /dev/null
left=$(find "$scratch/prefix" -type f | sed "s|$scratch/prefix/||")
[ -z "$left" ] || fail "make uninstall left: $left"
echo "check-install: installed, built from another folder, man page read, uninstalled cleanly"
