#include "export/animationexport.h"
#include "package/datasetpackage.h"

#include <QDir>
#include <QGuiApplication>
#include <QImageReader>
#include <QTemporaryDir>
#include <QTest>

#include <gif_lib.h>

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libswscale/swscale.h>
}

using namespace dpa;

// Animations read back the way their users' tools read them: the GIF by giflib and by Qt's
// decoder (frames equal to the renderer's), the videos by FFmpeg's demuxer and decoder (frame
// count, size, codec), the PNG frames one by one; and cancelling or failing leaves nothing.
class TestAnimationExport : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void gifHasEveryFrameAsDrawn();
    void videosHaveEveryFrame_data();
    void videosHaveEveryFrame();
    void pngFramesFillANewFolder();
    void pngFramesAreTheFramesInOrder_data();
    void pngFramesAreTheFramesInOrder();
    void refusesAFolderWithFilesInIt();
    void cancellingLeavesNothing_data();
    void cancellingLeavesNothing();
    void badRequestsAreExplained();

private:
    AnimationRequest request(const QString &name) const;
    static double shareOfDifferentPixels(const QImage &a, const QImage &b);
    static double meanDifference(const QImage &a, const QImage &b);
    QStringList leftovers() const;
    QTemporaryDir m_dir;
    std::shared_ptr<MapScene> m_scene;
};

void TestAnimationExport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    auto result = DatasetPackage::load(QStringLiteral(DPATLAS_DATASETS_DIR "/petrograd-1917"));
    QVERIFY(result.isValid());
    m_scene = std::make_shared<MapScene>(result.study);
}

// Twelve days around the October Revolution, when the map changes from frame to frame.
AnimationRequest TestAnimationExport::request(const QString &name) const
{
    AnimationRequest r;
    r.path = m_dir.filePath(name);
    r.view.extent = m_scene->extent().grown(0.03);
    r.view.size = QSize(320, 180);
    r.from = HistoricalDate::parse(QStringLiteral("1917-10-20"), Calendar::Julian)->queryTime();
    r.to = HistoricalDate::parse(QStringLiteral("1917-10-31"), Calendar::Julian)->queryTime();
    r.step = *TimeStep::parse(QStringLiteral("1d"));
    r.calendar = Calendar::Julian;
    r.framesPerSecond = 5;
    return r;
}

double TestAnimationExport::shareOfDifferentPixels(const QImage &a, const QImage &b)
{
    const QImage x = a.convertToFormat(QImage::Format_RGB32), y = b.convertToFormat(QImage::Format_RGB32);
    if (x.size() != y.size())
        return 1.0;
    qint64 different = 0;
    for (int row = 0; row < x.height(); ++row)
        for (int col = 0; col < x.width(); ++col) {
            const QRgb p = x.pixel(col, row), q = y.pixel(col, row);
            if (std::abs(qRed(p) - qRed(q)) + std::abs(qGreen(p) - qGreen(q)) + std::abs(qBlue(p) - qBlue(q)) > 48)
                ++different;
        }
    return double(different) / (x.width() * x.height());
}

// Mean absolute difference per channel (0-255) between two pictures of the same size.
double TestAnimationExport::meanDifference(const QImage &a, const QImage &b)
{
    const QImage x = a.convertToFormat(QImage::Format_RGB32), y = b.convertToFormat(QImage::Format_RGB32);
    if (x.size() != y.size())
        return 255;
    double sum = 0;
    for (int row = 0; row < x.height(); ++row)
        for (int col = 0; col < x.width(); ++col) {
            const QRgb p = x.pixel(col, row), q = y.pixel(col, row);
            sum += std::abs(qRed(p) - qRed(q)) + std::abs(qGreen(p) - qGreen(q)) + std::abs(qBlue(p) - qBlue(q));
        }
    return sum / (3.0 * x.width() * x.height());
}

