#!/usr/bin/env bash
# Process-level comparison of `apology lint` with Vale, measured in the
# same run so the ratios hold whatever else the machine is doing.
#
#   bash testdata/bench/run.sh            # every case
#   bash testdata/bench/run.sh letter 1mb # some cases: letter 1mb 10mb folder
#
# It builds apology from this checkout and Vale v3.26.0 from the Go module
# proxy (in a temporary directory: nothing of Vale is kept), writes a
# three-rule Vale style that looks for the same kind of phrases as apology
# (conditional apologies, "but" excuses, minimizing), generates the inputs
# from testdata/letters, and runs hyperfine on both tools. It prints, per
# input, Vale's time divided by apology's, CPU time over wall time, and
# the peak resident memory of one run of each (GNU time).
#
# Environment: VALE=/path/to/vale reuses a Vale binary already built,
# APOLOGY=/path/to/apology measures that binary instead of this checkout;
# RUNS=n sets hyperfine's runs for the big inputs (default 10);
# KEEP=1 keeps the temporary directory and says where it is.
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
cases=("$@")
[ ${#cases[@]} -eq 0 ] && cases=(letter 1mb 10mb folder)
runs=${RUNS:-10}

die() { echo "run.sh: $*" >&2; exit 1; }

# need CMD PACKAGE: install a Debian package when its command is missing.
need() {
  if [ -x "$1" ] || command -v "$1" >/dev/null 2>&1; then return; fi
  if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
    echo "== installing $2" >&2
    apt-get install -y -qq "$2" >/dev/null 2>&1 ||
      { apt-get update -qq >/dev/null 2>&1 && apt-get install -y -qq "$2" >/dev/null 2>&1; } ||
      die "could not install $2"
  else
    die "$1 is missing: install the Debian package $2"
  fi
}
need hyperfine hyperfine
need /usr/bin/time time
command -v go >/dev/null || die "go is missing"

work=$(mktemp -d)
if [ -n "${KEEP:-}" ]; then
  echo "== keeping $work" >&2
else
  trap 'rm -rf "$work"' EXIT
fi

apology=${APOLOGY:-}
if [ -z "$apology" ]; then
  echo "== building apology" >&2
  (cd "$root" && go build -o "$work/apology" ./cmd/apology)
  apology=$work/apology
fi

vale=${VALE:-}
if [ -z "$vale" ]; then
  echo "== building Vale v3.26.0 (a few minutes the first time)" >&2
  mkdir -p "$work/valebuild"
  (
    cd "$work/valebuild"
    export GOFLAGS=-mod=mod
    go mod init valebench >/dev/null 2>&1
    # Vale v3.26.0 needs cascadia's newer selector API.
    go mod edit -replace github.com/andybalholm/cascadia=github.com/andybalholm/cascadia@v1.3.5
    go get github.com/vale-cli/vale/v3/cmd/vale@v3.26.0 >/dev/null 2>&1
    go build -o "$work/vale" github.com/vale-cli/vale/v3/cmd/vale 2>/dev/null
  ) || die "building Vale failed"
  vale=$work/vale
fi
"$vale" --version >/dev/null || die "$vale does not run"

# A Vale style in the spirit of apology's phrase rules.
style=$work/vale-style
mkdir -p "$style/styles/Apology"
cat >"$style/.vale.ini" <<EOF
StylesPath = $style/styles
MinAlertLevel = suggestion

[*.{md,txt}]
BasedOnStyles = Apology
EOF
cat >"$style/styles/Apology/Conditional.yml" <<'EOF'
extends: existence
message: "'%s' makes the apology depend on whether they were hurt."
level: error
ignorecase: true
tokens:
  - sorry if
  - apologi[sz]e if
  - if I offended
  - if you were offended
  - if anyone was hurt
  - if that upset you
EOF
cat >"$style/styles/Apology/ButExcuse.yml" <<'EOF'
extends: existence
message: "'%s' takes the apology back with an excuse."
level: warning
ignorecase: true
tokens:
  - sorry,? but
  - apologi[sz]e,? but
  - I didn't mean to
  - I was only trying to
EOF
cat >"$style/styles/Apology/Minimizing.yml" <<'EOF'
extends: existence
message: "'%s' makes the harm sound small."
level: warning
ignorecase: true
tokens:
  - just a joke
  - no big deal
  - a little misunderstanding
  - overreact(?:ed|ing)?
  - it was only
EOF

# Inputs, all made from the project's letters.
letters=("$root"/testdata/letters/*.md)
[ ${#letters[@]} -gt 0 ] || die "no letters in testdata/letters"
# The letter closest to 1.4 KB.
best= bestd=
for f in "${letters[@]}"; do
  s=$(wc -c <"$f"); d=$(( s > 1434 ? s - 1434 : 1434 - s ))
  if [ -z "$bestd" ] || [ "$d" -lt "$bestd" ]; then best=$f bestd=$d; fi
done
in=$work/in
mkdir -p "$in/letters"
cp "$best" "$in/letter.md"
# big SIZE FILE: the letters as sections of one Markdown document.
big() {
  local size=$1 out=$2
  # A title first: a document that opens with "---" is front matter to Vale.
  printf '# Letters\n' >"$out"
  while [ "$(wc -c <"$out")" -lt "$size" ]; do
    for f in "${letters[@]}"; do printf '\n\n---\n\n' >>"$out"; cat "$f" >>"$out"; done
  done
}
for c in "${cases[@]}"; do
  case $c in
    1mb) big $((1 << 20)) "$in/1mb.md" ;;
    10mb) big $((10 << 20)) "$in/10mb.md" ;;
    folder)
      # 10,000 files written by the shell itself: a cp each is slow.
      bodies=()
      for f in "${letters[@]}"; do bodies+=("$(<"$f")"); done
      for ((n = 0; n < 10000; n++)); do
        k=$((n % ${#letters[@]}))
        printf '%s\n' "${bodies[k]}" >"$in/letters/$(printf '%05d' $n)-$(basename "${letters[k]}")"
      done ;;
    letter) ;;
    *) die "unknown case $c (want letter, 1mb, 10mb or folder)" ;;
  esac
done

# measure CASE TARGET HYPERFINE-OPTIONS...: both tools in one hyperfine run.
# apology gets --max-size: the 10 MB input is above its default limit
# (8 MiB), which would refuse it unread.
results=()
measure() {
  local c=$1 target=$2; shift 2
  local csv=$work/$c.csv
  echo "== $c" >&2
  hyperfine -N -i --style basic --export-csv "$csv" "$@" \
    -n apology "$apology lint --format json --max-size 64MiB $target" \
    -n vale "$vale --config=$style/.vale.ini --output=JSON $target" >&2
  # CSV: command,mean,stddev,median,user,system,min,max (seconds)
  local a v
  a=$(awk -F, '$1=="apology"{print $2, $5+$6}' "$csv")
  v=$(awk -F, '$1=="vale"{print $2, $5+$6}' "$csv")
  local rssA rssV
  rssA=$(peak "$apology" lint --format json --max-size 64MiB "$target")
  rssV=$(peak "$vale" --config="$style/.vale.ini" --output=JSON "$target")
  # What each found, so a tool that silently skipped its input shows.
  local nA nV
  nA=$("$apology" lint --format json --max-size 64MiB "$target" | grep -c '"rule":' || true)
  nV=$("$vale" --config="$style/.vale.ini" --output=JSON "$target" | grep -c '"Check":' || true)
  local bytes
  bytes=$(du -sb "$target" | cut -f1)
  results+=("$c $bytes $a $v $rssA $rssV $nA $nV")
}
# peak CMD...: the maximum resident set size of one run, in KB.
peak() {
  { /usr/bin/time -v "$@" 2>&1 >/dev/null || true; } | awk -F: '/Maximum resident/{gsub(/ /, "", $2); print $2}'
}

for c in "${cases[@]}"; do
  case $c in
    letter) measure letter "$in/letter.md" -w 10 -m 50 ;;
    1mb) measure 1mb "$in/1mb.md" -w 2 -r "$runs" ;;
    10mb) measure 10mb "$in/10mb.md" -w 1 -r "$runs" ;;
    folder) measure folder "$in/letters" -w 1 -r "$runs" ;;
  esac
done

echo
echo "cores: $(nproc); ratio = Vale time / apology time (above 1: apology is faster)"
printf '%-7s %8s %10s %9s %7s %9s %10s %9s %10s %9s %9s %9s\n' \
  input "input MB" "apology ms" "Vale ms" ratio "apl cpu/w" "Vale cpu/w" "apl RSS" "Vale RSS" "RSS-20/in" "apl finds" "Vale finds"
for r in "${results[@]}"; do
  set -- $r
  awk -v c="$1" -v b="$2" -v am="$3" -v ac="$4" -v vm="$5" -v vc="$6" -v ra="$7" -v rv="$8" -v na="$9" -v nv="${10}" 'BEGIN {
    mb = b / 1048576
    printf "%-7s %8.2f %10.1f %9.1f %6.2fx %9.2f %10.2f %9.1f %10.1f %9s %9d %9d\n",
      c, mb, am * 1000, vm * 1000, vm / am, ac / am, vc / vm, ra / 1024, rv / 1024,
      (mb >= 0.5 ? sprintf("%.1f", (ra / 1024 - 20) / mb) : "-"), na, nv
  }'
done
echo "(RSS in MB; RSS-20/in: apology's peak memory less 20 MB, over the input's size)"
