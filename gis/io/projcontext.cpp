#include "io/projcontext.h"

#include <proj.h>

namespace dpa {
namespace {

struct ThreadContext
{
    pj_ctx *ctx = nullptr;
    QStringList messages;

    ThreadContext()
    {
        ctx = proj_context_create();
        // A package is untrusted: never let PROJ fetch grids from the network.
        proj_context_set_enable_network(ctx, 0);
        proj_log_func(ctx, this, &ThreadContext::log);
        proj_log_level(ctx, PJ_LOG_ERROR);
    }
    ~ThreadContext() { proj_context_destroy(ctx); }

    static void log(void *self, int, const char *message)
    {
        QString text = QString::fromUtf8(message).trimmed();
        // PROJ prefixes messages with its internal function names; users need only the text.
        const int colon = text.indexOf(QLatin1String(": "));
        if (colon > 0 && !text.left(colon).contains(QLatin1Char(' ')))
            text = text.mid(colon + 2);
        static_cast<ThreadContext *>(self)->messages << text;
    }
};

ThreadContext &threadContext()
{
    thread_local ThreadContext context;
    return context;
}

} // namespace

pj_ctx *ProjContext::current()
{
    return threadContext().ctx;
}

QStringList ProjContext::takeMessages()
{
    QStringList messages;
    messages.swap(threadContext().messages);
    messages.removeDuplicates();
    return messages;
}

QString ProjContext::lastError()
{
    pj_ctx *ctx = current();
    const int err = proj_context_errno(ctx);
    if (err == 0)
        return {};
    return QString::fromUtf8(proj_context_errno_string(ctx, err));
}

} // namespace dpa
