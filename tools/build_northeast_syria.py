#!/usr/bin/python3
"""Regenerate the layers/ of the northeast-syria case-study package.

Usage:
    /usr/bin/python3 tools/build_northeast_syria.py [SRC_DIR] [OUT_LAYERS_DIR]

SRC_DIR defaults to /work/shared/geodata/northeast-syria (the open geodata described in its
SOURCES.md); OUT_LAYERS_DIR defaults to datasets/northeast-syria/layers next to this script.
Needs GDAL's Python bindings (python3-gdal).  Nothing is drawn by hand: every polygon is a
union of OCHA sub-district polygons (one of them cut in two along the Natural Earth line of
the Euphrates), every context layer a clip or copy of a source layer, every point a source
point.

Layers written (all GeoJSON, EPSG:4326, RFC 7946), one licence per file:
  units.geojson        control units: OCHA COD-AB sub-districts (admin 3), alone or
                       dissolved in groups (CC BY-IGO 3.0)
  places.geojson       security squares, border crossings, dams, airport, camp, prison
                       (OCHA CC BY-IGO points and Wikipedia CC BY-SA coordinates; per point)
  governorates.geojson OCHA governorate (admin 1) boundaries as lines, clipped (CC BY-IGO)
  countries.geojson    Natural Earth 10m countries, clipped (public domain)
  borders.geojson      Natural Earth 10m international land boundaries, clipped (public domain)
  lakes.geojson        Natural Earth 10m lakes: Lake Assad, Ataturk reservoir (public domain)
  euphrates.geojson    Natural Earth 10m Euphrates and Tigris centre lines (public domain)
  rivers.geojson       GSHHG/WDBII river lines, classes 1-4, clipped (LGPL-3+): Khabur,
                       Balikh, Jaghjagh and the other rivers Natural Earth lacks
"""

import os
import sys

from osgeo import gdal, ogr, osr

from ogrparts import polygons_of, lines_of, union_all

gdal.UseExceptions()
ogr.UseExceptions()

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = sys.argv[1] if len(sys.argv) > 1 else "/work/shared/geodata/northeast-syria"
OUT = sys.argv[2] if len(sys.argv) > 2 else os.path.join(HERE, "..", "datasets", "northeast-syria", "layers")

CLIP = (35.5, 33.5, 42.5, 37.5)       # xmin, ymin, xmax, ymax (lon/lat): the source clip box
PRECISION = 5                         # decimals kept (about 1 m)
WDBII_MAX_LEVEL = 4                   # WDBII classes 1-4: permanent rivers; 5+ intermittent/canals

WGS84 = osr.SpatialReference()
WGS84.ImportFromEPSG(4326)
WGS84.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
UTM37 = osr.SpatialReference()        # WGS 84 / UTM zone 37N, the package CRS
UTM37.ImportFromEPSG(32637)
UTM37.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
TO_UTM = osr.CoordinateTransformation(WGS84, UTM37)

# The one sub-district that straddles the Euphrates enough to matter (25 % of it lies on the
# left, Jazira bank; every other OCHA sub-district lies at least 94 % on one bank, because
# OCHA's lines mostly follow the river).  It is cut along the Natural Earth river line.
SPLIT_PCODE = "SY090100"

