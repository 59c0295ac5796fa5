#!/usr/bin/python3
"""Regenerate the layers/ of the petrograd-1917 case-study package.

Usage:
    /usr/bin/python3 tools/build_petrograd_1917.py [SRC_DIR] [OUT_LAYERS_DIR]

SRC_DIR defaults to /work/shared/geodata/petrograd-1917 (the open geodata described in
its SOURCES.md); OUT_LAYERS_DIR defaults to datasets/petrograd-1917/layers next to this
script.  Needs GDAL's Python bindings (python3-gdal).  Nothing is drawn by hand: every
polygon is a union of source polygons, every context layer a clip of a source layer
(the river line also cut by the water polygons: see build_rivers).

Layers written (all GeoJSON, EPSG:4326, RFC 7946):
  districts.geojson  1917 police parts / suburban districts approximated by dissolving
                     today's OSM municipal okrugs (ODbL) + Kotlin island for Kronstadt
  water.geojson      GSHHG 2.3.7 water (Gulf, Neva Bay, delta branches), clipped (LGPL-3+)
  neva_bay.geojson   OSM-coast Neva Bay polygon (ODbL), clipped
  rivers.geojson     GSHHG/WDBII river lines, clipped, minus the water polygons, without the
                     pieces that only bridge two water bodies across land (LGPL-3+)
  places.geojson     the 25 source points + added points (mixed sources, see `source`)
"""

import os
import sys

from osgeo import gdal, ogr, osr

from ogrparts import lines_of, polygons_of, union_all

gdal.UseExceptions()
ogr.UseExceptions()

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = sys.argv[1] if len(sys.argv) > 1 else "/work/shared/geodata/petrograd-1917"
OUT = sys.argv[2] if len(sys.argv) > 2 else os.path.join(HERE, "..", "datasets", "petrograd-1917", "layers")

# Clip box for the context layers: the city and Kronstadt (Kotlin's west tip is at 29.54 E).
CLIP = (29.50, 59.80, 30.60, 60.10)  # xmin, ymin, xmax, ymax (lon/lat)
PRECISION = 5                         # decimals kept in the district and context layers
SLIVER_HOLE_M2 = 2000.0               # holes smaller than this (source gaps) are filled
END_ON_WATER_M = 5.0                  # a river-piece end this close to a water polygon is on it
MOUTH_ON_WATER_M = 300.0              # ... and a river mouth (a source line's own end) this close

WGS84 = osr.SpatialReference()
WGS84.ImportFromEPSG(4326)
WGS84.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
GK6 = osr.SpatialReference()          # Pulkovo 1942 / Gauss-Kruger zone 6, the package CRS
GK6.ImportFromEPSG(28406)
GK6.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
TO_GK = osr.CoordinateTransformation(WGS84, GK6)

