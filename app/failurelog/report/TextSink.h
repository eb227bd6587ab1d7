#pragma once

#include <QByteArray>
#include <QIODevice>
#include <QString>

namespace xlink {

// Collects UTF-8 text and hands it to a device in large chunks, remembering the first error.
class TextSink final
{
public:
    explicit TextSink(QIODevice &device)
        : m_device(device)
    {
        m_buffer.reserve(chunk * 2);
    }
    ~TextSink() { flush(); }
    Q_DISABLE_COPY_MOVE(TextSink)

    TextSink &operator<<(const QString &text)
    {
        m_buffer += text.toUtf8();
        if (m_buffer.size() >= chunk)
            flush();
        return *this;
    }
    TextSink &operator<<(const QByteArray &bytes)
    {
        m_buffer += bytes;
        if (m_buffer.size() >= chunk)
            flush();
        return *this;
    }
    // The buffer itself, for a writer that appends UTF-8 to it directly; then flushIfFull().
    QByteArray &bytes() { return m_buffer; }
    void flushIfFull()
    {
        if (m_buffer.size() >= chunk)
            flush();
    }
    bool flush()
    {
        if (!m_buffer.isEmpty() && m_ok) {
            m_ok = m_device.write(m_buffer) == m_buffer.size();
            if (!m_ok)
                m_error = m_device.errorString();
        }
        m_buffer.resize(0); // keeps the capacity: no reallocation per chunk
        return m_ok;
    }
    bool finish(QString *error)
    {
        flush();
        if (!m_ok && error)
            *error = m_error;
        return m_ok;
    }

private:
    static constexpr qsizetype chunk = 256 * 1024;
    QIODevice &m_device;
    QByteArray m_buffer;
    bool m_ok = true;
    QString m_error;
};

} // namespace xlink
