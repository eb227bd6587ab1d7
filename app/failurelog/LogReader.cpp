#include "LogReader.h"

#include "LogReadWorker.h"

namespace xlink {

LogReader::LogReader(QString path, QObject *parent)
    : QObject(parent)
{
    const char *names[] = { "xlink.failurelog.reader", "xlink.failurelog.background" };
    for (int lane = 0; lane < 2; ++lane) {
        Thread &thread = m_lanes[lane];
        thread.thread.setObjectName(QString::fromLatin1(names[lane]));
        thread.worker = new LogReadWorker(path);
        thread.worker->moveToThread(&thread.thread);
        thread.thread.start();
    }
}

LogReader::~LogReader()
{
    for (Thread &thread : m_lanes) {
        QMetaObject::invokeMethod(
            thread.worker, [worker = thread.worker] { worker->close(); },
            Qt::BlockingQueuedConnection);
        thread.thread.quit();
        thread.thread.wait();
        delete thread.worker;
    }
}

void LogReader::post(Lane lane, std::function<void(const LogQuery *)> job)
{
    LogReadWorker *worker = m_lanes[lane == Lane::Interactive ? 0 : 1].worker;
    QMetaObject::invokeMethod(
        worker, [worker, job = std::move(job)] { worker->run(job); }, Qt::QueuedConnection);
}

} // namespace xlink
