#!/usr/bin/env bash
# Scores apology lint on a labelled set (DIR/*.md with DIR/expect.tsv:
# file, line, rule; line 0 for document rules) over (file, line, rule):
# precision and recall of the line rules alone and of all rules, per
# rule, every miss and false alarm; appends both figures to
# testdata/ledger.tsv. Usage: testdata/lintscore.sh DIR "note"
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${1:?usage: lintscore.sh DIR note}
note=${2:-}
tmp=$(mktemp -d)
go build -o "$tmp/apology" ./cmd/apology
letters=()
for f in "$dir"/*.md; do [ "$(basename "$f")" = README.md ] || letters+=("$f"); done
"$tmp/apology" lint --format json "${letters[@]}" > "$tmp/out.json" || true
commit=$(git rev-parse --short HEAD)
[ -z "$(git status --porcelain -- pkg templates cmd)" ] || commit="$commit+changes"
python3 - "$dir" "$tmp/out.json" "$commit" "$note" <<'PY'
import collections, datetime, json, os, sys
d, found, commit, note = sys.argv[1:5]
want = set()
for row in open(os.path.join(d, "expect.tsv"), encoding="utf-8"):
    row = row.rstrip("\n")
    if row and not row.startswith("#"):
        name, line, rule = row.split("\t")
        want.add((name, int(line), rule))
names = {p for p in os.listdir(d) if p.endswith(".md") and p != "README.md"}
got = {(os.path.basename(x["file"]), int(x["line"]), x["rule"]) for x in json.load(open(found))}
got = {g for g in got if g[0] in names}
def score(w, g):
    tp = len(w & g)
    return (tp / len(g) if g else 0.0, tp / len(w) if w else 0.0, tp, len(g - w), len(w - g))
for r in sorted({x[2] for x in want | got}):
    p, rc, tp, fp, fn = score({x for x in want if x[2] == r}, {x for x in got if x[2] == r})
    print(f"{r:24} tp={tp:3} fp={fp:3} fn={fn:3} precision={p:.2f} recall={rc:.2f}")
for x in sorted(want - got):
    print("miss       ", *x)
for x in sorted(got - want):
    print("false-alarm", *x)
line = score({x for x in want if x[1] > 0}, {x for x in got if x[1] > 0})
full = score(want, got)
print(f"line rules: precision={line[0]:.3f} recall={line[1]:.3f}")
print(f"all rules:  precision={full[0]:.3f} recall={full[1]:.3f}")
set_name = os.path.basename(os.path.normpath(d))
with open("testdata/ledger.tsv", "a") as f:
    day = datetime.date.today()
    f.write(f"{day}\t{commit}\t{set_name}\t{line[0]:.3f}\t{line[1]:.3f}\tline rules, {len(names)} letters{'; ' + note if note else ''}\n")
    f.write(f"{day}\t{commit}\t{set_name}\t{full[0]:.3f}\t{full[1]:.3f}\tline and document rules, {len(names)} letters{'; ' + note if note else ''}\n")
PY
