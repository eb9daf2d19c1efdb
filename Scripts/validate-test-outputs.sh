#!/usr/bin/env bash
# Parses every RDF file the test suite kept with two independent parsers, Oxigraph and rapper.
# Fails on the first file either rejects, and when the suite kept no file at all.
set -euo pipefail
folder=${1:?usage: validate-test-outputs.sh FOLDER}
count=0
failed=0
while IFS= read -r -d '' file; do
  case "$file" in
    *.ttl) oxi=ttl; rap=turtle ;;
    *.nt) oxi=nt; rap=ntriples ;;
    *.nq) oxi=nq; rap=nquads ;;
    *) continue ;;
  esac
  count=$((count + 1))
  if ! oxigraph convert --from-file "$file" --from-format "$oxi" --to-format nq >/dev/null 2>/tmp/oxigraph.err; then
    echo "oxigraph rejects $file:" >&2; cat /tmp/oxigraph.err >&2; failed=1
  fi
  if ! rapper -q -i "$rap" -c "$file" 2>/tmp/rapper.err; then
    echo "rapper rejects $file:" >&2; cat /tmp/rapper.err >&2; failed=1
  fi
done < <(find "$folder" -type f -print0 | sort -z)
if [ "$count" -eq 0 ]; then
  echo "validate-test-outputs: the tests kept no RDF file in $folder" >&2
  exit 1
fi
if [ "$failed" -ne 0 ]; then
  echo "validate-test-outputs: $count files checked, some rejected" >&2
  exit 1
fi
echo "validate-test-outputs: $count files accepted by oxigraph and rapper"