# ---------------------------------------------------------------------------------------
# 1917 parts -> modern okrugs (ids of spb_municipal_okrugs_osm.geojson).
# See SOURCES.md of the package for the reasoning.  Each okrug is used at most once.
# ---------------------------------------------------------------------------------------
PARTS = [
    ("admiralteiskaya", "Admiralty district (Admiralteiskaya chast)",
     "Адмиралтейская часть",
     ["mo_dvortsovyy_okrug", "mo_admiralteyskiy_okrug"],
     "Modern Dvortsovy and Admiralteysky okrugs (Neva to Moika/Nevsky, Admiralty to Fontanka). "
     "The 1917 part lay between the Neva and the Moika; these okrugs also take in the quarters "
     "south of the Moika that belonged to Kazanskaya (Konyushennaya, Teatralnaya sq.) and "
     "Spasskaya (Mikhailovsky palace and castle), and New Holland/Nikolsky quarter at the edge "
     "of Kolomenskaya. The okrug grid cannot separate them."),
    ("kazanskaya", "Kazan and Spassky districts (Kazanskaya and Spasskaya chasti, merged)",
     "Казанская и Спасская части (объединены)",
     ["mo_no_78", "mo_sennoy_okrug"],
     "MERGED: covers both the Kazanskaya part (Moika to Ekaterininsky canal) and the Spasskaya "
     "part (Ekaterininsky canal to Fontanka: Gostiny Dvor, Sennaya). Okrugs No 78 and Sennoy "
     "each straddle the Ekaterininsky (Griboyedov) canal, so the two parts cannot be separated."),
    ("kolomenskaya", "Kolomna district (Kolomenskaya chast)", "Коломенская часть",
     ["mo_kolomna"],
     "Modern Kolomna okrug; its north-east corner (New Holland, Nikolsky cathedral area) is in "
     "the admiralteiskaya feature."),
    ("narvskaya", "Narva district (Narvskaya chast)", "Нарвская часть",
     ["mo_izmaylovskoe", "mo_semenovskiy", "mo_ekateringofskiy", "mo_morskie_vorota",
      "mo_moskovskaya_zastava"],
     "Izmaylovskoe, Semenovsky, Ekateringofsky, Morskie Vorota (Gutuevsky and Kanonersky "
     "islands, port) and Moskovskaya Zastava okrugs. Assigned whole: Semenovsky okrug (Semyonovsky "
     "parade ground, Tsarskoselsky station) may have lain partly in Moskovskaya chast; the southern "
     "half of Moskovskaya Zastava okrug (beyond the Moscow Gate, Soviet-era housing) was outside "
     "the 1917 city."),
    ("moskovskaya", "Moscow district (Moskovskaya chast)", "Московская часть",
     ["mo_vladimirskiy_okrug"],
     "Modern Vladimirsky okrug (Fontanka, Nevsky, Ligovsky, Obvodny canal)."),
    ("aleksandro_nevskaya", "Alexander Nevsky district (Aleksandro-Nevskaya chast)",
     "Александро-Невская часть",
     ["mo_ligovka_yamskaya", "mo_volkovskoe"],
     "Ligovka-Yamskaya and Volkovskoe okrugs. Assigned whole: Volkovskoe okrug (Volkovo cemetery "
     "and village south of the Obvodny canal) reaches far south over railway land and Soviet-era "
     "housing that lay outside the 1917 city."),
    ("rozhdestvenskaya", "Rozhdestvensky district (Rozhdestvenskaya chast)",
     "Рождественская часть",
     ["mo_smolninskoe"],
     "Modern Smolninskoe okrug (Peski, Smolny, Tauride Palace, Znamenskaya sq.). Its western edge "
     "(Chernyshevsky pr.-Vosstaniya ul.) is a modern line; some blocks of the 1917 Liteinaya part "
     "(around Kirochnaya and Paradnaya ul.) fall in this feature."),
    ("liteinaya", "Liteiny district (Liteinaya chast)", "Литейная часть",
     ["mo_liteynyy_okrug"],
     "Modern Liteyny okrug (Fontanka, Neva, Chernyshevsky pr., Kirochnaya, Vosstaniya, Nevsky)."),
    ("vasileostrovskaya", "Vasilievsky Island district (Vasileostrovskaya chast)",
     "Васильевская (Василеостровская) часть",
     ["mo_no_7", "mo_vasilevskiy", "mo_gavan", "mo_ostrov_dekabristov"],
     "Okrugs No 7, Vasilevsky, Gavan and Ostrov Dekabristov (the 1917 Goloday island). Morskoy "
     "okrug (land reclaimed from the sea after 1960) is left out; the western parts of Gavan and "
     "Dekabristov okrugs are also post-1917 fill."),
    ("petrogradskaya", "Petrograd Side district (Petrogradskaya chast)",
     "Петроградская (Петербургская) часть",
     ["mo_vvedenskiy", "mo_kronverkskoe", "mo_posadskiy", "mo_aptekarskiy_ostrov",
      "mo_petrovskiy", "mo_chkalovskoe"],
     "All six okrugs of Petrogradsky raion. Chkalovskoe okrug adds Krestovsky, Kamenny and Elagin "
     "islands (dacha islands in 1917, partly under the suburban administration)."),
    ("vyborgskaya", "Vyborg district (Vyborgskaya chast)", "Выборгская часть",
     ["mo_sampsonievskoe", "mo_finlyandskiy_okrug"],
     "Sampsonievskoe and Finlyandsky okrugs (Vyborg Side from the Neva to about Lesnoy and "
     "Polyustrovo). The eastern end of Finlyandsky okrug (Kushelevka) may have been in the "
     "Polyustrovo suburban district."),
    ("okhta", "Okhta (suburban district)", "Охта (пригородный участок)",
     ["mo_bolshaya_okhta", "mo_malaya_okhta"],
     "Bolshaya Okhta and Malaya Okhta okrugs. Their eastern parts (beyond the Okhta river) were "
     "largely unbuilt in 1917."),
    ("polyustrovo", "Polyustrovo (suburban district)", "Полюстрово (пригородный участок)",
     ["mo_polyustrovo", "mo_piskarevka"],
     "Polyustrovo and Piskarevka okrugs; their northern halves are Soviet-era housing on what "
     "was farmland and forest in 1917."),
    ("lesnoy", "Lesnoy (suburban district)", "Лесной (пригородный участок)",
     ["mo_svetlanovskoe", "mo_sosnovskoe"],
     "Svetlanovskoe and Sosnovskoe okrugs (Lesnoy, Forestry Institute, Udelnaya)."),
    ("novaya_derevnya", "Novaya Derevnya (suburban district)",
     "Новая Деревня (пригородный участок)",
     ["mo_chernaya_rechka", "mo_no_65"],
     "Chernaya Rechka and No 65 okrugs (Novaya and Staraya Derevnya along the Bolshaya Nevka); "
     "No 65 reaches north and west into Soviet-era housing."),
    ("shlisselburg_road", "Shlisselburg road (suburban district)",
     "Шлиссельбургский участок",
     ["mo_nevskaya_zastava", "mo_ivanovskiy", "mo_obukhovskiy", "mo_rybatskoe"],
     "Nevskaya Zastava, Ivanovsky, Obukhovsky and Rybatskoe okrugs on the left bank of the Neva "
     "(Obukhov and Nevsky works). The Soviet-era right-bank okrugs are left out."),
    ("peterhof_road", "Peterhof road (suburban district)", "Петергофский участок",
     ["mo_narvskiy_okrug", "mo_avtovo", "mo_krasnenkaya_rechka", "mo_dachnoe"],
     "Narvsky, Avtovo, Krasnenkaya Rechka and Dachnoe okrugs (Putilov works). Assigned whole: the "
     "northern strip of Narvsky okrug (north of the Tarakanovka) belonged to the Narvskaya part."),
]

