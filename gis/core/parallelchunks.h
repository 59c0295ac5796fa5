#pragma once

#include <QThread>

#include <algorithm>
#include <cstddef>
#include <thread>
#include <vector>

namespace dpa {

// Runs work(begin, end, chunk) over [0, count) split into as many contiguous chunks as the
// machine has cores (one when count is below minPerChunk * 2), the last chunk on the calling
// thread; returns the number of chunks. For the work of large case studies (reading claims,
// building the claim index, mapping paths to pixels, drawing outlines and the id buffer): each
// chunk must write only its own output,
// and must not share Qt objects with lazy caches (a QPainterPath being drawn) with another.
template<typename Work>
int parallelChunks(size_t count, size_t minPerChunk, Work &&work)
{
    const size_t cores = size_t(std::max(1, QThread::idealThreadCount()));
    const size_t chunks = std::clamp<size_t>(count / std::max<size_t>(1, minPerChunk), 1, cores);
    std::vector<std::thread> threads;
    for (size_t c = 0; c + 1 < chunks; ++c)
        threads.emplace_back([&work, c, chunks, count] { work(count * c / chunks, count * (c + 1) / chunks, int(c)); });
    work(count * (chunks - 1) / chunks, count, int(chunks - 1));
    for (std::thread &t : threads)
        t.join();
    return int(chunks);
}

} // namespace dpa
