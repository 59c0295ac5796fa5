#!/usr/bin/python3
"""Regenerate the layers/ of the catalonia-1936 case-study package.

Usage:
    /usr/bin/python3 tools/build_catalonia_1936.py [SRC_DIR] [OUT_LAYERS_DIR]

SRC_DIR defaults to /work/shared/geodata/catalonia-1936 (the open geodata described in its
SOURCES.md); OUT_LAYERS_DIR defaults to datasets/catalonia-1936/layers next to this script.
Needs GDAL's Python bindings (python3-gdal) and, for the sea, GMT 6 with the full-resolution
GSHHG shorelines (Debian: apt-get install gmt gmt-gshhg-full); the shared water file stops at
3.5 E, so the sea is extracted afresh for a wider window (see build_water).  Nothing is drawn
by hand: every polygon is a source polygon, a clip of one, or a union/difference of source
polygons; every line is a clip of a source line or the ring of a source polygon.

Layers written (all GeoJSON, EPSG:4326, RFC 7946); each licence source in its own file:
  land.geojson        Valencian Community and Navarre outlines (IGN, CC BY 4.0), clipped to
                      SEA_WINDOW, context
  water.geojson       GSHHG 2.3.7 sea (inland water left out) for SEA_WINDOW, from GMT's
                      grdlandmask polygonised (LGPL-3+), context
  aragon.geojson      Huesca, Zaragoza, Teruel provinces: IGN coarse provinces cut to IGN's
                      Aragon outline, Catalonia (ICGC) taken out (IGN + ICGC, CC BY 4.0)
  comarques.geojson   the 38 comarques of 1936, approximated from modern municipalities
                      (ICGC, CC BY 4.0)
  provinces.geojson   the four Catalan provinces as boundary lines (ICGC, CC BY 4.0), context
  districts.geojson   Barcelona's ten modern districts (Ajuntament de Barcelona, CC BY 4.0)
  rivers.geojson      WDBII major rivers (classes 1-2), clipped (GSHHG 2.3.7, LGPL-3+), context
  places.geojson      key buildings and front towns (mixed point sources, see `source`)
"""

import os
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata

from osgeo import gdal, ogr, osr

from ogrparts import polygons_of, lines_of, union_all

gdal.UseExceptions()
ogr.UseExceptions()

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = sys.argv[1] if len(sys.argv) > 1 else "/work/shared/geodata/catalonia-1936"
OUT = sys.argv[2] if len(sys.argv) > 2 else os.path.join(HERE, "..", "datasets", "catalonia-1936", "layers")

# Window for the context layers: Aragon and Catalonia with a margin (lon/lat).
CLIP = (-2.30, 39.70, 3.40, 42.95)  # xmin, ymin, xmax, ymax
# Window of the sea and of the pale neighbouring land: far wider than the features (2.2 W -
# 3.3 E, 39.8 - 42.9 N), so that no straight edge of the sea shows in the views the map opens
# on, from a tall 2:3 window to a wide 3.5:1 one, nor after panning several hundred km (review
# B13): the western Mediterranean from Malaga to Corsica, Sardinia and Bizerte, with the
# Balearics, the Gulf of Lion and North Africa's coast, and the Bay of Biscay south of 45 N.
# The whole Valencian Community and Navarre fall inside it, so the land layer is not cut either.
SEA_WINDOW = (-4.00, 36.00, 10.00, 45.00)
GSHHG_GRID = 0.002                  # degrees: grid step of the wet/dry mask (as the shared file)
SEA_MIN_DEG2 = 1.0                  # wet polygons smaller than this are inland water, left out
PRECISION = 5                       # decimals kept (about 1 m)
SLIVER_M2 = 20000.0                 # parts/holes smaller than this left by a difference are dropped

WGS84 = osr.SpatialReference()
WGS84.ImportFromEPSG(4326)
WGS84.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
UTM31 = osr.SpatialReference()      # ETRS89 / UTM zone 31N, the package CRS
UTM31.ImportFromEPSG(25831)
UTM31.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
TO_UTM = osr.CoordinateTransformation(WGS84, UTM31)