KRONSTADT = ("kronstadt", "Kronstadt (fortress town on Kotlin island)",
             "Кронштадт (остров Котлин)", ["mo_kronshtadt"],
             "Kotlin island and the 14 fort islands, from kotlin_kronstadt_islands.geojson (the OSM "
             "polygon of the town with the 2011 flood-barrier causeways removed). Kronstadt was a "
             "separate naval fortress town, not part of Petrograd city; the wide spur on Kotlin's "
             "south-west side is mostly modern barrier embankment.")

# ---------------------------------------------------------------------------------------
# Points added to the 25 source points.  Each keeps the coordinate of the source named in
# `source`; all are proxies (approx = true).
# ---------------------------------------------------------------------------------------
ADDED_POINTS = [
    dict(id="central_telegraph", name_en="Central Telegraph (Pochtamtskaya ul. 15)",
         name_ru="Центральный телеграф (Почтамтская ул., 15)", kind="telegraph", approx=True,
         lon=30.30028, lat=59.93167,
         source="Russian Wikipedia \"Почтамтская улица (Санкт-Петербург)\" coordinates "
                "59°55′54″N 30°18′01″E (as shown by the copy at wiki-org.ru): the street, used as proxy",
         note="Point is the Wikipedia coordinate of Pochtamtskaya street (520 m long), not of the "
              "building; the telegraph at No. 15 lies within about 250 m"),
    dict(id="pavlovsky_barracks", name_en="Pavlovsky Regiment barracks (Field of Mars)",
         name_ru="Казармы Павловского полка (Марсово поле, 1)", kind="barracks", approx=True,
         lon=30.332, lat=59.943,
         source="English Wikipedia \"Field of Mars (Saint Petersburg)\" coordinates 59.943 N 30.332 E "
                "(as shown by a Wikipedia copy): the square, used as proxy",
         note="The barracks form the western side of the Field of Mars, about 200-300 m west of the "
              "point; reserve battalion of the Pavlovsky Guards Regiment in 1917"),
    dict(id="kirochnaya_barracks",
         name_en="Guards reserve battalions' barracks, Kirochnaya-Paradnaya quarter "
                 "(Volynsky, Preobrazhensky, Litovsky)",
         name_ru="Казармы запасных батальонов гвардии у Кирочной и Парадной ул. "
                 "(Волынский, Преображенский, Литовский)", kind="barracks", approx=True,
         lon=30.375401, lat=59.943524,
         source="Runcity 2019 'History' route, checkpoint 10, Kirochnaya ul. 43 (Suvorov Museum), "
                "59.943524, 30.375401 (OpenStreetMap coordinate), runcity.org: used as proxy",
         note="One point for the barracks quarter around Kirochnaya and Paradnaya ul. where the "
              "Volynsky training detachment, the Preobrazhensky and the Litovsky reserve battalions "
              "were quartered in Feb 1917; the individual buildings are not located"),
    dict(id="izmailovsky_barracks", name_en="Izmailovsky Regiment quarter (barracks)",
         name_ru="Измайловский полк (район казарм)", kind="barracks", approx=True,
         lon=30.309487, lat=59.914121,
         source="Runcity 2019 checkpoint 414, Sovetsky per. 5, 59.914120966306, 30.309486839588 "
                "(OpenStreetMap coordinate; the checkpoint text describes the Izmailovsky regiment "
                "quarter), runcity.org/en/events/2019/routes/cp414: used as proxy",
         note="Point inside the former regimental quarter (the Rotas, now Krasnoarmeyskie streets); "
              "the barracks stood along Izmailovsky pr. (Nos 2-12), 200-400 m away"),
]


