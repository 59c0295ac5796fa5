#pragma once

// Owners for every GDAL and PROJ handle the project holds. No raw GDAL*/OGR*/PJ* outlives the
// function that made it unless one of these holds it.

#include <memory>

struct PJconsts;
struct pj_ctx;
typedef void *GDALDatasetH;

namespace dpa {

struct ProjDeleter
{
    void operator()(PJconsts *pj) const;
};
using ProjHandle = std::unique_ptr<PJconsts, ProjDeleter>;

struct GdalDatasetDeleter
{
    void operator()(void *dataset) const;
};
// Never combine with GDAL_OF_SHARED: a shared dataset is owned by GDAL's cache, not by us.
using GdalDatasetHandle = std::unique_ptr<void, GdalDatasetDeleter>;

} // namespace dpa
