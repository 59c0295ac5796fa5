#pragma once

#include "export/framequeue.h"
#include "export/framesink.h"
#include "export/pngframeencoder.h"
#include "io/stagedfolder.h"

#include <memory>

namespace dpa {

// frame-00001.png, frame-00002.png, ... in a folder, for editors that import image sequences.
// Written into a hidden folder beside the target and renamed onto it at the end; the target
// must not exist yet or be empty, so no earlier export is mixed with this one.
//
// Encoding takes longer than drawing a frame, so frames are encoded and written on worker
// threads while the caller draws the next: addFrame() returns once the frame is queued, and
// waits only when as many frames as there are cores are still being encoded (a few 1080p frames
// in memory at most). Each frame goes to the file of its own number, so order is kept whatever
// order the workers finish in. A failed write is reported by a later addFrame() or by finish().
class PngSequenceSink : public FrameSink
{
public:
    // compressionLevel: libdeflate's 0-12 (PngFrameEncoder).
    static Result<std::unique_ptr<FrameSink>> create(const QString &folder, int compressionLevel = PngFrameEncoder::kDefaultLevel);
    ~PngSequenceSink() override;
    std::optional<Error> addFrame(const QImage &frame) override;
    Result<QString> finish() override;
    void abandon() override;

private:
    PngSequenceSink(QString folder, std::shared_ptr<StagedFolder> staging, int compressionLevel);
    QString m_folder;
    std::shared_ptr<StagedFolder> m_staging;
    int m_level;
    int m_count = 0;
    FrameQueue m_frames;   // a thread per core
};

} // namespace dpa
