#pragma once

#include <QSize>
#include <QString>

// What `dpatlas-bench` measures on one package, in a process of its own (so that its peak
// memory is that package's alone): open (load, the spatial facts the window builds, the scene,
// the first frame), a new view (pan, zoom, resize), a frame at a new date, the state at a new
// date, peak memory, and animation export per frame (PNG frames and an MP4).
struct PackageBenchOptions
{
    QSize size{1920, 1080};
    int pngFrames = 120;     // PNG frames exported (each one a separately compressed file)
    int pngLevel = 2;        // their zlib level
    int videoFrames = 365;   // MP4 frames (a year of days)
    bool smoke = false;      // one run of each, a few frames: checks that the benchmark runs
};

// Prints one table for the package at `path` (a folder, a packed .gpkg); returns 0, or 1 when it
// does not load.
int benchPackage(const QString &path, const PackageBenchOptions &options);