# ---------------------------------------------------------------------------------------
# Control units: (id, name_en, name_ar, name_ku, [P-codes or SY090100:left|right], note).
# Kurdish (Kurmanji) names only where a source read for this package gives them; see
# SOURCES.md.  Every unit is approximate (modern OCHA lines for front lines that cut them).
# ---------------------------------------------------------------------------------------
UNITS = [
    # --- Aleppo governorate ------------------------------------------------------------
    ("afrin", "Afrin district", "منطقة عفرين", "Efrîn",
     ["SY020300", "SY020301", "SY020302", "SY020303", "SY020304", "SY020305", "SY020306"],
     "Whole OCHA district (7 sub-districts); stands in for the Afrin canton of 2014-2018."),
    ("tell_rifaat", "Tell Rifaat sub-district", "ناحية تل رفعت", "",
     ["SY020402"],
     "Stands in for the 'Shahba' pocket held by the YPG/SDF from February 2016; the pocket "
     "also reached into neighbouring sub-districts (Nabul, Mare', A'zaz), which are not drawn."),
    ("jarablus", "Jarablus district", "منطقة جرابلس", "Cerablus",
     ["SY020800", "SY020801"],
     "Whole OCHA district (Jarablus and Ghandorah sub-districts)."),
    ("al_bab", "Al-Bab and Al-Ra'i sub-districts", "ناحيتا الباب والراعي", "",
     ["SY020200", "SY020203"],
     "The two sub-districts at the heart of the Euphrates Shield zone; the A'zaz district "
     "part of that zone is not drawn."),
    ("east_aleppo", "Maskana, Khafsa and Dayr Hafir (east Aleppo countryside)",
     "مسكنة والخفسة ودير حافر ورسم حرمل الإمام", "",
     ["SY020503", "SY020502", "SY020202", "SY020205"],
     "Maskana and Al-Khafsa (Menbij district) with Dayr Hafir and Rasm Harmal al-Imam (Al Bab "
     "district), dissolved: the west shore of Lake Assad."),
    ("manbij", "Manbij and Abu Qalqal sub-districts", "ناحيتا منبج وأبو قلقل", "",
     ["SY020500", "SY020501"],
     "Manbij city and its north-eastern countryside up to the Euphrates and the Tishrin Dam."),
    ("kobani", "Kobani (Ain al-Arab district)", "منطقة عين العرب", "Kobanî",
     ["SY020600", "SY020601", "SY020602"],
     "Whole OCHA district (Ain al-Arab, Lower Shuyukh and Sarin sub-districts); stands in for "
     "the Kobani canton."),
    # --- Al-Hasakah governorate --------------------------------------------------------
    ("qamishli", "Qamishli (city sub-district)", "مركز القامشلي", "Qamişlo",
     ["SY080200"],
     "The city sub-district; the government's security square and the airport lie inside it."),
    ("amuda", "Amuda sub-district", "ناحية عامودا", "Amûdê", ["SY080202"], ""),
    ("qahtaniyah", "Qahtaniyah sub-district", "ناحية القحطانية", "Tirbespiyê", ["SY080203"], ""),
    ("tal_hamis", "Tal Hamis and Bir al-Hulu sub-districts", "ناحيتا تل حميس وبئر الحلو الوردية",
     "", ["SY080201", "SY080004"],
     "Arab-majority country south of Qamishli and east of Al-Hasakah."),
    ("derik", "Derik (al-Malikiyah) and Jawadiyah sub-districts", "ناحيتا المالكية والجوادية",
     "Dêrik û Girkê Legê", ["SY080300", "SY080301"],
     "The far north-east corner on the Tigris, with the Semalka crossing to Iraqi Kurdistan."),
    ("yarubiyah", "Al-Yarubiyah sub-district", "ناحية اليعربية", "Tel Koçer", ["SY080302"],
     "With the al-Yarubiyah-Rabia crossing to Iraq."),
    ("hasakah", "Al-Hasakah (city sub-district)", "مركز الحسكة", "Hesekê", ["SY080000"],
     "The city sub-district; the government's security square and Ghwayran prison lie inside it."),
    ("tal_tamer", "Tal Tamr sub-district", "ناحية تل تمر", "Til Temir", ["SY080001"],
     "The Assyrian villages of the Khabur valley; front line with the Peace Spring zone from 2019."),
    ("ras_al_ayn", "Ras al-Ayn sub-district", "ناحية رأس العين", "Serêkaniyê", ["SY080400"],
     "The Peace Spring zone of October 2019 covers the town and the country to the south, "
     "roughly this sub-district; its eastern and southern edges did not follow the OCHA line."),
    ("darbasiyah", "Darbasiyah sub-district", "ناحية الدرباسية", "Dirbêsiyê", ["SY080401"], ""),
    ("al_hol", "Al-Hol sub-district", "ناحية الهول", "", ["SY080006"],
     "With the al-Hol camp."),
    ("shaddadi", "Al-Shaddadi and Al-Arisha sub-districts", "ناحيتا الشدادي والعريشة", "",
     ["SY080002", "SY080005"],
     "The lower Khabur valley south of Al-Hasakah."),
    ("markada", "Markada sub-district", "ناحية مركدة", "", ["SY080003"],
     "The southern tip of Al-Hasakah governorate on the Khabur."),
    # --- Ar-Raqqa governorate ----------------------------------------------------------
    ("raqqa", "Raqqa (city sub-district)", "مركز الرقة", "", ["SY110100"],
     "The city sub-district, north bank of the Euphrates (97 % of it)."),
    ("karama", "Al-Karama sub-district", "ناحية الكرامة", "", ["SY110102"],
     "North bank of the Euphrates east of Raqqa."),
    ("raqqa_south", "Sabkha and Maadan sub-districts (south bank)", "ناحيتا السبخة ومعدان", "",
     ["SY110101", "SY110103"],
     "South (Shamiyah) bank of the Euphrates east of Raqqa."),
    ("tell_abyad", "Tell Abyad sub-district", "ناحية تل أبيض", "Girê Spî", ["SY110200"],
     "The border town and its countryside."),
    ("suluk", "Suluk sub-district", "ناحية سلوك", "", ["SY110201"],
     "Most of it fell in the Peace Spring zone in October 2019; its southern edge did not "
     "follow the OCHA line."),
    ("ain_issa", "Ain Issa sub-district", "ناحية عين عيسى", "", ["SY110202"],
     "Seat of the Autonomous Administration of North and East Syria from 2018; front line with "
     "the Peace Spring zone from 2019."),
    ("tabqa", "Tabqa (al-Thawrah) and Mansura sub-districts", "ناحيتا الطبقة (الثورة) والمنصورة",
     "", ["SY110300", "SY110301"],
     "Tabqa city, the Tabqa airbase and the south shore of Lake Assad; the desert south of the "
     "river road was held by the government from mid-2017, which the OCHA line cannot show."),
    ("jurneyyeh", "Al-Jurniyah sub-district", "ناحية الجرنية", "", ["SY110302"],
     "North shore of Lake Assad."),
    # --- Deir ez-Zor governorate -------------------------------------------------------
    ("deir_ez_zor", "Deir ez-Zor city (right-bank part of the city sub-district)",
     "مدينة دير الزور (الضفة اليمنى)", "", [SPLIT_PCODE + ":right"],
     "The part of the Deir-ez-Zor city sub-district on the right (Shamiyah) bank of the "
     "Euphrates, cut along the Natural Earth river line."),
    ("dez_villages", "Khasham and the villages opposite Deir ez-Zor (left bank)",
     "خشام وقرى الضفة اليسرى مقابل دير الزور", "", [SPLIT_PCODE + ":left", "SY090105"],
     "The left-bank part of the city sub-district (cut along the Natural Earth river line) with "
     "Khasham sub-district: the 'seven villages' (Husseiniyah, Salhiyah, Hatla, Marrat, Mazloum, "
     "Khasham, Tabiyah) held by the government 2017-2024. The SDF held the steppe behind them "
     "(Conoco gas field): the unit is coloured by who held the villages."),
    ("dez_jazira", "Kisrah, Sur and Busayrah sub-districts (left bank)",
     "نواحي الكسرة والصور والبصيرة", "", ["SY090101", "SY090106", "SY090102"],
     "The left (Jazira) bank of Deir ez-Zor district and the lower Khabur."),
    ("dez_shamiya", "Tabni and Muhasan sub-districts (right bank)", "ناحيتا التبني وموحسن", "",
     ["SY090104", "SY090103"],
     "Right (Shamiyah) bank up- and downstream of Deir ez-Zor city."),
    ("mayadin", "Mayadin and Ashara sub-districts (right bank)", "ناحيتا الميادين والعشارة", "",
     ["SY090300", "SY090302"], ""),
    ("thiban", "Dhiban sub-district (left bank)", "ناحية ذيبان", "", ["SY090301"],
     "Left bank opposite Mayadin (Dhiban, Shuhayl, Tayyana)."),
    ("hajin", "Hajin sub-district (left bank)", "ناحية هجين", "", ["SY090201"], ""),
    ("susat", "Susah sub-district with Baghuz (left bank)", "ناحية سوسة والباغوز", "",
     ["SY090203"], "Includes al-Baghuz Fawqani, the last place held by the Islamic State."),
    ("abu_kamal", "Abu Kamal and Jalaa sub-districts (right bank)", "ناحيتا البوكمال والجلاء", "",
     ["SY090200", "SY090202"], "With the Al-Bukamal-Al-Qaim crossing to Iraq."),
]

