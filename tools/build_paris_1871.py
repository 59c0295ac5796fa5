#!/usr/bin/python3
"""Regenerate the layers/ and maps/ of the paris-1871 case-study package.

Usage:
    /usr/bin/python3 tools/build_paris_1871.py [GEODATA_DIR] [PERIOD_MAP_DIR] [PACKAGE_DIR]

GEODATA_DIR defaults to /work/shared/geodata/paris-1871 (the open geodata described in its
SOURCES.md), PERIOD_MAP_DIR to /work/shared/period-maps/paris-1871 (the Jacoubet 1836 scan
and its ground control points, described in its PROVENANCE.md), PACKAGE_DIR to
datasets/paris-1871 next to this script.  Needs GDAL's Python bindings (python3-gdal) and
the gdal_translate program.  Nothing is drawn by hand: every polygon is a source polygon or a
union of source polygons, every context layer a selection or clip of a source layer (the
Seine polygon is derived from the arrondissements by a rule: see build_seine).

Layers written (all GeoJSON, EPSG:4326, RFC 7946), one licence per file:
  arrondissements.geojson   the 20 arrondissements of 1860-1919 (SoDUCo, CC BY-SA 4.0)
  communes.geojson          the suburban communes the claims speak of, modern IGN 2018
                            outlines merged back into their 1871 parent commune where a
                            commune was split off later (Licence Ouverte)           approx
  communes_other.geojson    the other communes of the source file, context only (Licence Ouverte)
  thiers_wall.geojson       footprint of the bastioned wall of 1841-1844 (R&CAP, ODbL)
  seine_paris.geojson       the Seine inside the walls: the channel the arrondissements leave
                            between them, found by a morphological closing (CC BY-SA 4.0)
  rivers.geojson            Seine and Marne, WDBII river lines, clipped, without the pieces
                            inside the city (LGPL-3+)
  places.geojson            forts and places of 1871 (Wikipedia / OSM coordinates)
Period map written:
  maps/jacoubet-1836-sheet22.tif   the 1836 Jacoubet sheet 22 scan, halved, JPEG in GeoTIFF,
                                   with its 30 ground control points embedded (public domain)
  maps/jacoubet-1836-sheet22.points  the same 30 points in QGIS's .points format, in the
                                   halved scan's pixels, so they can be revised in the app's
                                   georeferencer or in QGIS
"""

import json
import os
import subprocess
import sys

from osgeo import gdal, ogr, osr

from ogrparts import lines_of, polygons_of, union_all

gdal.UseExceptions()
ogr.UseExceptions()

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = sys.argv[1] if len(sys.argv) > 1 else "/work/shared/geodata/paris-1871"
MAPSRC = sys.argv[2] if len(sys.argv) > 2 else "/work/shared/period-maps/paris-1871"
PKG = sys.argv[3] if len(sys.argv) > 3 else os.path.join(HERE, "..", "datasets", "paris-1871")
OUT = os.path.join(PKG, "layers")
MAPOUT = os.path.join(PKG, "maps")

PRECISION = 5                              # decimals (about 1 m)
RIVER_CLIP = (2.00, 48.70, 2.60, 49.00)    # xmin, ymin, xmax, ymax (lon/lat)
SEINE_CLOSING_M = 200.0                    # d of the closing union.Buffer(+d).Buffer(-d)
SEINE_MIN_PART_M2 = 20000.0                # smaller parts of the gap are slivers, dropped
BUFFER_QUADSEGS = 16                       # segments per quarter circle in the buffers

WGS84 = osr.SpatialReference()
WGS84.ImportFromEPSG(4326)
WGS84.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
LAMBERT = osr.SpatialReference()           # NTF (Paris) / Lambert zone I, the package CRS
LAMBERT.ImportFromEPSG(27571)
LAMBERT.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
TO_LAMBERT = osr.CoordinateTransformation(WGS84, LAMBERT)

# ---------------------------------------------------------------------------------------
# Arrondissements: names.  The official 1860 names (name_official in the source) are kept.
# ---------------------------------------------------------------------------------------
ORD_EN = {1: "1st", 2: "2nd", 3: "3rd"}


