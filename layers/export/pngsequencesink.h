#pragma once

#include "export/framesink.h"

#include "io/stagedfolder.h"

#include <memory>

namespace dpa {

// frame-00001.png, frame-00002.png, ... in a folder, for editors that import image sequences.
// Written into a hidden folder beside the target and renamed onto it at the end; the target
// must not exist yet or be empty, so no earlier export is mixed with this one.
class PngSequenceSink : public FrameSink
{
public:
    static Result<std::unique_ptr<FrameSink>> create(const QString &folder);
    std::optional<Error> addFrame(const QImage &frame) override;
    Result<QString> finish() override;
    void abandon() override;

private:
    PngSequenceSink(QString folder, std::shared_ptr<StagedFolder> staging);
    QString m_folder;
    std::shared_ptr<StagedFolder> m_staging;
    int m_count = 0;
};

} // namespace dpa
