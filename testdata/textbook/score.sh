#!/usr/bin/env bash
# Scores the linter on the textbook catalogue: each row of forms.tsv is
# linted as a letter of its own; a fault row counts when its rule fires, a
# look-alike ("ok") row is a false alarm when any line rule fires.
# Appends the figure to testdata/ledger.tsv. Usage: score.sh ["note"]
set -euo pipefail
cd "$(dirname "$0")/../.."
note=${1:-}
tmp=$(mktemp -d)
go build -o "$tmp/apology" ./cmd/apology
python3 - "$tmp" <<'PY'
import sys, os
tmp = sys.argv[1]
rows = [l.rstrip("\n").split("\t") for l in open("testdata/textbook/forms.tsv", encoding="utf-8") if l.strip() and not l.startswith("#")]
os.makedirs(tmp + "/rows")
with open(tmp + "/rules.tsv", "w") as out:
    for i, (fam, rule, text) in enumerate(rows):
        open(f"{tmp}/rows/{i:04d}.md", "w", encoding="utf-8").write(text + "\n")
        out.write(f"{i:04d}.md\t{rule}\t{fam}\t{text}\n")
PY
"$tmp/apology" lint --format json "$tmp"/rows/*.md > "$tmp/out.json" || true
python3 - "$tmp" "$note" <<'PY'
import sys, json, os, datetime, subprocess
tmp, note = sys.argv[1], sys.argv[2]
found = {}
for d in json.load(open(tmp + "/out.json")):
    if d["line"] == 0: continue  # document rules judge whole letters, not sentences
    found.setdefault(os.path.basename(d["file"]), set()).add(d["rule"])
tp = fn = fp = 0
for l in open(tmp + "/rules.tsv", encoding="utf-8"):
    name, rule, fam, text = l.rstrip("\n").split("\t")
    got = found.get(name, set())
    if rule == "ok":
        if got: fp += 1; print("false-alarm", ",".join(sorted(got)), "|", text)
    elif rule in got: tp += 1
    else: fn += 1; print("miss", rule, fam, "|", text)
p = tp / (tp + fp) if tp + fp else 0
r = tp / (tp + fn) if tp + fn else 0
print(f"overall precision={p:.3f} recall={r:.3f} tp={tp} fp={fp} fn={fn}")
commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True).stdout.strip()
if subprocess.run(["git", "status", "--porcelain", "--", "pkg", "templates", "cmd"], capture_output=True, text=True).stdout.strip():
    commit += "+changes"
with open("testdata/ledger.tsv", "a") as f:
    f.write(f"{datetime.date.today()}\t{commit}\ttextbook\t{p:.3f}\t{r:.3f}\t{tp + fn} fault rows, {fp} of the look-alikes flagged{'; ' + note if note else ''}\n")
PY
