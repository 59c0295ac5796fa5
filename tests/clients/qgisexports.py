#!/usr/bin/python3
"""Our GeoPackage and other exports, opened in QGIS as a user would, checked against what the
package says (its manifest, read here with json) and what `dpatlas-cli state` says.

Checks, for paris-1871:
- the state export: one layer per package layer, each valid and of one geometry type, styled
  from the stored layer_styles (categorized by holder, the authorities' colours, patterns for
  the statuses, labels);
- the timeline export: the QGIS project stored in the GeoPackage opens, in the package's CRS,
  its layers temporal (start and end fields), the Temporal Controller's range the period; and
  QGIS's own temporal filter at five dates gives, feature by feature, the claims that
  `dpatlas-cli state` lists as in force;
- a day without fronts: the fronts layer still has its geometry type and CRS;
- the packed case study (export --package): its stored project plays the claims as timeline
  layers, styled, and filters as `state` says;
- FlatGeobuf and CSV: the polygons are not lost to the points; the CSV names its CRS.
Exit 77 (skipped) when PyQGIS cannot be imported."""
import csv
import io
import json
import os
import subprocess
import sys
import tempfile

try:
    from qgis.core import (QgsApplication, QgsDateTimeRange, QgsFeatureRequest, QgsProject, QgsVectorLayer,
                           QgsVectorLayerTemporalContext, QgsWkbTypes)
    from qgis.PyQt.QtCore import QDate, QDateTime, QTime, Qt
except ImportError as e:
    print(f"skipped: PyQGIS is not installed ({e}); `make test` installs it (installer/debian-test-packages.txt)")
    sys.exit(77)

CLI = os.environ["DPATLAS_CLI"]
DATASETS = os.environ["DPATLAS_DATASETS_DIR"]
PACKAGE = os.path.join(DATASETS, "paris-1871")
failures = []


def check(condition, what):
    if not condition:
        failures.append(what)
        print("FAIL:", what)


def cli(*args):
    run = subprocess.run([CLI, *args], capture_output=True, text=True, timeout=120)
    if run.returncode != 0:
        raise SystemExit(f"dpatlas-cli {' '.join(args)} failed: {run.stderr}")
    return run.stdout


manifest = json.load(open(os.path.join(PACKAGE, "manifest.json"), encoding="utf-8"))
colours = {a["id"]: a["color"].lower() for a in manifest["authorities"]}
feature_layers = [l["id"] for l in manifest["layers"] if l.get("role") == "features"]

QgsApplication.setPrefixPath("/usr", True)
app = QgsApplication([], False)
app.initQgis()
work = tempfile.mkdtemp()

# The state on a date: a layer per package layer, styled from layer_styles.
state = os.path.join(work, "state.gpkg")
cli("export", PACKAGE, "--at", "1871-05-01", "-o", state)
for name in feature_layers:
    layer = QgsVectorLayer(f"{state}|layername={name}", name, "ogr")
    check(layer.isValid(), f"state layer {name} opens")
    if not layer.isValid():
        continue
    types = {QgsWkbTypes.geometryType(f.geometry().wkbType()) for f in layer.getFeatures()}
    check(len(types) == 1, f"state layer {name} holds one geometry type ({types})")
    renderer = layer.renderer()
    check(renderer.type() == "categorizedSymbol" and renderer.classAttribute() == "holder",
          f"{name}: the stored style categorizes by holder (got {renderer.type()})")
    if renderer.type() == "categorizedSymbol":
        categories = renderer.categories()
        seen = {c.value(): c.symbol().color().name() for c in categories if c.value()}
        check(seen == colours, f"{name}: category colours are the authorities' ({seen} vs {colours})")
        if layer.geometryType() == QgsWkbTypes.PolygonGeometry:
            kinds = [sl.layerType() for sl in categories[0].symbol().symbolLayers()]
            check(kinds.count("LinePatternFill") >= 4, f"{name}: the statuses' patterns are there ({kinds})")
    check(layer.labelsEnabled(), f"{name}: labels are on")
    dates = {f["date"] for f in layer.getFeatures()}
    check(dates == {"1871-05-01"}, f"{name}: every feature records the date of the state ({dates})")

# The timeline: the project inside the GeoPackage plays in the Temporal Controller.
timeline = os.path.join(work, "timeline.gpkg")
cli("export", PACKAGE, "--timeline", "-o", timeline)
project = QgsProject.instance()
check(project.read(f"geopackage:{timeline}?projectName={manifest['title']['en']}"), "the project stored in the timeline opens")
check(project.crs().authid() == manifest["crs"], f"the project is in the package's CRS ({project.crs().authid()})")
time_range = project.timeSettings().temporalRange()
check(time_range.begin().date() == QDate.fromString(manifest["period"]["start"], "yyyy-MM-dd"),
      f"the Temporal Controller starts with the period ({time_range.begin().toString()})")
layers = {l.name(): l for l in project.mapLayers().values()}
check(sorted(layers) == sorted(feature_layers), f"the project has a layer per package layer ({sorted(layers)})")
for name, layer in layers.items():
    properties = layer.temporalProperties()
    check(layer.isValid(), f"timeline layer {name} opens")
    check(properties.isActive() and properties.startField() == "start" and properties.endField() == "end",
          f"{name}: temporal, start and end from their fields")
    check(layer.renderer().type() == "categorizedSymbol" and layer.renderer().classAttribute() == "authority",
          f"{name}: categorized by authority")