def ord_en(n):
    return ORD_EN.get(n, "%dth" % n)


def ord_fr(n):
    return "1er" if n == 1 else "%de" % n


# ---------------------------------------------------------------------------------------
# Communes modelled as claimable features: (id, name_en, name_fr, [INSEE codes], note).
# Where a present-day commune was carved out of a commune of 1871 after the Commune, its
# polygon is merged back into the parent (geodata SOURCES.md lists the dates).
# ---------------------------------------------------------------------------------------
COMMUNES = [
    ("versailles", "Versailles", "Versailles", ["78646"],
     "Seat of Thiers' government and, from 20 March 1871, of the National Assembly."),
    ("saint_cloud", "Saint-Cloud", "Saint-Cloud", ["92064"],
     "Montretout batteries of the Versailles army (May 1871)."),
    ("suresnes", "Suresnes (Mont-Valérien)", "Suresnes (Mont-Valérien)", ["92073"],
     "Commune of the Mont-Valérien fortress."),
    ("courbevoie", "Courbevoie", "Courbevoie", ["92026"],
     "Scene of the first clash, 2 April 1871."),
    ("neuilly", "Neuilly-sur-Seine", "Neuilly-sur-Seine", ["92051"],
     "Front line between Porte Maillot and the Neuilly bridge, April-May 1871."),
    ("asnieres", "Asnières (now Asnières-sur-Seine)", "Asnières (auj. Asnières-sur-Seine)", ["92004"],
     "North-western front: held by Dombrowski's Fédérés from the night of 9 April until about 18 "
     "April 1871, then by the army across the Seine from Clichy and Levallois."),
    ("levallois", "Levallois-Perret", "Levallois-Perret", ["92044"],
     "North-western front: Fédéré positions between Neuilly and Clichy, April-May 1871 (a commune "
     "since 1867)."),
    ("clichy", "Clichy", "Clichy", ["92024"],
     "North-western front: Fédéré positions facing Asnières across the Seine, April-May 1871."),
    ("boulogne", "Boulogne (now Boulogne-Billancourt)", "Boulogne (auj. Boulogne-Billancourt)",
     ["92012"], "Village in front of the Point-du-Jour; called Boulogne-sur-Seine in 1871."),
    ("meudon", "Meudon", "Meudon", ["92048"], "Reached by Fédéré columns on 3 April 1871."),
    ("clamart", "Clamart", "Clamart", ["92023"], "Versailles siege lines against Issy and Vanves."),
    ("chatillon", "Châtillon", "Châtillon", ["92020"],
     "Châtillon plateau and redoubt, lost by the Fédérés on 4 April 1871."),
    ("issy", "Issy (now Issy-les-Moulineaux)", "Issy (auj. Issy-les-Moulineaux)", ["92040"],
     "Commune of the Fort d'Issy; the village and Les Moulineaux were fought over from late April."),
    ("vanves", "Vanves (with Malakoff)", "Vanves (avec Malakoff)", ["92075", "92046"],
     "Malakoff was part of Vanves until 1883, so the two modern communes are merged; the Fort "
     "de Vanves lies in the Malakoff part."),
    ("montrouge", "Montrouge", "Montrouge", ["92049"],
     "The Petit-Montrouge inside the wall went to Paris in 1860; this is the outer commune."),
    ("arcueil", "Arcueil (with Cachan)", "Arcueil (avec Cachan)", ["94003", "94016"],
     "Cachan was part of Arcueil until 1922 (merged). The Fort de Montrouge stands in Arcueil."),
    ("gentilly", "Gentilly (with Le Kremlin-Bicêtre)", "Gentilly (avec Le Kremlin-Bicêtre)",
     ["94037", "94043"],
     "Le Kremlin-Bicêtre was part of Gentilly until 1896 (merged); the Fort de Bicêtre lies in it."),
    ("villejuif", "Villejuif (Hautes-Bruyères)", "Villejuif (Hautes-Bruyères)", ["94076"],
     "Redoubt of the Hautes-Bruyères, a Fédéré outpost until 25 May 1871."),
    ("ivry", "Ivry-sur-Seine", "Ivry-sur-Seine", ["94041"], "Commune of the Fort d'Ivry."),
    ("vitry", "Vitry-sur-Seine (Moulin-Saquet)", "Vitry-sur-Seine (Moulin-Saquet)", ["94081"],
     "Redoubt of the Moulin-Saquet, a Fédéré outpost south of the Fort d'Ivry."),
    ("vincennes", "Vincennes", "Vincennes", ["94080"],
     "Château (fortress) of Vincennes, held by the Fédérés until 29 May 1871."),
    ("fontenay", "Fontenay-sous-Bois (Fort de Nogent)", "Fontenay-sous-Bois (fort de Nogent)",
     ["94033"], "The Fort de Nogent stands in Fontenay-sous-Bois."),
    ("romainville", "Romainville (Fort de Noisy)", "Romainville (fort de Noisy)", ["93063"],
     "The Fort de Noisy stands in Romainville."),
    ("lilas", "Les Lilas (Fort de Romainville)", "Les Lilas (fort de Romainville)", ["93045"],
     "The Fort de Romainville stands in Les Lilas (a commune since 1867)."),
    ("aubervilliers", "Aubervilliers", "Aubervilliers", ["93001"], "Fort d'Aubervilliers."),
    ("saint_denis", "Saint-Denis", "Saint-Denis", ["93066"],
     "Forts de la Briche, de la Double-Couronne and de l'Est."),
]