def ring_area_m2(ring):
    poly = ogr.Geometry(ogr.wkbPolygon)
    poly.AddGeometry(ring.Clone())
    poly.Transform(TO_GK)
    return poly.GetArea()


def clean_polygonal(geom, fill_holes_below=0.0):
    """Round to PRECISION, drop sliver holes, make valid; return a MultiPolygon."""
    out = ogr.Geometry(ogr.wkbMultiPolygon)
    for poly in polygons_of(geom):
        newp = ogr.Geometry(ogr.wkbPolygon)
        for r in range(poly.GetGeometryCount()):
            ring = poly.GetGeometryRef(r)
            if r > 0 and fill_holes_below and ring_area_m2(ring) < fill_holes_below:
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


def new_geojson(path, name, geom_type, fields):
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


def build_districts():
    src = ogr.Open(os.path.join(SRC, "spb_municipal_okrugs_osm.geojson"))
    okrugs = {f["id"]: f.GetGeometryRef().Clone() for f in src.GetLayer()}
    used = set()
    ds, lyr = new_geojson(os.path.join(OUT, "districts.geojson"), "districts",
                          ogr.wkbMultiPolygon,
                          [("id", "str"), ("name_en", "str"), ("name_ru", "str"),
                           ("approx", "bool"), ("kind", "str"), ("okrugs", "str"),
                           ("note", "str")])
    geoms = {}
    for pid, name_en, name_ru, ids, note in PARTS:
        for oid in ids:
            assert oid in okrugs, oid
            assert oid not in used, "okrug used twice: " + oid
            used.add(oid)
        geoms[pid] = clean_polygonal(union_all(okrugs[o] for o in ids), SLIVER_HOLE_M2)
    kot = ogr.Open(os.path.join(SRC, "kotlin_kronstadt_islands.geojson"))
    geoms[KRONSTADT[0]] = clean_polygonal(
        union_all(f.GetGeometryRef().Clone() for f in kot.GetLayer()))

    for pid, name_en, name_ru, ids, note in PARTS + [KRONSTADT]:
        f = ogr.Feature(lyr.GetLayerDefn())
        f["id"] = pid
        f["name_en"] = name_en
        f["name_ru"] = name_ru
        f["approx"] = 1
        f["kind"] = "district"
        f["okrugs"] = ",".join(ids)
        f["note"] = note
        f.SetGeometry(geoms[pid])
        lyr.CreateFeature(f)
    ds = None

    # report: overlaps between features and area per feature
    ids = list(geoms)
    for i, a in enumerate(ids):
        ga = geoms[a].Clone()
        ga.Transform(TO_GK)
        for b in ids[i + 1:]:
            inter = geoms[a].Intersection(geoms[b])
            if inter is not None and not inter.IsEmpty() and inter.GetDimension() == 2:
                inter.Transform(TO_GK)
                if inter.GetArea() > 1.0:
                    print("  overlap %s/%s: %.1f m2" % (a, b, inter.GetArea()))
        print("  %-20s %7.2f km2  %d part(s)  valid=%s"
              % (a, ga.GetArea() / 1e6, geoms[a].GetGeometryCount(), geoms[a].IsValid()))
    return geoms