# Points copied from ne_syria_points.geojson (towns are left out: the units carry the
# history).  Arabic names added here where the source has none, and a note per point.
PLACES = {
    "security_square_qamishli": (None, "The government's security offices, party and "
                                 "administration buildings in central Qamishli."),
    "security_square_hasakah": (None, "The government's security offices and the governorate "
                                "building in central Al-Hasakah."),
    "airport_qamishli": (None, "Government-held throughout; a Russian base from November 2019 "
                         "to January 2026."),
    "crossing_semalka": (None, "Pontoon crossing on the Tigris to the Kurdistan Region of Iraq."),
    "crossing_nusaybin_qamishli": ("معبر نصيبين - القامشلي",
                                   "Closed by Turkey for most of the period."),
    "crossing_tell_abyad_akcakale": ("معبر تل أبيض - أقجة قلعة", ""),
    "crossing_ras_al_ayn_ceylanpinar": ("معبر رأس العين - جيلان بينار", ""),
    "crossing_yarubiyah_rabia": ("معبر اليعربية - ربيعة", ""),
    "dam_tabqa": (None, ""),
    "dam_tishrin": (None, ""),
    "dam_baath": (None, ""),
    "camp_al_hol": (None, "Camp for displaced people and families of suspected IS members, "
                    "grown to about 70,000 people after March 2019."),
    "prison_ghwayran": (None, "Prison for suspected IS members in the former industrial "
                        "school (al-Sina'a) of the Ghwayran quarter."),
}