APPROX_COMMUNE_NOTE = ("Modern commune outline (IGN ADMIN EXPRESS 2018, generalised) standing in "
                       "for the 1871 commune: the zone next to the wall and parts of the Bois that "
                       "Paris annexed in 1925-1930 are missing, so a ring is left between Paris "
                       "and the communes.")

# Places of the shared points file that are proxies for what the claims speak of.
PLACE_APPROX = {
    "butte_montmartre": "Infobox point of Montmartre, not the artillery park on the rue des Rosiers.",
    "belleville": "Centre of today's quartier; the Belleville of 1871 was larger.",
    "fort_mont_valerien": "Infobox point of the hill; the fortress occupies its summit.",
    "fort_double_couronne": "Former site; the fort was razed after 1919.",
    "fort_vincennes": "Point of the Château de Vincennes; the 'fort neuf' stood just south of it.",
}
# Stations are left out: the claims do not speak of them.
PLACE_SKIP = {"gare_saint_lazare", "gare_du_nord", "gare_de_l_est"}
PLACE_KIND = {"fort": "fortress", "building": "palace", "square": "square",
              "cemetery": "cemetery", "gate": "gate", "hill": "hill"}

# Period map: the aeqd CRS stated in PROVENANCE.md (SoDUCo "Verniquet" local system, metres).
JACOUBET_CRS = ("+proj=aeqd +lat_0=48.83635863 +lon_0=2.33652533 +x_0=0 +y_0=0 +ellps=GRS80 "
                "+towgs84=0,0,0,0,0,0,0 +no_defs +type=crs")
JACOUBET_SCALE = 0.5                       # the scan is halved to stay under 2.5 MB


def clean_polygonal(geom):
    """Round to PRECISION, drop repeated points, make valid; return a MultiPolygon."""
    out = ogr.Geometry(ogr.wkbMultiPolygon)
    for poly in polygons_of(geom):
        newp = ogr.Geometry(ogr.wkbPolygon)
        for r in range(poly.GetGeometryCount()):
            ring = poly.GetGeometryRef(r)
            nr = ogr.Geometry(ogr.wkbLinearRing)
            last = None
            for i in range(ring.GetPointCount()):
                pt = (round(ring.GetX(i), PRECISION), round(ring.GetY(i), PRECISION))
                if pt != last:
                    nr.AddPoint_2D(*pt)
                    last = pt
            if nr.GetPointCount() >= 4:
                nr.CloseRings()
                newp.AddGeometry(nr)
            elif r == 0:
                break
        if newp.GetGeometryCount():
            out.AddGeometry(newp)
    if not out.IsValid():
        fixed = out.MakeValid()
        out = ogr.Geometry(ogr.wkbMultiPolygon)
        for p in polygons_of(fixed):
            if ogr.GT_Flatten(p.GetGeometryType()) == ogr.wkbPolygon:
                out.AddGeometry(p)
    if not out.IsValid():
        out = out.Buffer(0)
    assert out.IsValid(), "geometry still invalid after MakeValid/buffer(0)"
    return out


