#include "export/framequeue.h"

#include <memory>

namespace dpa {

FrameQueue::FrameQueue(int threads)
{
    m_pool.setMaxThreadCount(threads);
}

std::optional<Error> FrameQueue::add(std::function<std::optional<Error>()> encode, size_t maxQueued)
{
    while (m_queued.size() >= maxQueued)
        if (auto error = collectOldest())
            return error;
    auto task = std::make_shared<std::packaged_task<std::optional<Error>()>>(std::move(encode));
    m_queued.push_back(task->get_future());
    m_pool.start([task] { (*task)(); });
    return std::nullopt;
}

std::optional<Error> FrameQueue::finish()
{
    while (!m_queued.empty())
        if (auto error = collectOldest()) {
            waitForAll();
            return error;
        }
    return std::nullopt;
}

void FrameQueue::waitForAll()
{
    while (!m_queued.empty())
        collectOldest();
}

std::optional<Error> FrameQueue::collectOldest()
{
    auto result = m_queued.front().get();
    m_queued.pop_front();
    return result;
}

} // namespace dpa