# ---------------------------------------------------------------------------------------
# Names.  The comarques keep their Catalan name in English (as English-language histories
# do); the Spanish forms are the conventional Castilian ones.
# ---------------------------------------------------------------------------------------
COMARCA_ES = {
    "Alt Camp": "Alto Campo", "Alt Empordà": "Alto Ampurdán", "Alt Penedès": "Alto Panadés",
    "Alt Urgell": "Alto Urgel", "Anoia": "Anoia", "Bages": "Bages", "Baix Camp": "Bajo Campo",
    "Baix Ebre": "Bajo Ebro", "Baix Empordà": "Bajo Ampurdán",
    "Baix Llobregat": "Bajo Llobregat", "Baix Penedès": "Bajo Panadés",
    "Barcelonès": "Barcelonés", "Berguedà": "Berguedá", "Cerdanya": "Cerdaña",
    "Conca de Barberà": "Cuenca de Barberá", "Garraf": "Garraf", "Garrigues": "Garrigas",
    "Garrotxa": "Garrocha", "Gironès": "Gironés", "Maresme": "Maresme", "Montsià": "Montsiá",
    "Noguera": "Noguera", "Osona": "Osona", "Pallars Jussà": "Pallars Jussá",
    "Pallars Sobirà": "Pallars Sobirá", "Priorat": "Priorato", "Ribera d'Ebre": "Ribera de Ebro",
    "Ripollès": "Ripollés", "Segarra": "Segarra", "Segrià": "Segriá", "Selva": "La Selva",
    "Solsonès": "Solsonés", "Tarragonès": "Tarragonés", "Terra Alta": "Tierra Alta",
    "Urgell": "Urgel", "Val d'Aran": "Valle de Arán", "Vallès Occidental": "Vallés Occidental",
    "Vallès Oriental": "Vallés Oriental",
}
COMARCA_EN = {"Val d'Aran": "Val d'Aran (Aran Valley)"}

DISTRICTS = {  # codi_districte -> id, English, Spanish
    "01": ("ciutat_vella", "Ciutat Vella (old city and port quarters)", "Ciutat Vella (Ciudad Vieja)"),
    "02": ("eixample", "Eixample", "Ensanche"),
    "03": ("sants_montjuic", "Sants-Montjuïc", "Sants-Montjuïc"),
    "04": ("les_corts", "Les Corts", "Les Corts"),
    "05": ("sarria_sant_gervasi", "Sarrià-Sant Gervasi", "Sarrià-San Gervasio"),
    "06": ("gracia", "Gràcia", "Gracia"),
    "07": ("horta_guinardo", "Horta-Guinardó", "Horta-Guinardó"),
    "08": ("nou_barris", "Nou Barris", "Nou Barris"),
    "09": ("sant_andreu", "Sant Andreu", "San Andrés"),
    "10": ("sant_marti", "Sant Martí (Poblenou and Sant Martí de Provençals)", "San Martín"),
}

ARAGON = {  # codi_ine -> id, English, Catalan, Spanish
    "22": ("huesca", "Huesca province", "Província d'Osca", "Provincia de Huesca"),
    "50": ("zaragoza", "Zaragoza province", "Província de Saragossa", "Provincia de Zaragoza"),
    "44": ("teruel", "Teruel province", "Província de Terol", "Provincia de Teruel"),
}

# Points kept from points_catalonia_1936.geojson: id -> (new id, kind, approx, note).
# Left out: the City Hall (same coordinate as the Generalitat), the Hotel Colón (same
# coordinate as the Telefónica), Montjuïc, the port, Girona and Tarragona (no claims the
# package can source), and the three points without coordinates besides the CNT-FAI house.
POINTS = {
    "bcn_telefonica": ("telefonica", "telegraph", True,
                       "Proxy: centre of Plaça de Catalunya; the Telefónica building stands on "
                       "the square's north-east edge (Portal de l'Àngel / Fontanella corner), "
                       "within about 150 m"),
    "bcn_generalitat": ("generalitat_palace", "palace", True,
                        "Proxy: centre of Plaça de Sant Jaume; the palace forms the square's "
                        "north-west side, within about 50 m"),
    "bcn_drassanes": ("drassanes", "barracks", False,
                      "Royal Shipyard (Drassanes Reials), the Atarazanas barracks in 1936"),
    "town_huesca": ("huesca_town", "town", False, "Town centre, about 1 km"),
    "town_zaragoza": ("zaragoza_city", "town", False, "City centre, about 1 km"),
    "town_teruel": ("teruel_town", "town", False, "Town centre, about 1 km"),
    "town_belchite": ("belchite", "town", True,
                      "Proxy: the modern town; the town of 1937 is the ruined Pueblo Viejo "
                      "beside it"),
    "town_quinto": ("quinto", "town", False,
                    "Town centre; the source's longitude sign was corrected (0.49861 W)"),
    "town_caspe": ("caspe", "town", False, "Town centre, about 1 km"),
    "town_lleida": ("lleida", "town", False, "Town centre, about 1 km"),
}