def clean_lines(geom):
    out = ogr.Geometry(ogr.wkbMultiLineString)
    stack = [geom]
    while stack:
        g = stack.pop()
        t = ogr.GT_Flatten(g.GetGeometryType())
        if t == ogr.wkbLineString:
            nl = ogr.Geometry(ogr.wkbLineString)
            last = None
            for i in range(g.GetPointCount()):
                pt = (round(g.GetX(i), PRECISION), round(g.GetY(i), PRECISION))
                if pt != last:
                    nl.AddPoint_2D(*pt)
                    last = pt
            if nl.GetPointCount() >= 2:
                out.AddGeometry(nl)
        elif t in (ogr.wkbMultiLineString, ogr.wkbGeometryCollection):
            stack.extend(g.GetGeometryRef(i) for i in range(g.GetGeometryCount()))
    return out


def line_length_m(geom):
    g = geom.Clone()
    g.Transform(TO_LAMBERT)
    return g.Length()


def area_km2(geom):
    g = geom.Clone()
    g.Transform(TO_LAMBERT)
    return g.GetArea() / 1e6


def new_geojson(name, geom_type, fields):
    path = os.path.join(OUT, name + ".geojson")
    if os.path.exists(path):
        os.remove(path)
    drv = ogr.GetDriverByName("GeoJSON")
    ds = drv.CreateDataSource(path)
    lyr = ds.CreateLayer(name, WGS84, geom_type,
                         options=["RFC7946=YES", "COORDINATE_PRECISION=%d" % PRECISION,
                                  "WRITE_NAME=NO"])
    for fname, ftype in fields:
        if ftype == "bool":
            fd = ogr.FieldDefn(fname, ogr.OFTInteger)
            fd.SetSubType(ogr.OFSTBoolean)
        elif ftype == "int":
            fd = ogr.FieldDefn(fname, ogr.OFTInteger)
        else:
            fd = ogr.FieldDefn(fname, ogr.OFTString)
        lyr.CreateField(fd)
    return ds, lyr


def write(lyr, values, geom):
    f = ogr.Feature(lyr.GetLayerDefn())
    for k, v in values.items():
        f[k] = v
    f.SetGeometry(geom)
    lyr.CreateFeature(f)


def build_arrondissements():
    src = ogr.Open(os.path.join(SRC, "paris_arrondissements_1860.geojson"))
    ds, lyr = new_geojson("arrondissements", ogr.wkbMultiPolygon,
                          [("id", "str"), ("name_en", "str"), ("name_fr", "str"),
                           ("approx", "bool"), ("kind", "str"), ("arr_num", "int"),
                           ("insee", "str"), ("quartiers", "str")])
    geoms = {}
    for f in sorted(src.GetLayer(), key=lambda f: f["arr_num"]):
        n = f["arr_num"]
        g = clean_polygonal(f.GetGeometryRef())
        fid = "arr%02d" % n
        geoms[fid] = g
        write(lyr, {"id": fid,
                    "name_en": "%s arrondissement (%s)" % (ord_en(n), f["name_official"]),
                    "name_fr": "%s arrondissement (%s)" % (ord_fr(n), f["name_official"]),
                    "approx": 0, "kind": "district", "arr_num": n, "insee": f["insee"],
                    "quartiers": f["quartiers"]}, g)
    ds = None
    print("  arrondissements: %d features, %.1f km2"
          % (len(geoms), sum(area_km2(g) for g in geoms.values())))
    return geoms


