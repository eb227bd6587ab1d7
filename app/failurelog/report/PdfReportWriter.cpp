#include "report/PdfReportWriter.h"

#include "report/ChartPainter.h"
#include "report/CurlCommand.h"
#include "report/ReportText.h"

#include <QFontDatabase>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>

namespace xlink {

namespace {

// Lays text out top to bottom in points and starts a new page when the next line does not fit.
class PageFlow final
{
public:
    PageFlow(QPdfWriter &writer, QPainter &painter, int *pages)
        : m_writer(writer)
        , m_painter(painter)
        , m_pages(pages)
    {
        const QRectF page
            = QRectF(QPointF(0, 0), writer.pageLayout().paintRect(QPageLayout::Point).size());
        m_area = page;
        m_y = m_area.top();
        *m_pages = 1;
    }

    qreal width() const { return m_area.width(); }
    qreal left() const { return m_area.left(); }
    qreal y() const { return m_y; }
    void advance(qreal dy) { m_y += dy; }

    void ensure(qreal height)
    {
        if (m_y + height > m_area.bottom() && m_y > m_area.top())
            newPage();
    }
    void newPage()
    {
        m_writer.newPage();
        ++*m_pages;
        m_y = m_area.top();
    }

    // Wrapped at any character (URLs and bodies have no spaces to break at).
    void text(
        const QString &text, const QFont &font, const QColor &color = Qt::black, qreal indent = 0)
    {
        m_painter.setFont(font);
        m_painter.setPen(color);
        const QFontMetricsF metrics(font);
        const qreal lineHeight = metrics.lineSpacing();
        const qreal available = width() - indent;
        for (const QString &line : wrap(text, metrics, available)) {
            ensure(lineHeight);
            m_painter.drawText(QPointF(left() + indent, m_y + metrics.ascent()), line);
            m_y += lineHeight;
        }
    }

