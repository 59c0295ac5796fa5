#!/usr/bin/python3
"""Regenerates datasets/example-minimal/layers/ from the shared Paris 1871 geodata.

Usage: /usr/bin/python3 tools/build_example_minimal.py SHARED_GEODATA_DIR
(SHARED_GEODATA_DIR is the folder holding paris-1871/). The package itself never reads it.
"""
import json
import sys
from pathlib import Path

here = Path(__file__).resolve().parent
package = here.parent / "datasets" / "example-minimal" / "layers"
geodata = Path(sys.argv[1]) / "paris-1871"

arr = json.loads((geodata / "paris_arrondissements_1860.geojson").read_text())
keep = {4: ("arr04", "4th arrondissement (Hôtel-de-Ville)", "4e arrondissement (Hôtel-de-Ville)"),
        18: ("arr18", "18th arrondissement (Butte-Montmartre)", "18e arrondissement (Butte-Montmartre)")}
features = []
for f in arr["features"]:
    n = f["properties"]["arr_num"]
    if n in keep:
        fid, en, fr = keep[n]
        features.append({"type": "Feature",
                         "properties": {"id": fid, "name_en": en, "name_fr": fr, "kind": "district",
                                        "approx": False},
                         "geometry": f["geometry"]})
(package / "arrondissements.geojson").write_text(
    json.dumps({"type": "FeatureCollection", "features": features}, ensure_ascii=False))

points = json.loads((geodata / "points_1871.geojson").read_text())
wanted = {"hotel_de_ville", "butte_montmartre"}
out = [f for f in points["features"] if f["properties"]["id"] in wanted]
for f in out:
    f["properties"]["approx"] = False
(package / "places.geojson").write_text(
    json.dumps({"type": "FeatureCollection", "features": out}, ensure_ascii=False, indent=1))
print("wrote", package)
