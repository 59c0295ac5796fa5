#!/usr/bin/python3
"""`dpatlas-cli export --linked-places` for every bundled case study, checked by the World
Historical Gazetteer's own JSON Schema (vendored in lpf/) and against the package's files read
here with Python alone: a place per feature, its names in each language of the layer file, a
relation per row of claims.csv with that row's dates, and authorities that have a Wikidata id
related by their Wikidata URI. Exit 77 (skipped) when python3-jsonschema is missing."""
import csv
import json
import os
import subprocess
import sys
import tempfile

try:
    import jsonschema
except ImportError as e:
    print(f"skipped: python3-jsonschema is not installed ({e})")
    sys.exit(77)

CLI = os.environ["DPATLAS_CLI"]
DATASETS = os.environ["DPATLAS_DATASETS_DIR"]
HERE = os.path.dirname(os.path.abspath(__file__))
schema = json.load(open(os.path.join(HERE, "lpf", "schema_lpf_v1.2.2.json"), encoding="utf-8"))
validator = jsonschema.Draft7Validator(schema)
failures = []


def check(condition, what):
    if not condition:
        failures.append(what)
        print("FAIL:", what)


work = tempfile.mkdtemp()
for package in ["petrograd-1917", "paris-1871", "catalonia-1936", "northeast-syria"]:
    folder = os.path.join(DATASETS, package)
    manifest = json.load(open(os.path.join(folder, "manifest.json"), encoding="utf-8"))
    out = os.path.join(work, package + ".json")
    run = subprocess.run([CLI, "export", folder, "--linked-places", "-o", out], capture_output=True, text=True, timeout=120)
    check(run.returncode == 0, f"{package}: export --linked-places succeeds ({run.stderr.strip()})")
    if run.returncode != 0:
        continue
    lpf = json.load(open(out, encoding="utf-8"))
    check(lpf["type"] == "FeatureCollection" and "@context" in lpf, f"{package}: a JSON-LD FeatureCollection")
    places = {f["@id"]: f for f in lpf["features"]}
    for place in lpf["features"]:
        errors = sorted(validator.iter_errors(place), key=lambda e: list(e.path))
        check(not errors, f"{package}: {place['@id']} valid LPF ({[e.message for e in errors[:2]]})")

    # A place per feature of every feature layer, with the names its file gives.
    features = 0
    for layer in manifest["layers"]:
        if layer.get("role") != "features":
            continue
        data = json.load(open(os.path.join(folder, layer["file"]), encoding="utf-8"))
        for f in data["features"]:
            features += 1
            uri = f"urn:dpatlas:{package}:{layer['id']}:{f['properties'][layer['id_field']]}"
            check(uri in places, f"{package}: {uri} is a place")
            if uri not in places:
                continue
            toponyms = {(n["lang"], n["toponym"]) for n in places[uri]["names"]}
            for lang, field in layer.get("names", {}).items():
                name = f["properties"].get(field)
                if name:
                    check((lang, name) in toponyms, f"{package}: {uri} has its {lang} name {name!r}")
    check(features == len(places), f"{package}: {len(places)} places for {features} features")

    # A relation per claim, with the claim's own dates.
    authorities = {a["id"]: a for a in manifest["authorities"]}
    expected = {}
    for row in csv.DictReader(open(os.path.join(folder, manifest["claims"]), encoding="utf-8-sig")):
        a = authorities[row["authority"]]
        target = f"http://www.wikidata.org/entity/{a['wikidata']}" if a.get("wikidata") else f"urn:dpatlas:{package}:authority:{a['id']}"
        start = row["start"].strip() if row["start"].strip() not in ("", "..") else None
        expected.setdefault(f"urn:dpatlas:{package}:{row['layer']}:{row['feature']}", []).append((f"dpatlas:{row['role']}", target, start))
    got = {}
    for uri, place in places.items():
        for r in place.get("relations", []):
            got.setdefault(uri, []).append((r["relationType"], r["relationTo"], r["when"]["timespans"][0]["start"].get("in")))
    differing = [u for u in set(expected) | set(got) if sorted(expected.get(u, []), key=str) != sorted(got.get(u, []), key=str)]
    check(not differing, f"{package}: relations are the claims ({differing[:2]})")
    check(sum(map(len, got.values())) == sum(map(len, expected.values())), f"{package}: as many relations as claims")

# An authority with a Wikidata id is related by its URI (a test value: the bundled packages
# state none yet).
import shutil
folder = os.path.join(work, "wd")
shutil.copytree(os.path.join(DATASETS, "example-minimal"), folder)
manifest_path = os.path.join(folder, "manifest.json")
manifest = json.load(open(manifest_path, encoding="utf-8"))
manifest["authorities"][0]["wikidata"] = "Q1234567"
json.dump(manifest, open(manifest_path, "w", encoding="utf-8"))
out = os.path.join(work, "wd.json")
run = subprocess.run([CLI, "export", folder, "--linked-places", "-o", out], capture_output=True, text=True, timeout=120)
check(run.returncode == 0, f"example with a Wikidata id exports ({run.stderr.strip()})")
if run.returncode == 0:
    targets = {r["relationTo"] for f in json.load(open(out, encoding="utf-8"))["features"] for r in f.get("relations", [])}
    check("http://www.wikidata.org/entity/Q1234567" in targets, f"the authority with a Wikidata id is related by it ({targets})")

print(f"{len(failures)} failure(s)" if failures else "every export is valid Linked Places and says what the packages say")
sys.exit(1 if failures else 0)
