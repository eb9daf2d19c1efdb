#!/usr/bin/env bash
# Benchmarks Communiqué on generated corpora of 1,000, 10,000 and 100,000 press releases (or the sizes
# given as arguments), with rapper and serdi converting the same N-Triples as baselines measured in the
# same run. Prints a Markdown table and writes it, with the machine, to Examples/benchmarks.md.
#
# Usage: Scripts/benchmark.sh [SIZE | realSIZE ...]        (installs serdi and raptor2-utils when missing)
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("${@:-1000 10000 100000}")
# shellcheck disable=SC2206
sizes=(${sizes[*]})
Scripts/install-system-packages.sh raptor2-utils serdi time bc
swift build -c release --product communique >/dev/null
swift build -c release --product communique-bench >/dev/null
work=.build/benchmark
# The binaries are copied, so that a build during the run does not change what is measured.
bin=$work/bin
mkdir -p "$bin"
cp .build/release/communique .build/release/communique-bench "$bin/"

# seconds of a command (wall), its CPU seconds (user+sys) and peak RSS in MiB, via GNU time. The disk's
# dirty pages are written back first, so that no command pays for the writes of the one before.
measure() {  # measure NAME command...
  local name=$1; shift
  sync
  /usr/bin/time -f "%e %U %S %M" -o "$work/$name.time" "$@"
  read -r wall user sys rss < "$work/$name.time"
  echo "$wall $(echo "$user + $sys" | bc -l) $((rss / 1024))"
}
ratio() { echo "scale=2; $1 / $2" | bc -l | sed 's/^\./0./'; }
rate() { echo "scale=0; $1 / $2" | bc -l; }

