#include "io/handles.h"
#include "io/projcontext.h"

#include <gdal.h>
#include <proj.h>

namespace dpa {

void ProjDeleter::operator()(PJconsts *pj) const
{
    // A PJ must be destroyed while its context is alive; the context is thread-local and is
    // declared before any PJ cache (see ProjContext), so it outlives every handle of its thread.
    proj_destroy(pj);
}

void GdalDatasetDeleter::operator()(void *dataset) const
{
    GDALClose(static_cast<GDALDatasetH>(dataset));
}

} // namespace dpa