def round_ring(ring):
    nr = ogr.Geometry(ogr.wkbLinearRing)
    last = None
    for i in range(ring.GetPointCount()):
        pt = (round(ring.GetX(i), PRECISION), round(ring.GetY(i), PRECISION))
        if pt != last:
            nr.AddPoint_2D(*pt)
            last = pt
    return nr


def clean_polygonal(geom, drop_below_m2=0.0):
    """Round to PRECISION, drop slivers smaller than drop_below_m2, make valid."""
    out = ogr.Geometry(ogr.wkbMultiPolygon)
    for poly in polygons_of(geom):
        newp = ogr.Geometry(ogr.wkbPolygon)
        for r in range(poly.GetGeometryCount()):
            nr = round_ring(poly.GetGeometryRef(r))
            if nr.GetPointCount() >= 4:
                nr.CloseRings()
                newp.AddGeometry(nr)
            elif r == 0:
                break
        if newp.GetGeometryCount():
            if drop_below_m2:
                m = newp.Clone()
                m.Transform(TO_UTM)
                if m.GetArea() < drop_below_m2:
                    continue
            out.AddGeometry(newp)
    if not out.IsValid():
        fixed = out.MakeValid()
        out = ogr.Geometry(ogr.wkbMultiPolygon)
        for p in polygons_of(fixed):
            out.AddGeometry(p)
    assert out.IsValid(), "geometry still invalid after MakeValid"
    return out


def clean_lines(geom):
    out = ogr.Geometry(ogr.wkbMultiLineString)
    for line in lines_of(geom):
        nl = ogr.Geometry(ogr.wkbLineString)
        last = None
        for i in range(line.GetPointCount()):
            pt = (round(line.GetX(i), PRECISION), round(line.GetY(i), PRECISION))
            if pt != last:
                nl.AddPoint_2D(*pt)
                last = pt
        if nl.GetPointCount() >= 2:
            out.AddGeometry(nl)
    return out


def box_geom():
    x0, y0, x1, y1 = CLIP
    return ogr.CreateGeometryFromWkt(
        "POLYGON((%f %f,%f %f,%f %f,%f %f,%f %f))" % (x0, y0, x1, y0, x1, y1, x0, y1, x0, y0))


def new_geojson(path, name, geom_type, fields):
    if os.path.exists(path):
        os.remove(path)
    ds = ogr.GetDriverByName("GeoJSON").CreateDataSource(path)
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


def read(name):
    ds = ogr.Open(os.path.join(SRC, name))
    return [(dict(f.items()), f.GetGeometryRef().Clone()) for f in ds.GetLayer()]


