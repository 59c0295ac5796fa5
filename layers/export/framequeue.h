#pragma once

#include "core/error.h"

#include <QThreadPool>

#include <deque>
#include <functional>
#include <future>
#include <optional>

namespace dpa {

// The frames of an animation export being encoded on worker threads while the caller draws the
// next, oldest first, each with the error of its encoding if it failed. The PNG sequence encodes
// on every core, the video on one thread (the codec's calls stay in order); both wait here when
// enough frames are queued, and say the first error in frame order.
class FrameQueue
{
public:
    explicit FrameQueue(int threads);
    ~FrameQueue() { waitForAll(); }

    // Queues `encode` once fewer than `maxQueued` frames are in the queue; waiting for room,
    // an error of an earlier frame stops it (and is returned, `encode` not queued).
    std::optional<Error> add(std::function<std::optional<Error>()> encode, size_t maxQueued);
    // Waits for every frame; the first error in frame order, once all are done.
    std::optional<Error> finish();
    // Waits for every frame, their errors dropped (an export abandoned).
    void waitForAll();
    int threads() const { return m_pool.maxThreadCount(); }

private:
    std::optional<Error> collectOldest();
    QThreadPool m_pool;
    std::deque<std::future<std::optional<Error>>> m_queued;
};

} // namespace dpa