def clip_layer(src_name, out_name, keep_fields, geom_type):
    src = ogr.Open(os.path.join(SRC, src_name))
    slyr = src.GetLayer()
    defn = slyr.GetLayerDefn()
    types = {}
    for i in range(defn.GetFieldCount()):
        fd = defn.GetFieldDefn(i)
        types[fd.GetName()] = "int" if fd.GetType() == ogr.OFTInteger else "str"
    ds, lyr = new_geojson(os.path.join(OUT, out_name + ".geojson"), out_name, geom_type,
                          [(k, types[k]) for k in keep_fields])
    box = ogr.CreateGeometryFromWkt(
        "POLYGON((%f %f,%f %f,%f %f,%f %f,%f %f))" %
        (CLIP[0], CLIP[1], CLIP[2], CLIP[1], CLIP[2], CLIP[3], CLIP[0], CLIP[3], CLIP[0], CLIP[1]))
    n = 0
    # rivers_wdbii.geojson holds three one-point "lines" far outside the clip box; GEOS
    # warns about them when they are checked, so checks run with a quiet error handler.
    gdal.PushErrorHandler("CPLQuietErrorHandler")
    for f in slyr:
        g = f.GetGeometryRef()
        if g is None or g.GetPointCount() == 1:
            continue
        if not g.IsValid():
            g = g.MakeValid()
        c = g.Intersection(box)
        if c is None or c.IsEmpty():
            continue
        if geom_type == ogr.wkbMultiPolygon:
            c = clean_polygonal(c)
            if c.IsEmpty():
                continue
        else:
            lines = ogr.Geometry(ogr.wkbMultiLineString)
            stack = [c]
            while stack:
                x = stack.pop()
                t = ogr.GT_Flatten(x.GetGeometryType())
                if t == ogr.wkbLineString:
                    lines.AddGeometry(x)
                elif t in (ogr.wkbMultiLineString, ogr.wkbGeometryCollection):
                    stack.extend(x.GetGeometryRef(i) for i in range(x.GetGeometryCount()))
            if lines.IsEmpty():
                continue
            c = lines
        nf = ogr.Feature(lyr.GetLayerDefn())
        for k in keep_fields:
            nf[k] = f[k]
        nf.SetGeometry(c)
        lyr.CreateFeature(nf)
        n += 1
    gdal.PopErrorHandler()
    ds = None
    print("  %s: %d feature(s)" % (out_name, n))


def build_rivers():
    """The Neva line where the water polygons do not already draw the river.

    Rule (review B13): clip the WDBII lines to the box, subtract the water polygons of
    water.geojson and neva_bay.geojson (so the line never runs over drawn water), then drop
    every remaining piece whose two ends both lie on water (within END_ON_WATER_M): such a
    piece only bridges two water bodies across land, an artefact of the coarse line (at
    Kolomna it cuts straight from the Neva to the bay; in the delta it crosses islands and
    embankments).  A source line's own end (its mouth: WDBII ends a river at the coast) also
    counts as on water when it lies within MOUTH_ON_WATER_M of a water polygon, the few
    hundred metres by which the 1:250,000 WDBII and GSHHG shores disagree; the Neva's WDBII
    mouth stops 160 m short of the GSHHG sea, on Gutuevsky island.  Ends cut by the clip box
    are free.  Pieces with a free end are kept: the upstream Neva, which leaves the delta
    polygon and runs out of the map.
    """
    clip_layer("rivers_wdbii.geojson", "rivers", ["kind", "level"], ogr.wkbMultiLineString)
    path = os.path.join(OUT, "rivers.geojson")
    water_ds = [ogr.Open(os.path.join(OUT, n)) for n in ("water.geojson", "neva_bay.geojson")]
    water = union_all(f.GetGeometryRef().Clone() for d in water_ds for f in d.GetLayer())
    water_gk = water.Clone()
    water_gk.Transform(TO_GK)

    # the source lines' own ends (mouths and heads), in the package CRS
    rsrc = ogr.Open(os.path.join(SRC, "rivers_wdbii.geojson"))
    mouths = ogr.Geometry(ogr.wkbMultiPoint)
    for f in rsrc.GetLayer():
        g = f.GetGeometryRef()
        if g is None or g.GetPointCount() < 2:
            continue
        for i in (0, g.GetPointCount() - 1):
            pt = ogr.Geometry(ogr.wkbPoint)
            pt.AddPoint_2D(*g.GetPoint_2D(i))
            pt.Transform(TO_GK)
            mouths.AddGeometry(pt)
    rsrc = None

    def end_on_water(x, y):
        pt = ogr.Geometry(ogr.wkbPoint)
        pt.AddPoint_2D(x, y)
        pt.Transform(TO_GK)
        d = pt.Distance(water_gk)
        if d <= END_ON_WATER_M:
            return "yes"
        if pt.Distance(mouths) <= 2.0 and d <= MOUTH_ON_WATER_M:  # 2 m: rounding
            return "mouth %.0f m off" % d
        return None

    src = ogr.Open(path)
    kept = []
    for f in src.GetLayer():
        rest = f.GetGeometryRef().Difference(water)
        lines = ogr.Geometry(ogr.wkbMultiLineString)
        for piece in lines_of(rest):
            n = piece.GetPointCount()
            a = end_on_water(*piece.GetPoint_2D(0))
            b = end_on_water(*piece.GetPoint_2D(n - 1))
            length = piece.Clone()
            length.Transform(TO_GK)
            verdict = "dropped (bridges water across land)" if a and b else "kept"
            print("    river piece %6.0f m, ends on water: %s/%s -> %s"
                  % (length.Length(), a or "no", b or "no", verdict))
            if not (a and b):
                lines.AddGeometry(piece.Clone())
        if not lines.IsEmpty():
            kept.append(({"kind": f["kind"], "level": f["level"]}, lines))
    src = None
    water_ds = None
    ds, lyr = new_geojson(path, "rivers", ogr.wkbMultiLineString,
                          [("kind", "str"), ("level", "int")])
    for attrs, geom in kept:
        nf = ogr.Feature(lyr.GetLayerDefn())
        for k, v in attrs.items():
            nf[k] = v
        nf.SetGeometry(geom)
        lyr.CreateFeature(nf)
    ds = None
    print("  rivers after the water rule: %d feature(s)" % len(kept))


