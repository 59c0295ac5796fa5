"""Geometry helpers shared by the package build scripts (GDAL's Python bindings)."""
from osgeo import ogr


def polygons_of(geom):
    """Yield the polygons of a (Multi)Polygon or GeometryCollection."""
    t = ogr.GT_Flatten(geom.GetGeometryType())
    if t == ogr.wkbPolygon:
        yield geom
    elif t in (ogr.wkbMultiPolygon, ogr.wkbGeometryCollection):
        for i in range(geom.GetGeometryCount()):
            yield from polygons_of(geom.GetGeometryRef(i))


def lines_of(geom):
    """Yield the line strings of a (Multi)LineString or GeometryCollection."""
    t = ogr.GT_Flatten(geom.GetGeometryType())
    if t == ogr.wkbLineString:
        yield geom
    elif t in (ogr.wkbMultiLineString, ogr.wkbGeometryCollection):
        for i in range(geom.GetGeometryCount()):
            yield from lines_of(geom.GetGeometryRef(i))


def union_all(geoms):
    """Union of (Multi)Polygons (GDAL 3.6 has UnionCascaded, not UnaryUnion)."""
    mp = ogr.Geometry(ogr.wkbMultiPolygon)
    for g in geoms:
        for p in polygons_of(g):
            mp.AddGeometry(p.Clone())
    return mp.UnionCascaded()