for day in ["1871-03-10", "1871-03-19", "1871-04-03", "1871-05-21", "1871-05-28"]:
    state_rows = csv.DictReader(io.StringIO(cli("state", PACKAGE, "--at", day)))
    expected = {(r["layer"], r["id"]): sorted(filter(None, r["authorities"].split(";"))) for r in state_rows}
    # The state on a day means its noon; QGIS's filter for that instant, layer by layer.
    moment = QDateTime(QDate.fromString(day, "yyyy-MM-dd"), QTime(12, 0), Qt.UTC)
    got = {}
    for name, layer in layers.items():
        expression = layer.temporalProperties().createFilterString(QgsVectorLayerTemporalContext(), QgsDateTimeRange(moment, moment))
        for f in layer.getFeatures(QgsFeatureRequest().setFilterExpression(expression)):
            got.setdefault((f["layer"], f["id"]), []).append(f"{f['authority']}:{f['role']}")
    got = {k: sorted(v) for k, v in got.items()}
    expected = {k: v for k, v in expected.items() if v}
    differing = [k for k in set(expected) | set(got) if expected.get(k) != got.get(k)]
    check(not differing, f"{day}: QGIS's temporal filter gives the claims state gives "
                         f"({[(k, expected.get(k), got.get(k)) for k in differing[:3]]})")

# The packed case study (export --package): the one file a historian mails opens in QGIS ready to
# play: its project has the claims as timeline layers beside the package's own layers.
packed = os.path.join(work, "paris-packed.gpkg")
cli("export", PACKAGE, "--package", "-o", packed)
project.clear()
check(project.read(f"geopackage:{packed}?projectName={manifest['title']['en']}"), "the project stored in the packed case study opens")
packed_layers = {l.name(): l for l in project.mapLayers().values()}
check(sorted(packed_layers) == sorted(f"{l}_timeline" for l in feature_layers),
      f"the packed project plays a timeline layer per package layer ({sorted(packed_layers)})")
moment = QDateTime(QDate(1871, 5, 1), QTime(12, 0), Qt.UTC)
state_rows = csv.DictReader(io.StringIO(cli("state", PACKAGE, "--at", "1871-05-01")))
expected = {(r["layer"], r["id"]): sorted(filter(None, r["authorities"].split(";"))) for r in state_rows}
expected = {k: v for k, v in expected.items() if v}
got = {}
for name, layer in packed_layers.items():
    properties = layer.temporalProperties()
    check(layer.isValid() and properties.isActive() and properties.startField() == "start",
          f"packed {name}: valid and temporal")
    check(layer.renderer().type() == "categorizedSymbol" and len(layer.renderer().categories()) > 1 and
          {c.value(): c.symbol().color().name() for c in layer.renderer().categories() if c.value()}.items() <= colours.items(),
          f"packed {name}: categorized in the authorities' colours")
    expression = properties.createFilterString(QgsVectorLayerTemporalContext(), QgsDateTimeRange(moment, moment))
    for f in layer.getFeatures(QgsFeatureRequest().setFilterExpression(expression)):
        got.setdefault((f["layer"], f["id"]), []).append(f"{f['authority']}:{f['role']}")
got = {k: sorted(v) for k, v in got.items()}
check(got == expected, "1871-05-01 in the packed project: QGIS's temporal filter gives the claims state gives")
project.clear()

# A day without fronts: the layer keeps its geometry type and CRS.
fronts = os.path.join(work, "fronts.gpkg")
cli("analyze", PACKAGE, "--at", "1871-03-10", "--metric", "fronts", "-o", fronts)
layer = QgsVectorLayer(f"{fronts}|layername=fronts", "fronts", "ogr")
check(layer.isValid() and layer.featureCount() == 0, "the empty fronts layer opens")
check(layer.geometryType() == QgsWkbTypes.LineGeometry, f"the empty fronts layer is a line layer ({layer.geometryType()})")
check(layer.crs().authid() == manifest["crs"], f"the empty fronts layer has the CRS ({layer.crs().authid()})")

# FlatGeobuf: a file per layer, the polygons kept as polygons.
fgb = os.path.join(work, "state.fgb")
cli("export", PACKAGE, "--at", "1871-05-01", "-o", fgb)
arrondissements = QgsVectorLayer(os.path.join(work, "state-arrondissements.fgb"), "a", "ogr")
check(arrondissements.isValid() and arrondissements.geometryType() == QgsWkbTypes.PolygonGeometry
      and arrondissements.featureCount() == 20, "the FlatGeobuf of the arrondissements holds their 20 polygons")
# CSV: the CRS is in a column.
cli("export", PACKAGE, "--at", "1871-05-01", "--layer", "arrondissements", "-o", os.path.join(work, "state.csv"))
rows = list(csv.DictReader(open(os.path.join(work, "state.csv"), encoding="utf-8")))
check(rows and {r["crs"] for r in rows} == {manifest["crs"]}, "the CSV names its CRS")

print(f"{len(failures)} failure(s)" if failures else "all QGIS checks passed", flush=True)
# PyQGIS 3.22 can crash tearing down a project's layers at interpreter exit; the checks are
# done, so leave without running Python's and QGIS's destructors.
os._exit(1 if failures else 0)
