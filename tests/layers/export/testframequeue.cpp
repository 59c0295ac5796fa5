// The queue the PNG and video exports encode through: frames run on the worker threads while
// the caller draws the next, and an encoding's failure is said in frame order, the first one
// first, never lost and never before the frames ahead of it are done.

#include "export/framequeue.h"

#include <QTest>

#include <atomic>
#include <chrono>
#include <thread>

using namespace dpa;
using namespace std::chrono_literals;

class TestFrameQueue : public QObject
{
    Q_OBJECT
private slots:
    void everyFrameRunsOnTheWorkers();
    void theFirstErrorInFrameOrderIsSaid();
    void waitingForRoomStopsAtAnEarlierError();
    void abandoningDropsTheErrors();
};

void TestFrameQueue::everyFrameRunsOnTheWorkers()
{
    FrameQueue queue(3);
    std::atomic<int> done{0}, running{0}, mostAtOnce{0};
    for (int i = 0; i < 12; ++i)
        QVERIFY(!queue.add(
            [&]() -> std::optional<Error> {
                const int now = ++running;
                for (int seen = mostAtOnce; now > seen && !mostAtOnce.compare_exchange_weak(seen, now);) {
                }
                std::this_thread::sleep_for(20ms);
                --running;
                ++done;
                return std::nullopt;
            },
            3));
    QVERIFY(!queue.finish());
    QCOMPARE(done.load(), 12);
    QVERIFY2(mostAtOnce > 1, "frames were encoded one at a time");
    QVERIFY(mostAtOnce <= 3);
}

void TestFrameQueue::theFirstErrorInFrameOrderIsSaid()
{
    // Frame 2 fails slowly, frame 4 at once: frame 2's error is the one said.
    FrameQueue queue(4);
    std::atomic<int> done{0};
    auto frame = [&](int number, std::chrono::milliseconds takes, bool fails) {
        return [&, number, takes, fails]() -> std::optional<Error> {
            std::this_thread::sleep_for(takes);
            ++done;
            if (fails)
                return Error::plain(QStringLiteral("frame %1 failed").arg(number));
            return std::nullopt;
        };
    };
    QVERIFY(!queue.add(frame(1, 10ms, false), 8));
    QVERIFY(!queue.add(frame(2, 150ms, true), 8));
    QVERIFY(!queue.add(frame(3, 10ms, false), 8));
    QVERIFY(!queue.add(frame(4, 0ms, true), 8));
    const auto error = queue.finish();
    QVERIFY(error);
    QCOMPARE(error->message, QStringLiteral("frame 2 failed"));
    QCOMPARE(done.load(), 4);   // the frames after it were waited for: none still writes
}

void TestFrameQueue::waitingForRoomStopsAtAnEarlierError()
{
    FrameQueue queue(1);
    bool thirdRan = false;
    QVERIFY(!queue.add([] { return std::optional<Error>(Error::plain(QStringLiteral("disk full"))); }, 2));
    QVERIFY(!queue.add([] { return std::optional<Error>(); }, 2));
    const auto error = queue.add([&] { thirdRan = true; return std::optional<Error>(); }, 2);
    QVERIFY(error);
    QCOMPARE(error->message, QStringLiteral("disk full"));
    QVERIFY(!queue.finish());
    QVERIFY(!thirdRan);
}

void TestFrameQueue::abandoningDropsTheErrors()
{
    FrameQueue queue(2);
    for (int i = 0; i < 4; ++i)
        QVERIFY(!queue.add([] { return std::optional<Error>(Error::plain(QStringLiteral("cancelled"))); }, 8));
    queue.waitForAll();
    QVERIFY(!queue.finish());
}

QTEST_GUILESS_MAIN(TestFrameQueue)
#include "testframequeue.moc"