def build_communes():
    src = ogr.Open(os.path.join(SRC, "communes_around_paris.geojson"))
    by_insee = {}
    names = {}
    for f in src.GetLayer():
        by_insee[f["insee"]] = f.GetGeometryRef().Clone()
        names[f["insee"]] = f["name"]
    used = set()
    ds, lyr = new_geojson("communes", ogr.wkbMultiPolygon,
                          [("id", "str"), ("name_en", "str"), ("name_fr", "str"),
                           ("approx", "bool"), ("kind", "str"), ("insee", "str"),
                           ("note", "str")])
    geoms = {}
    for cid, name_en, name_fr, codes, note in COMMUNES:
        for c in codes:
            assert c in by_insee, c
            assert c not in used, "commune used twice: " + c
            used.add(c)
        g = clean_polygonal(union_all(by_insee[c] for c in codes))
        geoms[cid] = g
        write(lyr, {"id": cid, "name_en": name_en, "name_fr": name_fr, "approx": 1,
                    "kind": "commune", "insee": ",".join(codes),
                    "note": (note + " " if note else "") + APPROX_COMMUNE_NOTE}, g)
    ds = None
    print("  communes: %d features" % len(geoms))

    ds, lyr = new_geojson("communes_other", ogr.wkbMultiPolygon,
                          [("insee", "str"), ("name", "str")])
    n = 0
    for code in sorted(by_insee):
        if code in used:
            continue
        write(lyr, {"insee": code, "name": names[code]}, clean_polygonal(by_insee[code]))
        n += 1
    ds = None
    print("  communes_other: %d features" % n)
    return geoms


def build_wall():
    src = ogr.Open(os.path.join(SRC, "thiers_wall_1841_1844.geojson"))
    ds, lyr = new_geojson("thiers_wall", ogr.wkbMultiLineString,
                          [("seg_id", "int"), ("kind", "str"), ("reliability", "str")])
    n = 0
    for f in src.GetLayer():
        if f["kind"] != "Emprise-bastions":
            continue
        write(lyr, {"seg_id": f["seg_id"], "kind": f["kind"],
                    "reliability": f["reliability"] or ""}, clean_lines(f.GetGeometryRef()))
        n += 1
    ds = None
    print("  thiers_wall: %d segments" % n)


def package_crs():
    """The package CRS named in manifest.json (EPSG:27571 for this package)."""
    with open(os.path.join(PKG, "manifest.json"), encoding="utf-8") as fh:
        code = json.load(fh)["crs"]
    crs = osr.SpatialReference()
    crs.SetFromUserInput(code)
    crs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return code, crs


def build_seine(arrondissements):
    """The Seine inside Paris as the channel between the arrondissements (review B13).

    SoDUCo leaves the bed of the Seine out of every quartier, so inside the walls the river
    is the gap between the arrondissement polygons.  Rule: in the package CRS (metres),
    closing = union.Buffer(+d).Buffer(-d) with d = SEINE_CLOSING_M, which fills every channel
    narrower than 2d; gap = closing - union; keep the parts of the gap of at least
    SEINE_MIN_PART_M2 (the river; the islands, which lie in arrondissements, stay holes) and
    drop the rest (slivers between neighbouring quartiers, notches in the outer edge).
    Where the river enters and leaves the city the closing draws a short edge of its own
    across the channel, so the polygon's two ends are approximate.  Returns the closing, in
    lon/lat, for build_rivers.
    """
    code, crs = package_crs()
    to_m = osr.CoordinateTransformation(WGS84, crs)
    to_ll = osr.CoordinateTransformation(crs, WGS84)
    union = union_all(arrondissements.values())
    union_m = union.Clone()
    union_m.Transform(to_m)
    d = SEINE_CLOSING_M
    closing = union_m.Buffer(d, BUFFER_QUADSEGS).Buffer(-d, BUFFER_QUADSEGS)
    closing.Transform(to_ll)
    gap = closing.Difference(union)   # in lon/lat, so its banks are the arrondissement edges
    kept = ogr.Geometry(ogr.wkbMultiPolygon)
    dropped = []
    for part in polygons_of(gap):
        a = area_km2(part) * 1e6
        if a >= SEINE_MIN_PART_M2:
            kept.AddGeometry(part.Clone())
            print("    gap part %10.0f m2 kept (%d island hole(s))"
                  % (a, part.GetGeometryCount() - 1))
        else:
            dropped.append(a)
    print("    %d gap part(s) under %.0f m2 dropped, %.0f m2 in all, the largest %.0f m2"
          % (len(dropped), SEINE_MIN_PART_M2, sum(dropped), max(dropped or [0])))
    seine = clean_polygonal(kept)
    ds, lyr = new_geojson("seine_paris", ogr.wkbMultiPolygon,
                          [("id", "str"), ("name_en", "str"), ("name_fr", "str"),
                           ("kind", "str"), ("approx", "bool"), ("note", "str")])
    write(lyr, {"id": "seine_paris", "name_en": "Seine (inside the walls)",
                "name_fr": "Seine (dans l'enceinte)", "kind": "water", "approx": 1,
                "note": "The gap the 1860 arrondissements leave between them, found by a "
                        "closing of their union with d = %.0f m in %s; approximate at its two "
                        "ends, where the closing draws the edge across the river." % (d, code)},
          seine)
    ds = None
    print("  seine_paris: 1 feature, %.3f km2 (closing d = %.0f m in %s)"
          % (area_km2(seine), d, code))
    return closing