def build_places():
    src = ogr.Open(os.path.join(SRC, "points_petrograd_1917.geojson"))
    fields = [("id", "str"), ("name_en", "str"), ("name_ru", "str"), ("kind", "str"),
              ("approx", "bool"), ("source", "str"), ("note", "str")]
    path = os.path.join(OUT, "places.geojson")
    if os.path.exists(path):
        os.remove(path)
    drv = ogr.GetDriverByName("GeoJSON")
    ds = drv.CreateDataSource(path)
    lyr = ds.CreateLayer("places", WGS84, ogr.wkbPoint,
                         options=["RFC7946=YES", "COORDINATE_PRECISION=6", "WRITE_NAME=NO"])
    for fname, ftype in fields:
        fd = ogr.FieldDefn(fname, ogr.OFTInteger if ftype == "bool" else ogr.OFTString)
        if ftype == "bool":
            fd.SetSubType(ogr.OFSTBoolean)
        lyr.CreateField(fd)
    seen = set()
    n = 0
    for f in src.GetLayer():
        nf = ogr.Feature(lyr.GetLayerDefn())
        for k, _ in fields:
            v = f[k]
            if k == "approx":
                v = 1 if v else 0
            nf[k] = v if v is not None else ""
        nf.SetGeometry(f.GetGeometryRef().Clone())
        lyr.CreateFeature(nf)
        seen.add(f["id"])
        n += 1
    for p in ADDED_POINTS:
        assert p["id"] not in seen
        nf = ogr.Feature(lyr.GetLayerDefn())
        for k, _ in fields:
            nf[k] = (1 if p[k] else 0) if k == "approx" else p[k]
        g = ogr.Geometry(ogr.wkbPoint)
        g.AddPoint_2D(p["lon"], p["lat"])
        nf.SetGeometry(g)
        lyr.CreateFeature(nf)
        n += 1
    ds = None
    print("  places: %d feature(s)" % n)


def main():
    os.makedirs(OUT, exist_ok=True)
    print("districts:")
    build_districts()
    print("context layers:")
    clip_layer("water_gshhg.geojson", "water", ["kind"], ogr.wkbMultiPolygon)
    clip_layer("water_neva_bay.geojson", "neva_bay", ["id", "name_en", "name_ru", "kind"],
               ogr.wkbMultiPolygon)
    build_rivers()
    build_places()
    for name in sorted(os.listdir(OUT)):
        print("  %-20s %8d bytes" % (name, os.path.getsize(os.path.join(OUT, name))))


if __name__ == "__main__":
    main()
