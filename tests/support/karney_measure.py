#!/usr/bin/python3
"""Areas and lengths on the WGS 84 ellipsoid with GeographicLib's own Python implementation of
Karney's geodesics: the reference the C++ tests compare the atlas's measures with (see
karneyreference.h). It shares no code with PROJ's C port that the atlas uses.

Usage: /usr/bin/python3 tests/support/karney_measure.py INPUT.json

INPUT.json, lon/lat degrees, rings with or without their closing vertex, any orientation:
    {"areas":   {"name": [[outer ring, hole, ...], ...polygons]},
     "lengths": {"name": [[lon, lat], ...]}}
Prints {"areas": {"name": square metres}, "lengths": {"name": metres}}.
Exits with 3 when GeographicLib is missing (Debian package python3-geographiclib), so that the
tests can skip with that message instead of failing.
"""

import json
import sys

try:
    from geographiclib.geodesic import Geodesic
except ImportError:
    print("python3-geographiclib is not installed (apt-get install python3-geographiclib)",
          file=sys.stderr)
    sys.exit(3)


def ring_area(ring):
    polygon = Geodesic.WGS84.Polygon()
    for lon, lat in ring:   # a repeated closing vertex adds an edge of length 0: no area
        polygon.AddPoint(lat, lon)
    # Signed, so that a clockwise ring is not taken for the rest of the Earth.
    _, _, area = polygon.Compute(False, True)
    return abs(area)


def polygons_area(polygons):
    return sum(ring_area(rings[0]) - sum(ring_area(hole) for hole in rings[1:])
               for rings in polygons)


def line_length(points):
    return sum(Geodesic.WGS84.Inverse(a[1], a[0], b[1], b[0])["s12"]
               for a, b in zip(points, points[1:]))


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        shapes = json.load(f)
    json.dump({"areas": {name: polygons_area(p) for name, p in shapes.get("areas", {}).items()},
               "lengths": {name: line_length(l) for name, l in shapes.get("lengths", {}).items()}},
              sys.stdout)


if __name__ == "__main__":
    main()