// Files left in the output folder, temporary ones included.
QStringList TestAnimationExport::leftovers() const
{
    return QDir(m_dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
}

void TestAnimationExport::gifHasEveryFrameAsDrawn()
{
    const AnimationRequest r = request(QStringLiteral("october.gif"));
    MapRenderer renderer(m_scene);
    int calls = 0;
    const auto written = animationexport::write(renderer, r, [&](int done, int total) {
        ++calls;
        return done <= total;
    });
    QVERIFY2(written, written ? "" : qPrintable(written.error().toString()));
    QCOMPARE(written->frames, 12);
    QCOMPARE(calls, 12);

    int error = 0;
    GifFileType *gif = DGifOpenFileName(QFile::encodeName(r.path).constData(), &error);
    QVERIFY(gif);
    QCOMPARE(DGifSlurp(gif), GIF_OK);
    QCOMPARE(gif->ImageCount, 12);
    QCOMPARE(gif->SWidth, 320);
    QCOMPARE(gif->SHeight, 180);
    GraphicsControlBlock control;
    QCOMPARE(DGifSavedExtensionToGCB(gif, 3, &control), GIF_OK);
    QCOMPARE(control.DelayTime, 20);   // 5 frames per second
    DGifCloseFile(gif, &error);

    // Qt's decoder composes the changed rectangles as a browser does: every frame must be the
    // renderer's picture of its day.
    QImageReader reader(r.path);
    QCOMPARE(reader.imageCount(), 12);
    MapRenderer reference(m_scene);
    MapView view = r.view;
    for (int i = 0; i < 12; ++i) {
        const QImage frame = reader.read();
        QVERIFY(!frame.isNull());
        view.time = r.from + i * kMinutesPerDay;
        const double differing = shareOfDifferentPixels(frame, reference.renderImage(view));
        QVERIFY2(differing < 0.01, qPrintable(QStringLiteral("frame %1: %2% of pixels differ").arg(i).arg(differing * 100)));
    }
}

void TestAnimationExport::videosHaveEveryFrame_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("codec");
    QTest::newRow("mp4") << "october.mp4" << "h264";
    QTest::newRow("webm") << "october.webm" << "vp9";
}