def build_rivers(city):
    """WDBII lines clipped to RIVER_CLIP, minus `city` (the closed union of the
    arrondissements): inside the walls the seine_paris polygon shows the river."""
    src = ogr.Open(os.path.join(SRC, "rivers_wdbii.geojson"))
    box = ogr.CreateGeometryFromWkt(
        "POLYGON((%f %f,%f %f,%f %f,%f %f,%f %f))" %
        (RIVER_CLIP[0], RIVER_CLIP[1], RIVER_CLIP[2], RIVER_CLIP[1], RIVER_CLIP[2], RIVER_CLIP[3],
         RIVER_CLIP[0], RIVER_CLIP[3], RIVER_CLIP[0], RIVER_CLIP[1]))
    ds, lyr = new_geojson("rivers", ogr.wkbMultiLineString, [("kind", "str"), ("level", "int")])
    n = 0
    dropped_n, dropped_m = 0, 0.0
    gdal.PushErrorHandler("CPLQuietErrorHandler")   # one-point "lines" in the source
    for f in src.GetLayer():
        g = f.GetGeometryRef()
        if g is None or g.GetPointCount() < 2 or f["level"] > 2:
            continue
        c = g.Intersection(box)
        if c is None or c.IsEmpty():
            continue
        clipped = clean_lines(c)
        inside = clean_lines(clipped.Intersection(city))
        if not inside.IsEmpty():
            dropped_m += sum(line_length_m(x) for x in lines_of(inside))
            dropped_n += inside.GetGeometryCount()
        lines = clean_lines(clipped.Difference(city))
        if lines.IsEmpty() or lines.GetGeometryCount() == 0:
            continue
        write(lyr, {"kind": f["kind"], "level": f["level"]}, lines)
        n += 1
    gdal.PopErrorHandler()
    ds = None
    print("  rivers: %d features; %d piece(s) inside the city dropped, %.0f m"
          % (n, dropped_n, dropped_m))


def build_places(communes):
    src = ogr.Open(os.path.join(SRC, "points_1871.geojson"))
    ds, lyr = new_geojson("places", ogr.wkbPoint,
                          [("id", "str"), ("name_en", "str"), ("name_fr", "str"),
                           ("kind", "str"), ("approx", "bool"), ("source", "str"),
                           ("note", "str")])
    n = 0
    for f in src.GetLayer():
        pid = f["id"]
        if pid in PLACE_SKIP:
            continue
        g = f.GetGeometryRef().Clone()
        where = [cid for cid, cg in communes.items() if cg.Contains(g)]
        note = PLACE_APPROX.get(pid, "")
        if f["kind"] == "fort" and where:
            note = (note + " " if note else "") + "In the commune feature '%s'." % where[0]
        write(lyr, {"id": pid, "name_en": f["name_en"], "name_fr": f["name_fr"],
                    "kind": PLACE_KIND[f["kind"]], "approx": 1 if pid in PLACE_APPROX else 0,
                    "source": f["source"], "note": note}, g)
        n += 1
        print("    %-22s %s" % (pid, ",".join(where) or "-"))
    ds = None
    print("  places: %d features" % n)


