#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace xlink::test {

// A strict RFC 4180 reader for checking the CSV export: quoted fields may hold commas, quotes
// (doubled) and line breaks; records end with CRLF. Returns false on anything else.
inline bool readCsv(const QString &text, QList<QStringList> *rows)
{
    rows->clear();
    QStringList row;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < n && text.at(i + 1) == u'"') {
                    field += u'"';
                    i += 2;
                    continue;
                }
                quoted = false;
                ++i;
                // After a closing quote only a separator or the record end may follow.
                if (i < n && text.at(i) != u',' && text.at(i) != u'\r')
                    return false;
                continue;
            }
            field += c;
            ++i;
            continue;
        }
        if (c == u'"') {
            if (fieldStarted && !field.isEmpty())
                return false; // a quote inside an unquoted field
            quoted = true;
            fieldStarted = true;
            ++i;
        } else if (c == u',') {
            row << field;
            field.clear();
            fieldStarted = false;
            ++i;
        } else if (c == u'\r') {
            if (i + 1 >= n || text.at(i + 1) != u'\n')
                return false; // bare CR
            row << field;
            *rows << row;
            row.clear();
            field.clear();
            fieldStarted = false;
            i += 2;
        } else if (c == u'\n') {
            return false; // bare LF outside quotes
        } else {
            field += c;
            fieldStarted = true;
            ++i;
        }
    }
    if (quoted)
        return false;
    if (fieldStarted || !row.isEmpty()) {
        row << field;
        *rows << row;
    }
    return true;
}

} // namespace xlink::test