void TestAnimationExport::videosHaveEveryFrame()
{
    QFETCH(QString, name);
    QFETCH(QString, codec);
    const AnimationRequest r = request(name);
    MapRenderer renderer(m_scene);
    const auto written = animationexport::write(renderer, r);
    QVERIFY2(written, written ? "" : qPrintable(written.error().toString()));

    AVFormatContext *format = nullptr;
    QCOMPARE(avformat_open_input(&format, QFile::encodeName(r.path).constData(), nullptr, nullptr), 0);
    QVERIFY(avformat_find_stream_info(format, nullptr) >= 0);
    const int index = av_find_best_stream(format, AVMEDIA_TYPE_VIDEO, -1, -1, nullptr, 0);
    QVERIFY(index >= 0);
    const AVCodecParameters *parameters = format->streams[index]->codecpar;
    QCOMPARE(QString::fromLatin1(avcodec_get_name(parameters->codec_id)), codec);
    QCOMPARE(parameters->width, 320);
    QCOMPARE(parameters->height, 180);
    QCOMPARE(av_q2d(format->streams[index]->avg_frame_rate), 5.0);

    // Decode to the end, as players do (frames come out in display order), each frame turned
    // into RGB by FFmpeg's own scaler (BT.601, the default for untagged video).
    const AVCodec *decoder = avcodec_find_decoder(parameters->codec_id);
    AVCodecContext *context = avcodec_alloc_context3(decoder);
    avcodec_parameters_to_context(context, parameters);
    QCOMPARE(avcodec_open2(context, decoder, nullptr), 0);
    AVPacket *packet = av_packet_alloc();
    AVFrame *frame = av_frame_alloc();
    QList<QImage> frames;
    auto drain = [&] {
        while (avcodec_receive_frame(context, frame) == 0) {
            QImage rgb(frame->width, frame->height, QImage::Format_RGB32);
            SwsContext *toRgb = sws_getContext(frame->width, frame->height, AVPixelFormat(frame->format), rgb.width(), rgb.height(),
                                               Q_BYTE_ORDER == Q_LITTLE_ENDIAN ? AV_PIX_FMT_BGRA : AV_PIX_FMT_ARGB,
                                               SWS_BICUBIC, nullptr, nullptr, nullptr);
            uint8_t *planes[4] = {rgb.bits(), nullptr, nullptr, nullptr};
            int strides[4] = {int(rgb.bytesPerLine()), 0, 0, 0};
            sws_scale(toRgb, frame->data, frame->linesize, 0, frame->height, planes, strides);
            sws_freeContext(toRgb);
            frames << rgb;
        }
    };
    while (av_read_frame(format, packet) >= 0) {
        if (packet->stream_index == index && avcodec_send_packet(context, packet) == 0)
            drain();
        av_packet_unref(packet);
    }
    avcodec_send_packet(context, nullptr);
    drain();
    av_frame_free(&frame);
    av_packet_free(&packet);
    avcodec_free_context(&context);
    avformat_close_input(&format);
    QCOMPARE(frames.size(), 12);

    // Every frame is the renderer's picture of its own day: within a mean of 3 units per channel
    // over the whole frame (lossy coding, chroma at half resolution; 1.4 to 2.6 seen), and, on
    // the pixels where its day's picture and any other day's differ (by more than 30 in the sum
    // of channels: the date in the title, the districts that change), at most three quarters as
    // far from its own day's as from the other's (0.57 seen: small text and stripes blur at this
    // size). Frames out of order, repeated or all alike fail.
    MapRenderer reference(m_scene);
    MapView view = r.view;
    QList<QImage> days;
    for (int i = 0; i < 12; ++i) {
        view.time = r.from + i * kMinutesPerDay;
        days << reference.renderImage(view).convertToFormat(QImage::Format_RGB32);
    }
    auto distance = [](QRgb p, QRgb q) {
        return std::abs(qRed(p) - qRed(q)) + std::abs(qGreen(p) - qGreen(q)) + std::abs(qBlue(p) - qBlue(q));
    };
    double worst = 0;
    for (int i = 0; i < 12; ++i) {
        const double own = meanDifference(frames[i], days[i]);
        QVERIFY2(own < 3.0, qPrintable(QStringLiteral("frame %1 differs from its day by %2 on average").arg(i).arg(own)));
        for (int j = 0; j < 12; ++j) {
            if (j == i)
                continue;
            qint64 pixels = 0, toOwn = 0, toOther = 0;
            for (int y = 0; y < frames[i].height(); ++y)
                for (int x = 0; x < frames[i].width(); ++x) {
                    const QRgb a = days[i].pixel(x, y), b = days[j].pixel(x, y), f = frames[i].pixel(x, y);
                    if (distance(a, b) <= 30)
                        continue;
                    ++pixels;
                    toOwn += distance(f, a);
                    toOther += distance(f, b);
                }
            QVERIFY2(pixels >= 20, qPrintable(QStringLiteral("days %1 and %2 look the same").arg(i).arg(j)));
            worst = std::max(worst, double(toOwn) / toOther);
            QVERIFY2(toOwn * 4 < toOther * 3, qPrintable(QStringLiteral("frame %1, on the %2 pixels where days %1 and %3 differ: %4 from "
                                                                   "its own day, %5 from day %3 (sums of channel differences)")
                                                         .arg(i).arg(pixels).arg(j).arg(toOwn).arg(toOther)));
        }
    }
    qInfo("distance to its own day over distance to another, on the pixels where they differ: %.2f at most", worst);
}

void TestAnimationExport::pngFramesFillANewFolder()
{
    const AnimationRequest r = request(QStringLiteral("frames/"));
    MapRenderer renderer(m_scene);
    const auto written = animationexport::write(renderer, r);
    QVERIFY2(written, written ? "" : qPrintable(written.error().toString()));
    QDir folder(m_dir.filePath(QStringLiteral("frames")));
    const QStringList frames = folder.entryList(QDir::Files, QDir::Name);
    QCOMPARE(frames.size(), 12);
    QCOMPARE(frames.first(), QStringLiteral("frame-00001.png"));
    QCOMPARE(QImage(folder.filePath(frames.last())).size(), QSize(320, 180));
    QVERIFY(QFile::remove(folder.filePath(frames.first())));
    QVERIFY(folder.removeRecursively());
}

void TestAnimationExport::pngFramesAreTheFramesInOrder_data()
{
    QTest::addColumn<int>("level");
    QTest::newRow("stored (level 0)") << 0;
    QTest::newRow("default (level 1)") << PngFrameEncoder::kDefaultLevel;
    QTest::newRow("smallest (level 12)") << PngFrameEncoder::kMaxLevel;
}