def shortest(text):
    """A number as the app's GcpFile writes it (Qt's shortest round-trip form): 1227.22, -1000."""
    s = repr(float(text))
    return s[:-2] if s.endswith(".0") else s


def write_period_map_points(points, path):
    """The period map's points as QGIS's .points, byte for byte what the app's georeferencer
    would save for them (GcpFile::write), so "Open Points..." in the app or QGIS's
    Georeferencer revises the shipped map from the very points it was warped with.  The
    positions are those of the halved scan written next to it; QGIS's source y points up, so
    sourceY is the negated row.  The residuals are left at 0: QGIS recomputes them."""
    crs = osr.SpatialReference()
    crs.ImportFromProj4(JACOUBET_CRS)
    lines = ["#CRS: " + crs.ExportToWkt(["FORMAT=WKT2_2019", "MULTILINE=NO"]),
             "mapX,mapY,sourceX,sourceY,enable,dX,dY,residual"]
    for mx, my, pixel, row in points:
        lines.append("%s,%s,%s,%s,1,0,0,0" % (shortest(mx), shortest(my), shortest(pixel),
                                               shortest("-" + row)))
    with open(path + ".tmp", "w", newline="\n") as fh:
        fh.write("\n".join(lines) + "\n")
    os.replace(path + ".tmp", path)        # whole or not at all, like every file of the package


def build_period_map():
    os.makedirs(MAPOUT, exist_ok=True)
    jpg = os.path.join(MAPSRC, "jacoubet-1836-sheet22-tuileries.jpg")
    pts = jpg + ".points"
    out = os.path.join(MAPOUT, "jacoubet-1836-sheet22.tif")
    gcps = []
    points = []                            # (mapX, mapY, pixel, line) as given to gdal_translate
    with open(pts) as fh:
        for line in fh:
            line = line.strip()
            if not line or line.startswith("#") or line.startswith("mapX"):
                continue
            mx, my, sx, sy, enabled = line.split(",")[:5]
            if enabled.strip() != "1":
                continue
            # QGIS .points: pixel column = sourceX, pixel row = -sourceY; halved with the image.
            pixel = "%.3f" % (float(sx) * JACOUBET_SCALE)
            row = "%.3f" % (-float(sy) * JACOUBET_SCALE)
            gcps += ["-gcp", pixel, row, mx, my]
            points.append((mx, my, pixel, row))
    assert len(gcps) == 30 * 5, "expected 30 ground control points"
    write_period_map_points(points, os.path.join(MAPOUT, "jacoubet-1836-sheet22.points"))
    if os.path.exists(out):
        os.remove(out)
    pct = "%d%%" % round(JACOUBET_SCALE * 100)
    cmd = ["gdal_translate", "-q", "-of", "GTiff", "-co", "COMPRESS=JPEG", "-co",
           "JPEG_QUALITY=85", "-outsize", pct, pct, "-a_srs", JACOUBET_CRS] + gcps + [jpg, out]
    subprocess.run(cmd, check=True)
    aux = out + ".aux.xml"
    if os.path.exists(aux):
        os.remove(aux)
    ds = gdal.Open(out)
    print("  period map: %s %dx%d, %d GCPs, %d bytes"
          % (os.path.basename(out), ds.RasterXSize, ds.RasterYSize, ds.GetGCPCount(),
             os.path.getsize(out)))
    ds = None


def main():
    os.makedirs(OUT, exist_ok=True)
    print("layers:")
    arrondissements = build_arrondissements()
    communes = build_communes()
    build_wall()
    city = build_seine(arrondissements)
    build_rivers(city)
    build_places(communes)
    build_period_map()
    total = 0
    for d in (OUT, MAPOUT):
        for name in sorted(os.listdir(d)):
            size = os.path.getsize(os.path.join(d, name))
            total += size
            print("  %-32s %8d bytes" % (name, size))
    print("  total %d bytes" % total)


if __name__ == "__main__":
    main()
