#!/bin/sh
# The generated manual pages render without a warning from man (groff), and dpatlas-cli's page
# documents every command the program has and every option of render.
# Usage: testmanpages.sh BUILD/installer/man PATH/TO/dpatlas-cli
set -u
dir=$1 cli=$2
status=0
fail() { echo "FAIL: $*"; status=1; }
for page in dpatlas-cli dpatlas; do
  file="$dir/$page.1.gz"
  [ -f "$file" ] || { fail "$file was not generated"; continue; }
  warnings=$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -E UTF-8 -l "$file" 2>&1 >/dev/null)
  [ -z "$warnings" ] || fail "man warns about $page.1: $warnings"
done
text=$(LC_ALL=C.UTF-8 MANWIDTH=200 man -E UTF-8 -l "$dir/dpatlas-cli.1.gz" 2>/dev/null | col -b)
commands=$(LC_ALL=C.UTF-8 "$cli" --help | sed -n '/^Commands:/,/^$/s/^  \([a-z][a-z-]*\).*/\1/p' | uniq)
[ -n "$commands" ] || fail "no commands in dpatlas-cli --help"
for c in $commands; do
  printf '%s\n' "$text" | grep -q "^   dpatlas-cli $c " || fail "no section for the command $c"
done
for option in $(LC_ALL=C.UTF-8 "$cli" render --help | grep -o '^  \(-[a-z], \)\{0,1\}--[a-z-]*' | grep -o -- '--[a-z-]*' | grep -v help); do
  printf '%s\n' "$text" | grep -q -- "$option" || fail "render's option $option is not in the page"
done
[ $status -eq 0 ] && echo "PASS: manual pages"
exit $status
