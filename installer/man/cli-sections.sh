#!/bin/sh
# Prints help2man include sections for dpatlas-cli, taken from the program's own --help and
# each `COMMAND --help`, so that the manual page cannot drift from the program: DESCRIPTION
# (the top-level help's paragraphs, without its hand-wrapped command summary, which man would
# reflow badly), OPTIONS, and COMMANDS (each command's usage, purpose, arguments and options).
# Usage: cli-sections.sh PATH/TO/dpatlas-cli
set -e
cli="$1"
# English, whatever the build machine's locale: this is the English manual page.
export LC_ALL=C.UTF-8 LANGUAGE=C QT_QPA_PLATFORM=offscreen
help=$("$cli" --help)
commands=$(printf '%s\n' "$help" | sed -n '/^Commands:/,/^$/p' | sed -n 's/^  \([a-z][a-z-]*\)\( .*\)\{0,1\}$/\1/p' | uniq)
[ -n "$commands" ] || { echo "cli-sections.sh: no commands found in '$cli --help'" >&2; exit 1; }

# troff: backslashes and hyphens escaped, a leading dot or quote made literal.
esc='s/\\/\\e/g; s/-/\\-/g; s/^[.'\'']/\\\&&/'

# Entries of a help block ("  TERM  description", continued on lines indented deeper) as .TP
# paragraphs: the term in bold, <VALUE> in italics. Lines before the first entry pass through.
entries='
  function flush() { if (term != "") { print ".TP"; print term; print desc } term = ""; desc = "" }
  /^$/ { flush(); next }
  /^  [^ ]/ {
    flush(); line = substr($0, 3); split(line, parts, /   */); t = parts[1]
    d = substr(line, length(t) + 1); sub(/^ +/, "", d)
    if (d ~ /^Displays help/) next   # Qt: -h and --help-all, said once below
    while (match(t, /<[^>]*>/)) t = substr(t, 1, RSTART - 1) "\\fI" substr(t, RSTART + 1, RLENGTH - 2) "\\fB" substr(t, RSTART + RLENGTH)
    term = "\\fB" t "\\fR"; desc = d; next
  }
  /^   / { if (term != "") { l = $0; sub(/^ +/, "", l); desc = desc " " l } next }
  { flush(); print }
  END { flush() }'

echo "[=DESCRIPTION]"
printf '%s\n' "$help" | sed "$esc" | awk '/^Usage:/ { next } /^Commands:/ { skip = 1; next }
  skip { if ($0 == "") skip = 0; next } /^  \\-/ { next } /^$/ { if (text) print ".PP"; text = 0; next } { print; text = 1 }'
printf '%s\n' "See \\fBCOMMANDS\\fR for each command's options." ""

echo "[OPTIONS]"
printf '%s\n' "$help" | sed "$esc" | grep '^  \\-' | awk "$entries"
echo

echo "[COMMANDS]"
for c in $commands; do
  "$cli" "$c" --help | sed "$esc" | awk '
    NR == 1 { sub(/^Usage: /, ""); print ".SS \"" $0 "\""; next }
    /^(Options|Arguments):$/ { next }
    { print }' | awk "$entries"
done
printf '%s\n' ".PP" "Every command also takes \\fB\\-h\\fR, \\fB\\-\\-help\\fR and \\fB\\-\\-allow\\-errors\\fR (use what loads of a package with problems)."