def euphrates_line():
    """The Natural Earth Euphrates from the Turkish border to the Iraqi border as one line:
    river stretches and the Lake Assad centre line, chained end to end."""
    parts = []
    for p, g in read("ne_rivers_clip.geojson"):
        if p["river"] == "Euphrates":
            parts.extend(l.Clone() for l in lines_of(g))
    pts = [[(l.GetX(i), l.GetY(i)) for i in range(l.GetPointCount())] for l in parts]
    # start at the northernmost end (Turkey), then always take the part whose nearer end is
    # closest to the current end (the lake centre line runs downstream-to-upstream)
    def d2(a, b):
        return (a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2
    start = max(range(len(pts)), key=lambda i: max(pts[i][0][1], pts[i][-1][1]))
    chain = pts.pop(start)
    if chain[0][1] < chain[-1][1]:
        chain.reverse()
    while pts:
        end = chain[-1]
        j = min(range(len(pts)), key=lambda i: min(d2(end, pts[i][0]), d2(end, pts[i][-1])))
        nxt = pts.pop(j)
        if d2(end, nxt[-1]) < d2(end, nxt[0]):
            nxt.reverse()
        assert d2(end, nxt[0]) < 0.01 ** 2, "gap in the Euphrates line"
        chain.extend(nxt if nxt[0] != end else nxt[1:])
    line = ogr.Geometry(ogr.wkbLineString)
    for x, y in chain:
        line.AddPoint_2D(x, y)
    return line


def split_by_river(subdistrict, study_outline, river):
    """(left, right): the parts of the sub-district on the left (north/east, Jazira) and the
    right (south/west, Shamiyah) bank.  The study outline is cut by the river into pieces;
    the piece holding Al-Hasakah city is the Jazira."""
    pieces = study_outline.GetBoundary().Union(river).Polygonize()
    hasakah = ogr.CreateGeometryFromWkt("POINT (40.75726 36.51165)")
    jazira = None
    for i in range(pieces.GetGeometryCount()):
        if pieces.GetGeometryRef(i).Intersects(hasakah):
            jazira = pieces.GetGeometryRef(i).Clone()
    assert jazira is not None
    return subdistrict.Intersection(jazira), subdistrict.Difference(jazira)


def build_units():
    subs = {p["adm3_pcode"]: (p, g) for p, g in read("syr_adm3_subdistricts_ne.geojson")}
    outline = union_all(g for _, g in subs.values())
    left, right = split_by_river(subs[SPLIT_PCODE][1], outline, euphrates_line())
    halves = {SPLIT_PCODE + ":left": left, SPLIT_PCODE + ":right": right}
    ds, lyr = new_geojson(os.path.join(OUT, "units.geojson"), "units", ogr.wkbMultiPolygon,
                          [("id", "str"), ("name_en", "str"), ("name_ar", "str"),
                           ("name_ku", "str"), ("approx", "bool"), ("kind", "str"),
                           ("governorate", "str"), ("pcodes", "str"),
                           ("ocha_names", "str"), ("note", "str")])
    used = set()
    geoms = {}
    for uid, name_en, name_ar, name_ku, codes, note in UNITS:
        parts, names, gov = [], [], set()
        for code in codes:
            assert code not in used, "sub-district used twice: " + code
            used.add(code)
            pcode = code.split(":")[0]
            p, g = subs[pcode]
            parts.append(halves[code] if ":" in code else g)
            names.append(p["name_en"] + (" (" + code.split(":")[1] + " bank)" if ":" in code else ""))
            gov.add(p["adm1_en"])
        # slivers under 0.5 km2 come only from the river cut (the river line and the OCHA
        # edge cross back and forth); they are dropped
        geom = clean_polygonal(union_all(parts), drop_below_m2=5e5)
        geoms[uid] = geom
        f = ogr.Feature(lyr.GetLayerDefn())
        f["id"] = uid
        f["name_en"] = name_en
        f["name_ar"] = name_ar
        f["name_ku"] = name_ku
        f["approx"] = 1
        f["kind"] = "district" if len(codes) > 1 or "district" in name_en else "subdistrict"
        f["governorate"] = "; ".join(sorted(gov))
        f["pcodes"] = ",".join(codes)
        f["ocha_names"] = "; ".join(names)
        f["note"] = note
        f.SetGeometry(geom)
        lyr.CreateFeature(f)
    ds = None
    # report: parts, area, overlaps
    ids = list(geoms)
    for i, a in enumerate(ids):
        ga = geoms[a].Clone()
        ga.Transform(TO_UTM)
        for b in ids[i + 1:]:
            inter = geoms[a].Intersection(geoms[b])
            if inter is not None and not inter.IsEmpty() and inter.GetDimension() == 2:
                inter.Transform(TO_UTM)
                if inter.GetArea() > 1000.0:
                    print("  OVERLAP %s/%s: %.0f m2" % (a, b, inter.GetArea()))
        print("  %-14s %8.0f km2  %d part(s)" % (a, ga.GetArea() / 1e6, geoms[a].GetGeometryCount()))


def build_places():
    fields = [("id", "str"), ("name_en", "str"), ("name_ar", "str"), ("name_ku", "str"),
              ("kind", "str"), ("approx", "bool"), ("source", "str"), ("note", "str")]
    ds, lyr = new_geojson(os.path.join(OUT, "places.geojson"), "places", ogr.wkbPoint, fields)
    n = 0
    for p, g in read("ne_syria_points.geojson"):
        if p["id"] not in PLACES:
            continue
        ar, note = PLACES[p["id"]]
        f = ogr.Feature(lyr.GetLayerDefn())
        f["id"] = p["id"]
        f["name_en"] = p["name_en"]
        f["name_ar"] = p["name_ar"] or ar or ""
        f["name_ku"] = p["name_ku"] or ""
        f["kind"] = p["kind"]
        f["approx"] = 1 if p["approx"] else 0
        f["source"] = p["source"] + ("" if p["name_ar"] or not ar else
                                     "; Arabic name added for this package")
        f["note"] = note
        pt = ogr.Geometry(ogr.wkbPoint)
        pt.AddPoint_2D(round(g.GetX(), PRECISION), round(g.GetY(), PRECISION))
        f.SetGeometry(pt)
        lyr.CreateFeature(f)
        n += 1
    ds = None
    assert n == len(PLACES), "missing source points"
    print("  places: %d" % n)


def copy_layer(src_name, out_name, keep, geom_type, where=None, clip=True):
    ds, lyr = new_geojson(os.path.join(OUT, out_name + ".geojson"), out_name, geom_type,
                          [(k, "int" if k == "level" else "str") for k in keep])
    box = box_geom()
    n = 0
    gdal.PushErrorHandler("CPLQuietErrorHandler")
    for p, g in read(src_name):
        if where and not where(p):
            continue
        if ogr.GT_Flatten(g.GetGeometryType()) == ogr.wkbLineString and g.GetPointCount() < 2:
            continue
        if not g.IsValid():
            g = g.MakeValid()
        if clip:
            g = g.Intersection(box)
        if g is None or g.IsEmpty():
            continue
        g = clean_polygonal(g) if geom_type == ogr.wkbMultiPolygon else clean_lines(g)
        if g.IsEmpty():
            continue
        f = ogr.Feature(lyr.GetLayerDefn())
        for k in keep:
            f[k] = p.get(k)
        f.SetGeometry(g)
        lyr.CreateFeature(f)
        n += 1
    gdal.PopErrorHandler()
    ds = None
    print("  %s: %d" % (out_name, n))


def build_governorate_lines():
    """One line feature per governorate: its outline clipped to the box.  Neighbours share
    identical edges in the source topology, so shared edges are simply drawn twice."""
    ds, lyr = new_geojson(os.path.join(OUT, "governorates.geojson"), "governorates",
                          ogr.wkbMultiLineString, [("adm1_pcode", "str"), ("name_en", "str")])
    n = 0
    for p, g in read("syr_adm1_governorates.geojson"):
        c = g.GetBoundary().Intersection(box_geom())
        if c is None or c.IsEmpty():
            continue
        f = ogr.Feature(lyr.GetLayerDefn())
        f["adm1_pcode"] = p["adm1_pcode"]
        f["name_en"] = p["name_en"]
        f.SetGeometry(clean_lines(c))
        lyr.CreateFeature(f)
        n += 1
    ds = None
    print("  governorates: %d" % n)


def main():
    os.makedirs(OUT, exist_ok=True)
    print("units:")
    build_units()
    print("points and context layers:")
    build_places()
    build_governorate_lines()
    copy_layer("ne_countries_clip.geojson", "countries", ["iso_a3", "name_en"],
               ogr.wkbMultiPolygon)
    copy_layer("ne_borders_clip.geojson", "borders", ["adm0_left", "adm0_right"],
               ogr.wkbMultiLineString)
    copy_layer("ne_lakes_clip.geojson", "lakes", ["name_ne", "dam_name"], ogr.wkbMultiPolygon)
    copy_layer("ne_rivers_clip.geojson", "euphrates", ["river", "name_ne", "featurecla"],
               ogr.wkbMultiLineString)
    copy_layer("rivers_wdbii.geojson", "rivers", ["kind", "level"], ogr.wkbMultiLineString,
               where=lambda p: p.get("level") is not None and p["level"] <= WDBII_MAX_LEVEL)
    total = 0
    for name in sorted(os.listdir(OUT)):
        size = os.path.getsize(os.path.join(OUT, name))
        total += size
        print("  %-22s %9d bytes" % (name, size))
    print("  total                  %9d bytes" % total)


if __name__ == "__main__":
    main()
