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
# Every sentence of every letter through the sentence check, and the
# sentences that stand in letters from different answer sets.
check=$(APOLOGY_ROUGH_DIR="$(cd "$dir" && pwd)" go test ./pkg/letter -count=1 -v \
  -run '^(TestRoughAnswersReadAsEnglish|TestRoughLettersDiffer)$' 2>&1 || true)
printf '%s\n' "$check" | grep -E 'cannot|twice|shorthand|no finite|promised|flagged|stands in' >&2 || true
broken=$(printf '%s\n' "$check" | sed -n 's/.* letters, \([0-9]*\) broken sentences.*/\1/p' | head -n 1)
repeated=$(printf '%s\n' "$check" | sed -n 's/.* distinct sentences, \([0-9]*\) repeated.*/\1/p' | head -n 1)
note="${broken:-?} broken sentences, ${repeated:-?} sentences repeated across answer sets${note:+; $note}"
commit=$(git rev-parse --short HEAD)
[ -z "$(git status --porcelain -- pkg templates cmd)" ] || commit="$commit+changes"
printf '%s\t%s\t%s\tna\tna\tdrafted %d of %d (each set in both tones) with exit 0; %s\n' \
  "$(date -u +%F)" "$commit" "$(basename "$dir")" "$ok" "$n" "$note" | tee -a testdata/ledger.tsv