    static QStringList wrap(const QString &text, const QFontMetricsF &metrics, qreal width)
    {
        QStringList lines;
        for (const QString &paragraph : text.split(u'\n')) {
            QString line;
            qreal used = 0;
            for (const QChar c : paragraph) {
                const qreal advance = metrics.horizontalAdvance(c);
                if (used + advance > width && !line.isEmpty()) {
                    lines << line;
                    line.clear();
                    used = 0;
                }
                line += c == u'\t' ? u' ' : c;
                used += advance;
            }
            lines << line;
        }
        return lines;
    }

private:
    QPdfWriter &m_writer;
    QPainter &m_painter;
    int *m_pages;
    QRectF m_area;
    qreal m_y = 0;
};

QFont textFont(qreal points, bool bold = false)
{
    QFont font;
    font.setFamilies({ QStringLiteral("Noto Sans"), QStringLiteral("DejaVu Sans"),
        QStringLiteral("WenQuanYi Micro Hei"), QStringLiteral("Noto Sans CJK SC") });
    font.setPointSizeF(points);
    font.setBold(bold);
    return font;
}

QFont monoFont(qreal points)
{
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    font.setPointSizeF(points);
    return font;
}

} // namespace

bool PdfReportWriter::write(const Report &report, QIODevice &device, QString *error) const
{
    using T = ReportText;
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        *error = ReportText::tr("A PDF report needs the graphical application (fonts).");
        return false;
    }
    QPdfWriter writer(&device);
    writer.setTitle(T::title());
    writer.setCreator(QStringLiteral("xlink-console " XLINK_VERSION));
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(36, 36, 36, 36), QPageLayout::Point);
    writer.setResolution(72); // one device unit per point
    QPainter painter;
    if (!painter.begin(&writer)) {
        *error = ReportText::tr("Cannot start the PDF document.");
        return false;
    }
    PageFlow flow(writer, painter, &m_pages);
    const ReportSummary &s = report.summary;
    const QColor grey(0x55, 0x55, 0x55);

    flow.text(T::title(), textFont(18, true));
    flow.advance(4);
    flow.text(ReportText::tr("Generated") + u": " + T::time(report.generatedAt), textFont(9), grey);
    flow.text(ReportText::tr("Selection") + u": " + report.filterDescription, textFont(9), grey);
    flow.text(ReportText::tr("Records") + u": " + QString::number(s.total) + u"    "
            + ReportText::tr("Time range") + u": " + T::time(s.from) + u" — " + T::time(s.to),
        textFont(9), grey);
    flow.advance(10);

    painter.setFont(textFont(8));
    if (!s.byCode.isEmpty()) {
        flow.text(ReportText::tr("Failures by code"), textFont(11, true));
        const qreal height = 14.0 * std::min<qsizetype>(s.byCode.size(), 10);
        flow.ensure(height);
        painter.setFont(textFont(8));
        ChartPainter::drawByCode(
            painter, QRectF(flow.left(), flow.y(), flow.width(), height), s.byCode);
        flow.advance(height + 10);
    }
    if (!s.timeline.isEmpty()) {
        flow.text(ReportText::tr("Failures over time"), textFont(11, true));
        const qreal height = 110;
        flow.ensure(height);
        painter.setFont(textFont(8));
        ChartPainter::drawOverTime(
            painter, QRectF(flow.left(), flow.y(), flow.width(), height), s.timeline);
        flow.advance(height + 10);
    }

    flow.text(ReportText::tr("By code"), textFont(11, true));
    for (const auto &line : s.byCode) {
        flow.text(QString::number(line.code) + u"  ×" + QString::number(line.count) + u"  "
                + line.zh + u" / " + line.en,
            textFont(9));
        if (!line.hintZh.isEmpty() || !line.hintEn.isEmpty())
            flow.text(line.hintZh + u' ' + line.hintEn, textFont(8), grey, 12);
    }
    flow.advance(6);
    flow.text(ReportText::tr("By endpoint"), textFont(11, true));
    for (const auto &line : s.byEndpoint)
        flow.text(line.key + u"  ×" + QString::number(line.count), textFont(9));
    flow.advance(6);
    flow.text(ReportText::tr("By HTTP status"), textFont(11, true));
    for (const auto &line : s.byStatus)
        flow.text(T::statusLabel(line.status) + u"  ×" + QString::number(line.count) + u"  "
                + line.zh + (line.en.isEmpty() ? QString() : u" / " + line.en),
            textFont(9));

    flow.newPage();
    flow.text(ReportText::tr("Records"), textFont(14, true));
    flow.advance(4);
    const QFont heading = textFont(9.5, true);
    const QFont body = textFont(8.5);
    const QFont mono = monoFont(7.5);
    const int excerpt = std::min(m_options.bodyExcerptBytes, 1024);
    report.forEachRecord([&](const StoredCall &stored) {
        const LogEntry &e = stored.entry;
        flow.ensure(60); // keep a record's heading with its first lines
        flow.text(u'#' + QString::number(e.id) + u"  " + T::time(e.time) + u"  "
                + QString::fromLatin1(e.method) + u' ' + e.url,
            heading);
        flow.text(T::kindLabel(CallRecord::kindName(e.kind)) + u" · HTTP "
                + T::statusLabel(e.httpStatus) + u" · " + ReportText::tr("code") + u' '
                + T::codeLabel(e.code) + u" · " + e.environment + u" · "
                + QString::number(e.durationMs) + u" ms",
            body, grey);
        flow.text(e.zh + u" / " + e.en, body);
        if (!e.serverMessage.isEmpty())
            flow.text(ReportText::tr("Server msg") + u": " + e.serverMessage, body);
        if (!e.errorText.isEmpty())
            flow.text(ReportText::tr("Detail") + u": " + e.errorText, body);
        flow.text(CurlCommand::of(stored.call), mono, QColor(0x22, 0x22, 0x66), 8);
        if (!stored.call.responseBody.isEmpty())
            flow.text(
                T::bodyExcerpt(stored.call.responseBody, e.responseSize, excerpt), mono, grey, 8);
        flow.advance(8);
        return true;
    });
    if (!painter.end()) {
        *error = ReportText::tr("Cannot finish the PDF document.");
        return false;
    }
    return true;
}

} // namespace xlink