rows=()
for spec in "${sizes[@]}"; do
  # "N" is N generated releases; "realN" is N real ones: the releases of ../shared/eval/dev, copied into
  # folders of their own under .build/ (never into the repository) until there are N.
  n=${spec#real}
  tag=$spec
  if [ "$spec" != "$n" ]; then
    label="$n real"
    corpus="$work/real-$n"
    if [ ! -f "$corpus/.done" ]; then
      rm -rf "$corpus"
      copies=0
      while [ "$copies" -lt "$n" ]; do
        for release in ../shared/eval/dev/*.txt; do
          [ "$copies" -lt "$n" ] || break
          folder="$corpus/copy-$((copies / 1000))-$((copies % 1000 / 50))"
          mkdir -p "$folder"
          cp "$release" "$folder/$copies-$(basename "$release")"
          copies=$((copies + 1))
        done
      done
      touch "$corpus/.done"
    fi
  else
    label=$n
    corpus="$work/corpus-$n"
    if [ ! -f "$corpus/.done" ]; then
      rm -rf "$corpus"
      python3 Scripts/generate-corpus.py --count "$n" --seed 1 --out "$corpus"
      touch "$corpus/.done"
    fi
  fi
  mb=$(du -sb --apparent-size "$corpus" | awk "{printf \"%.1f\", \$1 / 1048576}")
  # Extraction alone, one thread, after the dirty pages of the commands before it are written back, as for
  # every other command.
  sync
  read -r docs bytes cpu < <("$bin/communique-bench" extract "$corpus" | python3 -c 'import json,sys; d=json.load(sys.stdin); print(d["documents"], d["bytes"], d["cpu_s"])')
  # End to end: N-Triples (streamed), both cores.
  read -r build_wall build_cpu build_rss < <(measure "build-nt-$tag" "$bin/communique" build "$corpus" -o "$work/out-$tag.nt" --quiet)
  read -r nq_wall nq_cpu nq_rss < <(measure "build-nq-$tag" "$bin/communique" build "$corpus" -o "$work/out-$tag.nq" --quiet)
  triples=$(wc -l < "$work/out-$tag.nt")
  # Turtle, streamed; one thread; the lighter provenance levels.
  read -r ttl_wall _ ttl_rss < <(measure "build-ttl-$tag" "$bin/communique" build "$corpus" -o "$work/out-$tag.ttl" --quiet)
  read -r j1_wall _ _ < <(measure "build-nt-j1-$tag" "$bin/communique" build "$corpus" -o "$work/out-$tag-j1.nt" --jobs 1 --quiet)
  read -r st_wall _ _ < <(measure "build-st-$tag" "$bin/communique" build "$corpus" -o "$work/out-$tag-st.nt" --provenance statements --quiet)
  read -r none_wall _ _ < <(measure "build-none-$tag" "$bin/communique" build "$corpus" -o "$work/out-$tag-none.nt" --provenance none --quiet)
  per_full=$(rate "$triples" "$n"); per_st=$(rate "$(wc -l < "$work/out-$tag-st.nt")" "$n"); per_none=$(rate "$(wc -l < "$work/out-$tag-none.nt")" "$n")
  rm -f "$work/out-$tag-j1.nt" "$work/out-$tag-st.nt" "$work/out-$tag-none.nt"
  # Writing through Raptor from a graph in memory (not for 100,000: the graph would not fit in the budget).
  if [ "$n" -le 10000 ]; then
    read -r nt_cpu ttl_cpu < <("$bin/communique-bench" write "$work/out-$tag.nt" | python3 -c 'import json,sys; d=json.load(sys.stdin); print(d["ntriples_cpu_s"], d["turtle_cpu_s"])')
  else
    nt_cpu=""; ttl_cpu=""
  fi
  read -r _ rapper_nt _ < <(measure "rapper-nt-$tag" sh -c "rapper -q -i ntriples -o ntriples '$work/out-$tag.nt' > /dev/null")
  read -r _ rapper_ttl _ < <(measure "rapper-ttl-$tag" sh -c "rapper -q -i ntriples -o turtle '$work/out-$tag.nt' > /dev/null")
  read -r _ serdi_nt _ < <(measure "serdi-nt-$tag" sh -c "serdi -i ntriples -o ntriples '$work/out-$tag.nt' > /dev/null")
  # Copying: serdi writing the same N-Triples to a file beside ours, as a build writes its output; and our
  # build writing to /dev/null, beside serdi doing the same.
  read -r serdi_copy _ _ < <(measure "serdi-copy-$tag" sh -c "serdi -i ntriples -o ntriples '$work/out-$tag.nt' > '$work/copy-$tag.nt'")
  rm -f "$work/copy-$tag.nt"
  read -r null_wall _ _ < <(measure "build-null-$tag" "$bin/communique" build "$corpus" -o /dev/null --format ntriples --quiet)
  read -r _ serdi_ttl _ < <(measure "serdi-ttl-$tag" sh -c "serdi -i ntriples -o turtle '$work/out-$tag.nt' > /dev/null")
  ours_nt=${nt_cpu:-"—"}; ours_ttl=${ttl_cpu:-"—"}
  nt_rate="—"; ttl_rate="—"; nt_vs_serdi="—"; ttl_vs_rapper="—"
  if [ -n "$nt_cpu" ]; then
    nt_rate=$(rate "$triples" "$nt_cpu"); ttl_rate=$(rate "$triples" "$ttl_cpu")
    nt_vs_serdi="$(ratio "$serdi_nt" "$nt_cpu")×"; ttl_vs_rapper="$(ratio "$rapper_ttl" "$ttl_cpu")×"
  fi
  rows+=("| $label | $mb | $(rate "$docs" "$cpu") | $(echo "scale=2; $bytes / 1048576 / $cpu" | bc -l | sed "s/^\./0./") | $nt_rate | $ttl_rate | $(rate "$triples" "$serdi_nt") | $(rate "$triples" "$rapper_nt") | $(rate "$triples" "$rapper_ttl") | $nt_vs_serdi | $ttl_vs_rapper | $build_wall | $build_cpu | $build_rss | $nq_wall | $nq_rss | $ttl_wall | $ttl_rss | $(ratio "$ttl_wall" "$build_wall")× | $j1_wall | $(ratio "$j1_wall" "$build_wall")× | $per_full / $per_st / $per_none | $st_wall | $none_wall | $serdi_copy | $(ratio "$build_wall" "$serdi_copy")× | $null_wall | $(ratio "$null_wall" "$serdi_nt")× |")
done

cpu=$(grep -m1 "model name" /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')
machine="$(nproc) cores ($cpu), $(free -g | awk '/Mem:/ {print $2}') GiB, $(uname -sr), $(swift --version 2>/dev/null | head -1)"
header="| documents | MB of text | extraction docs/CPU-s | extraction MB/CPU-s | our N-Triples writing triples/CPU-s | our Turtle writing triples/CPU-s | serdi nt→nt triples/s | rapper nt→nt triples/s | rapper nt→ttl triples/s | our N-Triples vs serdi | our Turtle vs rapper | build → .nt wall s | build → .nt CPU s | build → .nt peak MiB | build → .nq wall s | build → .nq peak MiB | build → .ttl wall s | build → .ttl peak MiB | .ttl ÷ .nt wall | --jobs 1 .nt wall s | jobs 1 ÷ jobs 2 | statements per release full / statements / none | --provenance statements wall s | --provenance none wall s | serdi nt→nt file wall s | build .nt ÷ serdi copying to a file | build → /dev/null wall s | build → /dev/null ÷ serdi → /dev/null |
|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
table="$header"
for row in "${rows[@]}"; do table+=$'\n'"$row"; done
echo "$table"
{
  echo "# Benchmarks"
  echo
  echo "Measured by \`Scripts/benchmark.sh ${sizes[*]}\` on $(date -u +%Y-%m-%d): $machine."
  echo
  echo "Corpora from \`Scripts/generate-corpus.py --seed 1\` (press releases in the shapes of \`Fixtures/\`); a \"real\""
  echo "row is the 44 real releases of \`../shared/eval/dev\` copied under distinct names to that count."
  echo "Extraction is reading excluded, one thread (\`communique-bench extract\`). Our writing is Raptor"
  echo "serializing a graph held in memory (\`communique-bench write\`); the baselines parse and write the"
  echo "same N-Triples file, in the same run. \"vs\" columns are baseline time ÷ our time (above 1 means"
  echo "faster than the baseline). Builds use both cores but the --jobs 1 column; every format is streamed"
  echo "(Turtle: each document's own statements grouped by subject, as Raptor's serializer groups them, from"
  echo "the Turtle Raptor writes for each term, on the thread that extracted it; those about corpus-wide"
  echo "entities in batches of 100,000). Build against serdi is wall against wall, twice: both writing the"
  echo "N-Triples to a file on the same disk, and both writing them to /dev/null (no disk at all); the disk's"
  echo "dirty pages are synced before every command. The goals of the speed issue: build .nt ÷ serdi ≤ 1.0,"
  echo "jobs 1 ÷ jobs 2 ≥ 1.7, extraction ≥ 10,000 docs/CPU-s, .ttl ÷ .nt ≤ 1.5 (and under 1 GiB at 100,000)."
  echo
  echo "$table"
} > Examples/benchmarks.md
echo "benchmark: wrote Examples/benchmarks.md"
