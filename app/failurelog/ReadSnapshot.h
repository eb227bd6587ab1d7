#pragma once

#include <QSqlDatabase>

namespace xlink {

// One read transaction on a connection, held for the object's life: every statement run on
// that connection meanwhile sees the log as it was at the first read, whatever other
// connections and processes commit (WAL readers never block writers). A report reads its
// summary and its records under one, so its total always equals the records it lists.
class ReadSnapshot final
{
public:
    explicit ReadSnapshot(QSqlDatabase db);
    ~ReadSnapshot(); // ends the transaction
    Q_DISABLE_COPY_MOVE(ReadSnapshot)

    // False when the transaction could not begin (the reads then run one by one, as before).
    bool isActive() const { return m_active; }

private:
    QSqlDatabase m_db;
    bool m_active = false;
};

} // namespace xlink
