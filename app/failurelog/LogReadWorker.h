#pragma once

#include "LogQuery.h"

#include <QObject>

#include <functional>
#include <memory>

namespace xlink {

class LogDatabase;

// One LogReader lane's side of its thread: the connection, opened there on the first read
// (after the store has opened the file: no migration, no check).
class LogReadWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogReadWorker)

public:
    explicit LogReadWorker(QString path);
    ~LogReadWorker() override;

    // On the worker's thread: `job` gets the query, or nullptr when the file cannot be opened.
    void run(const std::function<void(const LogQuery *)> &job);
    // On the worker's thread, before it stops: closes the connection where it was opened.
    void close();

private:
    QString m_path;
    std::unique_ptr<LogDatabase> m_database;
    std::unique_ptr<LogQuery> m_query;
};

} // namespace xlink
