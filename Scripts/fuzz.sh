#!/usr/bin/env bash
# Runs the libFuzzer targets of Fuzz/ (built by `make fuzz`) for SECONDS each (default 60), with seed
# corpora from Fixtures/ and the tests' graphs, and prints each target's executions, coverage and findings.
# A crash or sanitizer report stops with the input saved under .build/fuzz/artifacts/ and exit 1: make it a
# regression test.
#   Scripts/fuzz.sh [SECONDS] [TARGET...]      targets: reader extractor parser page turtle
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
shift || true
targets=("${@:-reader extractor parser page turtle}")
# shellcheck disable=SC2206
targets=(${targets[*]})
bin=.build-fuzz/debug/communique-fuzz
work=.build/fuzz
mkdir -p "$work/artifacts"
export SWIFT_BACKTRACE=enable=no COMMUNIQUE_ONTOLOGY="$PWD/Ontology"
suppressions="suppressions=$PWD/Fuzz/lsan-suppressions.txt"
status=0
for target in "${targets[@]}"; do
  corpus="$work/corpus-$target"
  mkdir -p "$corpus"
  if [ -z "$(ls -A "$corpus")" ]; then
    case $target in
      parser|turtle) cp Tests/RelationsTests/Resources/handwritten.ttl Examples/queries/*.rq "$corpus"/ 2>/dev/null || true
              head -c 6000 Tests/CommuniqueKitTests/Golden/fixtures.ttl > "$corpus/fixtures-head.ttl" ;;
      page) cp Fixtures/pages/*.html "$corpus"/ ;;
      *) cp Fixtures/press-releases/*.txt "$corpus"/ ;;
    esac
  fi
  log="$work/$target.log"
  # The parser target needs full stacks for leaks, so that the suppressions of Raptor's own leaks match
  # (slow); the others keep ASan's fast unwinder.
  unwind=1
  [ "$target" = parser ] || [ "$target" = turtle ] && unwind=0
  export ASAN_OPTIONS="fast_unwind_on_malloc=$unwind" LSAN_OPTIONS="$suppressions:fast_unwind_on_malloc=$unwind"
  if COMMUNIQUE_FUZZ_TARGET=$target "$bin" "$corpus" -max_total_time="$seconds" -max_len=8192 -timeout=20 \
       -rss_limit_mb=4096 -print_final_stats=1 -artifact_prefix="$work/artifacts/$target-" > "$log" 2>&1; then
    result="0 crashes"
  else
    result="FINDING (see $log and $work/artifacts/)"
    status=1
  fi
  runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo "?")
  cov=$(grep -o 'cov: [0-9]*' "$log" | tail -1 | grep -o '[0-9]*' || echo "?")
  features=$(grep -o 'ft: [0-9]*' "$log" | tail -1 | grep -o '[0-9]*' || echo "?")
  echo "fuzz $target: ${seconds} s, $runs executions, coverage $cov edges, $features features, $result"
done
exit $status
