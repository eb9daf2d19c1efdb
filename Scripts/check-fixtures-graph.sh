#!/usr/bin/env bash
# Builds the graph of Fixtures/ with the debug binary, validates it against Ontology/shapes.ttl with
# pySHACL, and scores it with ../shared/eval/score.py: entity-F1 must be >= 0.95, relation-F1 >= 0.90.
set -euo pipefail
cd "$(dirname "$0")/.."
venv=.build/venv/bin
out=.build/fixtures-graph.ttl
.build/debug/communique build Fixtures/press-releases -o "$out" --quiet
"$venv/pyshacl" -s Ontology/shapes.ttl -sf turtle -df turtle "$out" > .build/shacl-report.txt || {
  cat .build/shacl-report.txt >&2
  echo "check-fixtures-graph: the graph of Fixtures/ violates Ontology/shapes.ttl" >&2
  exit 1
}
echo "check-fixtures-graph: SHACL conforms"
eval_dir=../shared/eval
if [ ! -f "$eval_dir/score.py" ]; then
  echo "check-fixtures-graph: $eval_dir/score.py not found; scoring needs ../shared beside the project" >&2
  exit 1
fi
"$venv/python" "$eval_dir/score.py" --gold "$eval_dir/gold/seeds" --graph "$out" | tee .build/score.txt
"$venv/python" - <<'PY'
import re, sys
last = open(".build/score.txt").read().strip().splitlines()[-1]
m = re.match(r"entity-F1 ([\d.]+) relation-F1 ([\d.]+)", last)
if not m or float(m.group(1)) < 0.95 or float(m.group(2)) < 0.90:
    sys.exit(f"check-fixtures-graph: below the bars (entity-F1 >= 0.95, relation-F1 >= 0.90): {last}")
PY
