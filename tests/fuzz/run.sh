#!/bin/sh
# Runs each libFuzzer harness built by the `fuzz` preset for SECONDS (default 60), seeded from
# the bundled packages. A crash is written straight into tests/fuzz/regressions/HARNESS/, where
# the ordinary build's replay test keeps checking it once fixed. Exit status: 1 on any finding.
#   sh tests/fuzz/run.sh [SECONDS]
set -e
seconds=${1:-60}
here=$(cd "$(dirname "$0")/../.." && pwd)
bin="$here/build-fuzz/bin"
work="$here/build-fuzz/corpus"
mkdir -p "$work"

seed() {   # seed HARNESS FILE...: copies the files into the harness's seed folder
  harness=$1; shift
  mkdir -p "$work/seeds-$harness"
  for f in "$@"; do cp "$f" "$work/seeds-$harness/$(echo "$f" | tr '/' '_')"; done
}
cd "$here"
seed fuzzcsvtable datasets/*/claims.csv datasets/*/events.csv datasets/*/sources.csv
seed fuzzmanifest datasets/*/manifest.json
seed fuzzpackage datasets/*/claims.csv
mkdir -p "$work/seeds-fuzzhistoricaldate"
i=0
for d in 1917 1917-10 1917-10-25 1917-10-25T21:40 1917-07~ '1917?' 1917-10-25% 1871-05-28T15:00 0001-01-01; do
  i=$((i + 1)); printf '%s' "$d" > "$work/seeds-fuzzhistoricaldate/date-$i"
done

status=0
for harness in fuzzcsvtable fuzzhistoricaldate fuzzmanifest fuzzpackage; do
  mkdir -p "$work/$harness" "$here/tests/fuzz/regressions/$harness"
  echo "== $harness, ${seconds} s"
  if ! "$bin/$harness" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=0 \
      -artifact_prefix="$here/tests/fuzz/regressions/$harness/" \
      "$work/$harness" "$work/seeds-$harness" > "$work/$harness.log" 2>&1; then
    echo "$harness: a finding, kept in tests/fuzz/regressions/$harness/ (log: $work/$harness.log)"
    tail -30 "$work/$harness.log"
    status=1
  else
    grep -E "^(#[0-9]+|Done)" "$work/$harness.log" | tail -1
  fi
done
exit $status
