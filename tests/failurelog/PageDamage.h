#pragma once

// Damages one page of an SQLite file the way a bad disk sector or a stray write would, for the
// tests of what the failure log does with damage it finds after opening. Use while no
// connection has the file open (and its WAL checkpointed into it).
#include <QFile>
#include <QList>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

namespace xlink::test {

struct PageDamage
{
    // The first column of `sql` run on a connection of its own, closed before returning.
    static QList<QVariant> column(const QString &path, const QString &sql)
    {
        const QString name = QStringLiteral("test.page-damage");
        QList<QVariant> values;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(path);
            if (db.open()) {
                QSqlQuery query(db);
                if (!query.exec(sql))
                    qWarning() << query.lastError().text();
                while (query.next())
                    values << query.value(0);
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        return values;
    }

    // A leaf page from the middle of a b-tree (dbstat lists its pages in key order), far from
    // its first and last entries; 0 when it has too few leaves to have a middle.
    static int middleLeaf(const QString &path, const QString &tree)
    {
        const QList<QVariant> leaves = column(path,
            QStringLiteral("SELECT pageno FROM dbstat WHERE name = '%1' AND pagetype = 'leaf'"
                           " ORDER BY path")
                .arg(tree));
        return leaves.size() < 20 ? 0 : leaves.at(leaves.size() / 2).toInt();
    }

    // The root page of a b-tree when it is an interior page (the tree spans several leaves).
    static int interiorRoot(const QString &path, const QString &tree)
    {
        const int root = column(
            path, QStringLiteral("SELECT rootpage FROM sqlite_master WHERE name = '%1'").arg(tree))
                             .value(0)
                             .toInt();
        const QString type = column(
            path, QStringLiteral("SELECT pagetype FROM dbstat WHERE pageno = %1").arg(root))
                                 .value(0)
                                 .toString();
        return type == QStringLiteral("internal") ? root : 0;
    }

    // Overwrites `page` with bytes that are no valid b-tree page; the file's bytes after, or
    // empty when it could not.
    static QByteArray damage(const QString &path, int page)
    {
        const int pageSize = column(path, QStringLiteral("PRAGMA page_size")).value(0).toInt();
        QFile file(path);
        if (page <= 1 || pageSize <= 0 || !file.open(QIODevice::ReadWrite))
            return {};
        if (!file.seek(qint64(page - 1) * pageSize)
            || file.write(QByteArray(pageSize, '\xa5')) != pageSize)
            return {};
        file.close();
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return file.readAll();
    }
};

} // namespace xlink::test
