#!/usr/bin/env bash
# Drafts every answer set in a folder in both tones with the apology built
# from this checkout, counts the drafts that exit 0, and appends the figure
# to testdata/ledger.tsv. Usage: testdata/draftscore.sh DIR "note"
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${1:?usage: draftscore.sh DIR note}
note=${2:-}
bin=$(mktemp -d)/apology
go build -o "$bin" ./cmd/apology
ok=0 n=0
for f in "$dir"/*.yaml; do
  for tone in warm formal; do
    n=$((n + 1))
    if "$bin" draft --answers "$f" --tone "$tone" >/dev/null 2>"$bin.err"; then
      ok=$((ok + 1))
    else
      printf '%s %s: %s\n' "$(basename "$f")" "$tone" "$(head -n 1 "$bin.err")" >&2
    fi
  done
done
commit=$(git rev-parse --short HEAD)
[ -z "$(git status --porcelain -- pkg templates cmd)" ] || commit="$commit+changes"
printf '%s\t%s\t%s\tna\tna\tdrafted %d of %d (each set in both tones) with exit 0%s\n' \
  "$(date -u +%F)" "$commit" "$(basename "$dir")" "$ok" "$n" "${note:+; $note}" | tee -a testdata/ledger.tsv
