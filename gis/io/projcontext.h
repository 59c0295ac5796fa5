#pragma once

#include <QStringList>

struct pj_ctx;

namespace dpa {

// PROJ contexts are not thread-safe, so each thread gets its own, created on first use and
// destroyed at thread exit. Log messages PROJ emits are collected so that the caller of the
// failing call can pass them on in its Error.
class ProjContext
{
public:
    static pj_ctx *current();

    // Messages logged on this thread's context since the last call; clears them.
    static QStringList takeMessages();

    // Text of the context's last error (proj_context_errno), or empty.
    static QString lastError();
};

} // namespace dpa
