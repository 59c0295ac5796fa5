#!/bin/bash
# The bash completion of dpatlas-cli, driven as bash drives it (COMP_WORDS, COMP_CWORD), against
# the program's own --help: commands, each command's options, option values and case-study ids.
# Usage: testcompletion.sh installer/completion/dpatlas-cli.bash PATH/TO/dpatlas-cli
script=$1 cli=$2
source "$script"
status=0
complete_line() { COMP_WORDS=("$cli" "$@"); COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 )); _dpatlas_cli; printf '%s\n' "${COMPREPLY[@]}"; }
expect() {   # expect "WORDS..." WANTED...: every WANTED is among the completions
  local words=$1; shift
  local got; got=$(complete_line $words "${COMPLETE_CUR-}")
  for w in "$@"; do
    grep -qx -- "$w" <<<"$got" || { echo "FAIL: '$words ${COMPLETE_CUR-}<TAB>' gives [${got//$'\n'/ }], no $w"; status=1; }
  done
}
help=$(LC_ALL=C.UTF-8 "$cli" --help)
commands=$(sed -n '/^Commands:/,/^$/s/^  \([a-z][a-z-]*\).*/\1/p' <<<"$help" | uniq)
COMPLETE_CUR="" expect "" $commands
for c in $commands; do
  options=$(LC_ALL=C.UTF-8 "$cli" "$c" --help | grep -o '^  \(-[a-z], \)\{0,1\}--[a-z-]*' | grep -o -- '--[a-z-]*' | grep -v '^--help')
  COMPLETE_CUR="--" expect "$c" $options --allow-errors
done
COMPLETE_CUR="re" expect "" render repair
COMPLETE_CUR="pe" expect "state" petrograd-1917
COMPLETE_CUR="" expect "render petrograd-1917 --calendar" gregorian julian
COMPLETE_CUR="" expect "state paris-1871 --format" csv json
# Each value list written in the completion script is one the program's help gives.
for case in "render --page a4 a4-landscape slide" "render --legend auto top-left top-right bottom-left bottom-right beside" \
            "analyze --metric area population dual-index status-share front-length dual-days territories fronts" \
            "animate --step 6h 1d 1w 1m 1y" "import --dates dmy mdy ymd"; do
  set -- $case; c=$1 o=$2; shift 2
  COMPLETE_CUR="" expect "$c x $o" "$@"
  h=$(LC_ALL=C.UTF-8 "$cli" "$c" --help | tr -s ' \n' ' ')
  for v in "$@"; do grep -q -- "$v" <<<"$h" || { echo "FAIL: $c --help does not mention $o value $v"; status=1; }; done
done
(( status == 0 )) && echo "PASS: completion"
exit $status
