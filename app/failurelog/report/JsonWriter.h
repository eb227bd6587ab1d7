#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QLatin1StringView>
#include <QStringView>

namespace xlink {

// Writes compact JSON text straight into a UTF-8 buffer: a large report is streamed record by
// record without building a QJsonObject (and its CBOR storage) per record, which cost several
// times the rest of the export. Qt 6.4 has no streaming JSON writer (QJsonDocument needs the
// whole value; QCborStreamWriter writes CBOR). Strings are escaped as QJsonDocument::toJson
// escapes them, so the text reads back to the same values.
// The caller keeps the structure well formed (a key before each value inside an object).
class JsonWriter final
{
public:
    explicit JsonWriter(QByteArray &out)
        : m_out(out)
    { }
    Q_DISABLE_COPY_MOVE(JsonWriter)

    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    // The name of the next member; `name` is plain ASCII that needs no escaping.
    void key(QLatin1StringView name);

    void string(QStringView text);
    // Text in UTF-8, read as QString::fromUtf8 reads it (bad sequences become U+FFFD); ASCII,
    // the usual case, is copied as it is.
    void utf8String(QByteArrayView text);
    // Text in Latin-1 (header names).
    void latin1String(QByteArrayView text);
    void number(qint64 value);
    void boolean(bool value);
    void null();

    // key + value in one call, for the members of an object.
    void member(QLatin1StringView name, QStringView text) { key(name), string(text); }
    void member(QLatin1StringView name, qint64 value) { key(name), number(value); }

    static bool isAscii(QByteArrayView bytes);

private:
    void separate();
    void escaped(QStringView text);
    void asciiString(QByteArrayView text);

    QByteArray &m_out;
    bool m_needsComma = false;
};

} // namespace xlink