ADDED_POINTS = [
    dict(id="casa_cnt_fai", kind="headquarters", approx=False, lon=2.17712, lat=41.38543,
         name_en="Casa CNT-FAI (Foment del Treball building, Via Laietana 32-34)",
         name_ca="Casa CNT-FAI (edifici del Foment del Treball, Via Laietana 32-34)",
         name_es="Casa CNT-FAI (edificio del Fomento del Trabajo, Vía Layetana 32-34)",
         source="Catalan Wikipedia 'Seu del Foment del Treball Nacional' (Wikidata coordinate "
                "41 23 08 N, 2 10 38 E = 41.38543, 2.17712; read in a mirror at "
                "nl.qa.edu.vn/ca/Seu_del_Foment_del_Treball_Nacional), CC BY-SA",
         note="The employers' federation building, taken over in July 1936 as the seat of the "
              "CNT and FAI regional committees"),
]


def slug(text):
    s = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "_", s.lower()).strip("_")


def area_m2(geom):
    g = geom.Clone()
    g.Transform(TO_UTM)
    return g.GetArea()


def ring_area_m2(ring):
    p = ogr.Geometry(ogr.wkbPolygon)
    p.AddGeometry(ring.Clone())
    return area_m2(p)


def clean_polygonal(geom, drop_below=0.0):
    """Round to PRECISION, drop parts/holes below drop_below m2, make valid -> MultiPolygon."""
    out = ogr.Geometry(ogr.wkbMultiPolygon)
    for poly in polygons_of(geom):
        newp = ogr.Geometry(ogr.wkbPolygon)
        for r in range(poly.GetGeometryCount()):
            ring = poly.GetGeometryRef(r)
            if drop_below and ring_area_m2(ring) < drop_below:
                if r == 0:
                    break
                continue
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
            out.AddGeometry(p)
    if not out.IsValid():
        out = out.Buffer(0)
    assert out.IsValid(), "geometry still invalid after MakeValid/buffer(0)"
    return out


def box_geom(b):
    return ogr.CreateGeometryFromWkt(
        "POLYGON((%f %f,%f %f,%f %f,%f %f,%f %f))" %
        (b[0], b[1], b[2], b[1], b[2], b[3], b[0], b[3], b[0], b[1]))


