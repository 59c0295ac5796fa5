#!/bin/sh
# The desktop entry and the AppStream metadata pass their validators with nothing to say
# (desktop-file-validate's hints count as failures), and the metadata names the case studies.
# Usage: testdesktopfiles.sh installer/desktop
set -u
dir=$1
status=0
fail() { echo "FAIL: $*"; status=1; }
desktop=$(ls "$dir"/*.desktop)
metainfo=$(ls "$dir"/*.metainfo.xml)
said=$(desktop-file-validate "$desktop" 2>&1) || fail "desktop-file-validate rejects $desktop"
[ -z "$said" ] || fail "desktop-file-validate: $said"
# --no-net: the suite never goes online. Pedantic notes are printed, not failures (the one
# expected is releases-info-missing until a first release is tagged).
appstreamcli validate --no-net --pedantic "$metainfo" || fail "appstreamcli validate rejects $metainfo"
id=$(sed -n 's:.*<id>\(.*\)</id>.*:\1:p' "$metainfo")
[ "$(basename "$desktop")" = "$id.desktop" ] || fail "the desktop file is not named after the component id $id"
grep -q "<launchable type=\"desktop-id\">$id.desktop</launchable>" "$metainfo" || fail "no launchable $id.desktop"
for study in Petrograd Paris Catalonia Syria; do
  grep -q "<li>.*$study" "$metainfo" || fail "the description does not name the $study case study"
done
[ $status -eq 0 ] && echo "PASS: $desktop, $metainfo"
exit $status