// Frames are encoded on several threads at once: each file still holds its own day, pixel for
// pixel (PNG is lossless, and the frames are opaque), whatever the compression level.
void TestAnimationExport::pngFramesAreTheFramesInOrder()
{
    QFETCH(int, level);
    AnimationRequest r = request(QStringLiteral("ordered/"));
    r.pngCompressionLevel = level;
    MapRenderer renderer(m_scene);
    const auto written = animationexport::write(renderer, r);
    QVERIFY2(written, written ? "" : qPrintable(written.error().toString()));
    const auto times = r.step.times(r.from, r.to, r.calendar, 100);
    QVERIFY(times);
    MapRenderer reference(m_scene);
    MapView view = r.view;
    view.time = times->front();
    view.layout.legend = reference.legendPlacement(view);
    QDir folder(written->path);
    const QStringList frames = folder.entryList(QDir::Files, QDir::Name);
    QCOMPARE(frames.size(), int(times->size()));
    for (int i = 0; i < frames.size(); ++i) {
        view.time = (*times)[size_t(i)];
        const QImage expected = reference.renderImage(view).convertToFormat(QImage::Format_RGB32);
        const QImage actual = QImage(folder.filePath(frames[i])).convertToFormat(QImage::Format_RGB32);
        QVERIFY2(actual == expected, qPrintable(QStringLiteral("%1 is not day %2").arg(frames[i]).arg(i + 1)));
    }
    QVERIFY(folder.removeRecursively());
}

void TestAnimationExport::refusesAFolderWithFilesInIt()
{
    QVERIFY(QDir(m_dir.path()).mkdir(QStringLiteral("taken")));
    QFile keep(m_dir.filePath(QStringLiteral("taken/notes.txt")));
    QVERIFY(keep.open(QIODevice::WriteOnly));
    keep.close();
    MapRenderer renderer(m_scene);
    const auto written = animationexport::write(renderer, request(QStringLiteral("taken/")));
    QVERIFY(!written);
    QVERIFY(written.error().toString().contains(QStringLiteral("is not an empty folder")));
    QCOMPARE(QDir(m_dir.filePath(QStringLiteral("taken"))).entryList(QDir::Files), QStringList{QStringLiteral("notes.txt")});
    QVERIFY(QDir(m_dir.filePath(QStringLiteral("taken"))).removeRecursively());
}

void TestAnimationExport::cancellingLeavesNothing_data()
{
    QTest::addColumn<QString>("name");
    for (const char *name : {"cancelled.gif", "cancelled.mp4", "cancelled.webm", "cancelled/"})
        QTest::newRow(name) << name;
}

void TestAnimationExport::cancellingLeavesNothing()
{
    QFETCH(QString, name);
    const QStringList before = leftovers();
    MapRenderer renderer(m_scene);
    const auto written = animationexport::write(renderer, request(name), [](int done, int) { return done < 4; });
    QVERIFY(!written);
    QVERIFY(animationexport::isCancellation(written.error()));
    QCOMPARE(leftovers(), before);
}

void TestAnimationExport::badRequestsAreExplained()
{
    MapRenderer renderer(m_scene);
    AnimationRequest r = request(QStringLiteral("no-such-folder/october.mp4"));
    auto written = animationexport::write(renderer, r);
    QVERIFY(!written);
    QVERIFY2(written.error().toString().contains(QStringLiteral("does not exist")), qPrintable(written.error().toString()));

    r = request(QStringLiteral("odd.mp4"));
    r.view.size = QSize(321, 180);
    written = animationexport::write(renderer, r);
    QVERIFY(!written);
    QVERIFY(written.error().toString().contains(QStringLiteral("must be even")));

    r = request(QStringLiteral("october.avi"));
    written = animationexport::write(renderer, r);
    QVERIFY(!written);
    QVERIFY(written.error().toString().contains(QStringLiteral(".gif, .mp4")));
    QVERIFY(!QFileInfo::exists(r.path));
}

QTEST_MAIN(TestAnimationExport)
#include "testanimationexport.moc"
