#!/usr/bin/env bash
# Averages a blind reading: for each reader's ratings-*.tsv in DIR, the
# mean of every axis over the drafted ("form") and the hand-written
# letters, per key.tsv, and how often the reader's form/hand guess was
# right. Usage: testdata/blind-reading/score.sh DIR
set -euo pipefail
dir=${1:?usage: score.sh DIR}
python3 - "$dir" <<'PY'
import csv, glob, os, sys
d = sys.argv[1]
key = {r["letter"]: r for r in csv.DictReader((l for l in open(os.path.join(d, "key.tsv")) if not l.startswith("#")), delimiter="\t")}
axes = ["specific", "owns", "harm", "repair", "change", "nopressure", "person", "send"]
print("reader\tsource\tletters\t" + "\t".join(axes) + "\tguess right")
for f in sorted(glob.glob(os.path.join(d, "ratings-*.tsv"))):
    rows = list(csv.DictReader(open(f), delimiter="\t"))
    reader = os.path.basename(f)[len("ratings-"):-len(".tsv")]
    for src in ("form", "hand"):
        rs = [r for r in rows if key[r["letter"]]["source"] == src]
        avg = [sum(float(r[a]) for r in rs) / len(rs) for a in axes]
        right = sum(r["guess"].strip() == src for r in rs)
        print(f"{reader}\t{src}\t{len(rs)}\t" + "\t".join(f"{v:.2f}" for v in avg) + f"\t{right}/{len(rs)}")
PY
