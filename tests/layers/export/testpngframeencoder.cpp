#include "export/pngframeencoder.h"

#include <QBuffer>
#include <QImageReader>
#include <QRandomGenerator>
#include <QTest>

using namespace dpa;

// The animation frames' PNG writer is ours (chunks written by hand, rows compressed by
// libdeflate): Qt's PNG reader, a decoder of its own (libpng), must read back every pixel.
class TestPngFrameEncoder : public QObject
{
    Q_OBJECT
private slots:
    void readsBackPixelForPixel_data();
    void readsBackPixelForPixel();
    void transparencyIsDrawnOverBlack();
    void higherLevelsAreSmaller();

private:
    static QImage decode(const QByteArray &png, QByteArray *format = nullptr);
};

QImage TestPngFrameEncoder::decode(const QByteArray &png, QByteArray *format)
{
    QBuffer buffer;
    buffer.setData(png);
    QImageReader reader(&buffer, "png");
    reader.setAutoDetectImageFormat(false);
    QImage image = reader.read();
    if (format)
        *format = reader.format();
    return image;
}

void TestPngFrameEncoder::readsBackPixelForPixel_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<int>("level");
    QTest::addColumn<bool>("noise");
    // A map-like picture (flat areas, stripes) and noise, which does not compress: stored, it is
    // 4.5 MB and spans five 1 MB IDAT chunks.
    QTest::newRow("map, default level") << QSize(640, 360) << PngFrameEncoder::kDefaultLevel << false;
    QTest::newRow("map, smallest") << QSize(640, 360) << PngFrameEncoder::kMaxLevel << false;
    QTest::newRow("noise, stored") << QSize(1500, 1000) << 0 << true;
    QTest::newRow("noise, default level") << QSize(1500, 1000) << PngFrameEncoder::kDefaultLevel << true;
    QTest::newRow("one pixel") << QSize(1, 1) << PngFrameEncoder::kDefaultLevel << false;
    QTest::newRow("out of range level: clamped") << QSize(64, 48) << 99 << false;
}

void TestPngFrameEncoder::readsBackPixelForPixel()
{
    QFETCH(QSize, size);
    QFETCH(int, level);
    QFETCH(bool, noise);
    QImage frame(size, QImage::Format_RGB32);
    QRandomGenerator random(20);
    for (int y = 0; y < size.height(); ++y) {
        auto *row = reinterpret_cast<quint32 *>(frame.scanLine(y));
        for (int x = 0; x < size.width(); ++x)
            row[x] = noise ? (0xff000000u | random.bounded(0x1000000u))
                           : ((x + y) / 11 % 2 ? qRgb(0x1f, 0x77, 0xb4) : qRgb(0xd6, 0x27, 0x28)) + (x > size.width() / 2 ? 0x10 : 0);
    }
    const QByteArray png = PngFrameEncoder::encode(frame, level);
    QVERIFY(png.startsWith("\x89PNG\r\n\x1a\n"));
    QVERIFY(png.endsWith(QByteArray("IEND\xae\x42\x60\x82", 8)));   // IEND's CRC is fixed
    QByteArray format;
    const QImage read = decode(png, &format);
    QCOMPARE(format, QByteArray("png"));
    QCOMPARE(read.size(), size);
    QVERIFY(!read.hasAlphaChannel());   // 8-bit RGB, no alpha written
    QVERIFY(read.convertToFormat(QImage::Format_RGB32) == frame);
    if (noise && level == 0)
        QCOMPARE(png.count("IDAT"), 5);
}

void TestPngFrameEncoder::transparencyIsDrawnOverBlack()
{
    QImage frame(4, 2, QImage::Format_ARGB32_Premultiplied);
    frame.fill(Qt::transparent);
    frame.setPixel(1, 0, qPremultiply(qRgba(200, 100, 50, 128)));
    frame.setPixel(2, 1, qRgb(10, 20, 30));
    const QImage read = decode(PngFrameEncoder::encode(frame)).convertToFormat(QImage::Format_RGB32);
    QCOMPARE(read.pixel(0, 0), qRgb(0, 0, 0));
    QCOMPARE(read.pixel(1, 0), qRgb(qRed(qPremultiply(qRgba(200, 100, 50, 128))), qGreen(qPremultiply(qRgba(200, 100, 50, 128))),
                                    qBlue(qPremultiply(qRgba(200, 100, 50, 128)))));
    QCOMPARE(read.pixel(2, 1), qRgb(10, 20, 30));
    // Another format is converted first.
    QImage rgb888(3, 3, QImage::Format_RGB888);
    rgb888.fill(QColor(1, 2, 3));
    QCOMPARE(decode(PngFrameEncoder::encode(rgb888)).pixel(2, 2), qRgb(1, 2, 3));
    QVERIFY(PngFrameEncoder::encode(QImage()).isEmpty());
}

void TestPngFrameEncoder::higherLevelsAreSmaller()
{
    QImage frame(800, 600, QImage::Format_RGB32);
    for (int y = 0; y < frame.height(); ++y)
        for (int x = 0; x < frame.width(); ++x)
            // Districts of five colours, every third one striped, as a map of dual power is.
            frame.setPixel(x, y, (x / 40 + y / 30) % 3 == 0 && (x + y) / 6 % 2 ? qRgb(240, 240, 230)
                                                                            : qRgb(40 * ((x / 40 + y / 30) % 5), 90, 160));
    const qsizetype stored = PngFrameEncoder::encode(frame, 0).size();
    const qsizetype fast = PngFrameEncoder::encode(frame, 1).size();
    const qsizetype smallest = PngFrameEncoder::encode(frame, PngFrameEncoder::kMaxLevel).size();
    QVERIFY2(stored > qsizetype(3) * 800 * 600, qPrintable(QString::number(stored)));
    QVERIFY2(fast < stored / 2, qPrintable(QStringLiteral("%1 vs %2").arg(fast).arg(stored)));
    QVERIFY2(smallest < fast, qPrintable(QStringLiteral("%1 vs %2").arg(smallest).arg(fast)));
}

QTEST_GUILESS_MAIN(TestPngFrameEncoder)
#include "testpngframeencoder.moc"
