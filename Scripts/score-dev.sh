#!/usr/bin/env bash
# Builds the 44 annotated real releases of ../shared/eval/dev as one corpus into .build/ (never into the
# repository), scores the graph with ../shared/eval/score.py and prints, per release, the gold beside what
# was found (Scripts/dev-report.py).
#   Scripts/score-dev.sh            the scorer's table and details, then the per-release view
#   Scripts/score-dev.sh --check    the table only, and a failure if a figure falls below Scripts/dev-floors.tsv
set -euo pipefail
cd "$(dirname "$0")/.."
venv=.build/venv/bin
dev=../shared/eval/dev
out=.build/dev-graph.ttl
if [ ! -f "$dev/SOURCES.tsv" ]; then
  echo "score-dev: $dev not found; the dev set needs ../shared beside the project" >&2
  exit 1
fi
.build/debug/communique build "$dev" -o "$out" --quiet
if [ "${1:-}" = "--check" ]; then
  "$venv/python" ../shared/eval/score.py --gold "$dev" --graph "$out" --json .build/dev-score.json | sed 's/^/score-dev: /'
  "$venv/python" - <<'PY'
import json, sys
score = json.load(open(".build/dev-score.json"))
low = []
for line in open("Scripts/dev-floors.tsv", encoding="utf-8"):
    if not line.strip() or line.startswith("#"):
        continue
    figure, floor = line.split()
    category, _, field = figure.rpartition(".")
    value = score[category][field] if category else score[field]
    if value is None or value < float(floor):
        low.append(f"{figure} {value} < {floor}")
if low:
    sys.exit("score-dev: below the floors of Scripts/dev-floors.tsv: " + "; ".join(low))
print("score-dev: every figure at or above its floor")
PY
else
  "$venv/python" ../shared/eval/score.py --gold "$dev" --graph "$out" --details
  "$venv/python" Scripts/dev-report.py "$dev" "$out"
fi
