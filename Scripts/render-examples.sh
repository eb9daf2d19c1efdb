#!/usr/bin/env bash
# Regenerates the diagrams under Examples/diagrams/ from the graph of Fixtures/: the DOT files (which a
# test compares with what the tool draws) and their SVG renderings (Graphviz's dot).
# Usage: Scripts/render-examples.sh   (after `swift build`; uses .build/debug/communique)
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${COMMUNIQUE:-.build/debug/communique}
out=Examples/diagrams
mkdir -p "$out"
graph=$(mktemp --suffix=.ttl)
trap 'rm -f "$graph"' EXIT
"$bin" build Fixtures/press-releases -o "$graph" --quiet
# The arguments of each diagram; CLITests/DiagramExamplesTests.swift draws the same ones.
"$bin" diagram "$graph" --title "Communiqué: the graph of Fixtures/" -o "$out/fixtures.dot"
"$bin" diagram "$graph" --focus event:conference-2008-07-17-vienna --hops 2 \
  --title "OSCE expert conference, Vienna, 17-18 July 2008, and what is two links away" -o "$out/conference-2008.dot"
for dot in "$out"/*.dot; do
  dot -Tsvg "$dot" -o "${dot%.dot}.svg"
done
echo "render-examples: wrote $(ls "$out" | tr '\n' ' ')"