def new_geojson(name, geom_type, fields, precision=PRECISION):
    path = os.path.join(OUT, name + ".geojson")
    if os.path.exists(path):
        os.remove(path)
    ds = ogr.GetDriverByName("GeoJSON").CreateDataSource(path)
    lyr = ds.CreateLayer(name, WGS84, geom_type,
                         options=["RFC7946=YES", "COORDINATE_PRECISION=%d" % precision,
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


def write(lyr, geom, **attrs):
    f = ogr.Feature(lyr.GetLayerDefn())
    for k, v in attrs.items():
        f[k] = v
    f.SetGeometry(geom)
    lyr.CreateFeature(f)


FEATURE_FIELDS = [("id", "str"), ("name_en", "str"), ("name_ca", "str"), ("name_es", "str"),
                  ("approx", "bool"), ("kind", "str"), ("note", "str")]


def build_comarques():
    src = ogr.Open(os.path.join(SRC, "catalonia_comarques_1936_approx.geojson"))
    ds, lyr = new_geojson("comarques", ogr.wkbMultiPolygon,
                          FEATURE_FIELDS + [("n_municipis_modern", "int")])
    geoms = []
    for f in src.GetLayer():
        ca = f["nom_ca"]
        g = clean_polygonal(f.GetGeometryRef().Clone())
        geoms.append(g)
        write(lyr, g, id=slug(ca), name_en=COMARCA_EN.get(ca, ca), name_ca=ca,
              name_es=COMARCA_ES[ca], approx=1, kind="comarca",
              n_municipis_modern=f["n_municipis_modern"],
              note="Comarca of the Generalitat's 1936 division, approximated by dissolving the "
                   "%d modern ICGC municipalities assigned to it (see SOURCES.md)"
                   % f["n_municipis_modern"])
    ds = None
    print("  comarques: %d" % len(geoms))
    return union_all(geoms)


def build_aragon(catalonia):
    reg = ogr.Open(os.path.join(SRC, "context_regions_ign.geojson"))
    aragon = None
    for f in reg.GetLayer():
        if f["name_es"] == "Aragón":
            aragon = f.GetGeometryRef().Clone()
    assert aragon is not None
    if not aragon.IsValid():
        aragon = aragon.MakeValid()
    # Catalonia (ICGC) wins along the shared border: no overlap between the two layers.
    aragon = aragon.Difference(catalonia)
    prov = ogr.Open(os.path.join(SRC, "context_provinces_coarse_ign.geojson"))
    coarse = {f["codi_ine"]: f.GetGeometryRef().Clone() for f in prov.GetLayer()}
    for k in coarse:
        if not coarse[k].IsValid():
            coarse[k] = coarse[k].MakeValid()
    # Each coarse province is cut to the Aragon outline (overlaps go to the first of Huesca,
    # Teruel, Zaragoza).  The coarse outlines leave strips of Aragon in no province, mostly
    # along the region's outer edge; each such piece is given to the province it shares the
    # longest edge with.  The three together then cover Aragon without gaps or overlaps.
    parts = {}
    taken = None
    for code in ("22", "44", "50"):
        p = aragon.Intersection(coarse[code])
        if taken is not None:
            p = p.Difference(taken)
        parts[code] = p
        taken = p.Clone() if taken is None else taken.Union(p)
    rest = aragon.Difference(taken)
    moved = 0
    for piece in list(polygons_of(rest)):
        ring = piece.Buffer(0.002)
        best = max(parts, key=lambda c: ring.Intersection(parts[c]).GetArea())
        parts[best] = parts[best].Union(piece)
        moved += 1
    print("  aragon: %d leftover piece(s) reassigned" % moved)
    ds, lyr = new_geojson("aragon", ogr.wkbMultiPolygon, FEATURE_FIELDS)
    for code in ("22", "50", "44"):
        pid, en, ca, es = ARAGON[code]
        g = clean_polygonal(parts[code], SLIVER_M2)
        print("  aragon %-9s %8.0f km2  %d part(s)" % (pid, area_m2(g) / 1e6, g.GetGeometryCount()))
        write(lyr, g, id=pid, name_en=en, name_ca=ca, name_es=es, approx=1, kind="province",
              note="Outer edge: IGN outline of Aragon (Catalan side: ICGC). Boundaries between "
                   "the three provinces: IGN provinces simplified to 15-40 vertices, so they can "
                   "be kilometres off (see SOURCES.md). The front of 1936-37 ran through the "
                   "province; it is not drawn")
    ds = None


def build_districts():
    src = ogr.Open(os.path.join(SRC, "barcelona_districtes.geojson"))
    ds, lyr = new_geojson("districts", ogr.wkbMultiPolygon, FEATURE_FIELDS)
    n = 0
    for f in src.GetLayer():
        did, en, es = DISTRICTS[f["codi_districte"]]
        write(lyr, clean_polygonal(f.GetGeometryRef().Clone()), id=did, name_en=en,
              name_ca=f["nom_ca"], name_es=es, approx=1, kind="district",
              note="Modern district (1984 division) standing in for the city's 1936 districts, "
                   "whose numbering and limits differed; modern shoreline and port")
        n += 1
    ds = None
    print("  districts: %d" % n)


def build_provinces():
    src = ogr.Open(os.path.join(SRC, "catalonia_provinces.geojson"))
    ds, lyr = new_geojson("provinces", ogr.wkbMultiLineString,
                          [("name_ca", "str"), ("name_es", "str"), ("kind", "str")])
    n = 0
    for f in src.GetLayer():
        g = clean_polygonal(f.GetGeometryRef().Clone())
        ml = ogr.Geometry(ogr.wkbMultiLineString)
        for p in polygons_of(g):
            for r in range(p.GetGeometryCount()):
                ring = p.GetGeometryRef(r)
                ls = ogr.Geometry(ogr.wkbLineString)
                for i in range(ring.GetPointCount()):
                    ls.AddPoint_2D(ring.GetX(i), ring.GetY(i))
                ml.AddGeometry(ls)
        write(lyr, ml, name_ca=f["nom_ca"], name_es=f["nom_es_historic"], kind="boundary")
        n += 1
    ds = None
    print("  provinces (lines): %d" % n)


def build_land():
    src = ogr.Open(os.path.join(SRC, "context_regions_ign.geojson"))
    ds, lyr = new_geojson("land", ogr.wkbMultiPolygon,
                          [("name_es", "str"), ("name_ca", "str"), ("kind", "str")])
    box = box_geom(SEA_WINDOW)
    n = 0
    for f in src.GetLayer():
        if f["name_es"] == "Aragón":
            continue
        g = f.GetGeometryRef().Clone()
        if not g.IsValid():
            g = g.MakeValid()
        g = g.Intersection(box)
        if g.IsEmpty():
            continue
        write(lyr, clean_polygonal(g, SLIVER_M2), name_es=f["name_es"], name_ca=f["name_ca"],
              kind="land")
        n += 1
    ds = None
    print("  land: %d" % n)


def gshhg_wet_mask(window, path):
    """Write a GMT grid of the full-resolution GSHHG shoreline for `window`: 1 on water (sea,
    lakes, ponds), 0 on land and islands, a node every GSHHG_GRID degrees.  Fails with a clear
    message when GMT or its full-resolution coastlines are missing."""
    if shutil.which("gmt") is None:
        sys.exit("build_water: the program 'gmt' (GMT 6) is not installed. The sea is extracted "
                 "from the full-resolution GSHHG shoreline with GMT; on Debian run: "
                 "apt-get install gmt gmt-gshhg-full")
    region = "-R%g/%g/%g/%g" % (window[0], window[2], window[1], window[3])
    cmd = ["gmt", "grdlandmask", region, "-I%g" % GSHHG_GRID, "-Df", "-N1/0/1/0/1", "-Vi",
           "-G" + path]
    # run in the grid's (temporary) folder, where GMT also leaves its gmt.history
    run = subprocess.run(cmd, capture_output=True, text=True, cwd=os.path.dirname(path))
    if run.returncode != 0 or not os.path.exists(path):
        sys.exit("build_water: %s failed (is the full-resolution GSHHG shoreline installed? on "
                 "Debian: apt-get install gmt-gshhg-full):\n%s" % (" ".join(cmd), run.stderr))
    version = re.search(r"GSHHG version (\S+)", run.stderr)
    print("    %s  [GSHHG %s]" % (" ".join(cmd), version.group(1) if version else "?"))
    if not version or version.group(1) != "2.3.7":
        print("    WARNING: SOURCES.md describes GSHHG 2.3.7; update it for this version")


def build_water():
    """The sea, from the full-resolution GSHHG 2.3.7 shoreline, for SEA_WINDOW.

    Made the way the shared water_gshhg.geojson was (its SOURCES.md): a wet/dry grid from
    `gmt grdlandmask -Df -N1/0/1/0/1` at 0.002 degrees, polygonised with GDAL.  Only the sea is
    kept: the polygons of at least SEA_MIN_DEG2 square degrees (the one polygon of the
    Mediterranean and the Bay of Biscay, with the islands as holes); the inland water polygons
    (mostly reservoirs built after 1936, and the coastal lagoons that GSHHG counts as lakes)
    are left out, as before.  Clipped to the window and rounded to PRECISION; not simplified (the grid steps,
    about 170 x 220 m, are under a pixel at the opening view).
    """
    ds, lyr = new_geojson("water", ogr.wkbMultiPolygon, [("kind", "str")])
    box = box_geom(SEA_WINDOW)
    with tempfile.TemporaryDirectory() as tmp:
        grid = os.path.join(tmp, "wet.nc")
        gshhg_wet_mask(SEA_WINDOW, grid)
        rds = gdal.Open(grid)
        band = rds.GetRasterBand(1)
        mem = ogr.GetDriverByName("Memory").CreateDataSource("wet")
        poly_lyr = mem.CreateLayer("wet", WGS84, ogr.wkbPolygon)
        poly_lyr.CreateField(ogr.FieldDefn("wet", ogr.OFTInteger))
        # the band is its own mask: only the wet (1) cells become polygons
        gdal.Polygonize(band, band, poly_lyr, 0, [], callback=None)
        rds = None
    n = kept = 0
    dropped = 0
    for f in poly_lyr:
        g = f.GetGeometryRef().Clone()
        n += 1
        if g.GetArea() < SEA_MIN_DEG2:
            dropped += 1
            continue
        if not g.IsValid():
            g = g.MakeValid()
        c = g.Intersection(box)
        if c is None or c.IsEmpty():
            continue
        c = clean_polygonal(c)
        if c.IsEmpty():
            continue
        write(lyr, c, kind="water")
        kept += 1
        holes = sum(p.GetGeometryCount() - 1 for p in polygons_of(c))
        print("    sea polygon: %.0f km2, %d island hole(s), %d vertices"
              % (area_m2(c) / 1e6, holes, sum(p.GetGeometryRef(r).GetPointCount()
                                             for p in polygons_of(c)
                                             for r in range(p.GetGeometryCount()))))
    ds = None
    print("  water: %d feature(s); %d wet polygon(s), %d inland water polygon(s) left out"
          % (kept, n, dropped))


def build_rivers():
    src = ogr.Open(os.path.join(SRC, "rivers_wdbii.geojson"))
    ds, lyr = new_geojson("rivers", ogr.wkbMultiLineString, [("kind", "str"), ("level", "int")])
    box = box_geom(CLIP)
    n = 0
    gdal.PushErrorHandler("CPLQuietErrorHandler")
    for f in src.GetLayer():
        if f["level"] is None or f["level"] > 2:
            continue
        g = f.GetGeometryRef()
        if g is None:
            continue
        c = g.Intersection(box)
        if c is None or c.IsEmpty():
            continue
        ml = ogr.Geometry(ogr.wkbMultiLineString)
        for ln in lines_of(c):
            if ln.GetPointCount() < 2:
                continue
            ls = ogr.Geometry(ogr.wkbLineString)
            last = None
            for i in range(ln.GetPointCount()):
                pt = (round(ln.GetX(i), PRECISION), round(ln.GetY(i), PRECISION))
                if pt != last:
                    ls.AddPoint_2D(*pt)
                    last = pt
            if ls.GetPointCount() >= 2:
                ml.AddGeometry(ls)
        if ml.IsEmpty():
            continue
        write(lyr, ml, kind="river", level=f["level"])
        n += 1
    gdal.PopErrorHandler()
    ds = None
    print("  rivers: %d" % n)


def build_places():
    src = ogr.Open(os.path.join(SRC, "points_catalonia_1936.geojson"))
    fields = FEATURE_FIELDS + [("source", "str")]
    ds, lyr = new_geojson("places", ogr.wkbPoint, fields, precision=6)
    n = 0
    seen = set()
    for f in src.GetLayer():
        if f["id"] not in POINTS:
            continue
        pid, kind, approx, note = POINTS[f["id"]]
        g = f.GetGeometryRef()
        assert g is not None, f["id"]
        write(lyr, g.Clone(), id=pid, name_en=f["name_en"], name_ca=f["name_ca"],
              name_es=f["name_es"], approx=1 if approx else 0, kind=kind,
              source=f["source"], note=note)
        seen.add(pid)
        n += 1
    assert len(seen) == len(POINTS), seen
    for p in ADDED_POINTS:
        g = ogr.Geometry(ogr.wkbPoint)
        g.AddPoint_2D(p["lon"], p["lat"])
        write(lyr, g, id=p["id"], name_en=p["name_en"], name_ca=p["name_ca"],
              name_es=p["name_es"], approx=1 if p["approx"] else 0, kind=p["kind"],
              source=p["source"], note=p["note"])
        n += 1
    ds = None
    print("  places: %d" % n)


def main():
    os.makedirs(OUT, exist_ok=True)
    print("layers:")
    build_land()
    build_water()
    catalonia = build_comarques()
    build_aragon(catalonia)
    build_provinces()
    build_districts()
    build_rivers()
    build_places()
    total = 0
    for name in sorted(os.listdir(OUT)):
        size = os.path.getsize(os.path.join(OUT, name))
        total += size
        print("  %-20s %8d bytes" % (name, size))
    print("  total %d bytes" % total)


if __name__ == "__main__":
    main()
