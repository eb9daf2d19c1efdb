#!/usr/bin/env bash
# Regenerates the diagrams under Examples/diagrams/: of the graph of Fixtures/ the entity view (whole and
# focused), the event view and the person view, and the network view of a generated 1,000-release corpus;
# the DOT files (which a test compares with what the tool draws, but for the generated network) and their
# SVG renderings (Graphviz).
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
"$bin" diagram "$graph" --view event event:conference-2008-07-17-vienna -o "$out/event-2008.dot"
"$bin" diagram "$graph" --view person person:kevin-carty -o "$out/person-kevin-carty.dot"
# The network view of a generated corpus of 1,000 releases (Scripts/generate-corpus.py, seed 1).
corpus=$(mktemp -d)
trap 'rm -f "$graph"; rm -rf "$corpus"' EXIT
python3 Scripts/generate-corpus.py --count 1000 --seed 1 --out "$corpus/releases" > /dev/null
"$bin" build "$corpus/releases" -o "$corpus/graph.nt" --quiet
"$bin" diagram "$corpus/graph.nt" --view network --title "Bodies of 1,000 generated releases that worked on the same events" \
  -o "$out/network-1000.dot"
for dot in "$out"/*.dot; do
  dot -Tsvg "$dot" -o "${dot%.dot}.svg"
done
echo "render-examples: wrote $(ls "$out" | tr '\n' ' ')"
