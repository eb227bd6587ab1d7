#include "report/PdfReportWriter.h"

#include "call/EnvironmentNames.h"
#include "catalogue/EntryFormatter.h"
#include "report/ChartPainter.h"
#include "report/CurlCommand.h"
#include "report/ReportText.h"

#include <QFontDatabase>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>

#include <functional>

namespace xlink {

namespace {

// Lays text out top to bottom in points and starts a new page when the next line does not fit.
// The page itself is the caller's: a PDF page, or an image for the preview.
class PageFlow final
{
public:
    PageFlow(QPainter &painter, const QRectF &area, std::function<void()> nextPage, int *pages)
        : m_painter(painter)
        , m_area(area)
        , m_nextPage(std::move(nextPage))
        , m_pages(pages)
    {
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
        m_nextPage();
        ++*m_pages;
        m_y = m_area.top();
    }

    // Wrapped at any character (URLs and bodies have no spaces to break at). Measured on the
    // page's own device, so the PDF and its preview break lines at the same places.
    void text(
        const QString &text, const QFont &font, const QColor &color = Qt::black, qreal indent = 0)
    {
        m_painter.setFont(font);
        m_painter.setPen(color);
        const QFontMetricsF metrics(font, m_painter.device());
        const qreal lineHeight = metrics.lineSpacing();
        const qreal available = width() - indent;
        for (const QString &line : wrap(text, metrics, available)) {
            ensure(lineHeight);
            m_painter.setFont(font);
            m_painter.setPen(color);
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
    QPainter &m_painter;
    QRectF m_area;
    std::function<void()> m_nextPage;
    int *m_pages;
    qreal m_y = 0;
};

constexpr qreal marginPoints = 36;

QPageSize pageSize()
{
    return QPageSize(QPageSize::A4);
}

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
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        *error = ReportText::tr("A PDF report needs the graphical application (fonts).");
        return false;
    }
    QPdfWriter writer(&device);
    writer.setTitle(ReportText::title());
    writer.setCreator(QStringLiteral("xlink-console " XLINK_VERSION));
    writer.setPageSize(pageSize());
    writer.setPageMargins(
        QMarginsF(marginPoints, marginPoints, marginPoints, marginPoints), QPageLayout::Point);
    writer.setResolution(72); // one device unit per point
    QPainter painter;
    if (!painter.begin(&writer)) {
        *error = ReportText::tr("Cannot start the PDF document.");
        return false;
    }
    const QRectF area(QPointF(0, 0), writer.pageLayout().paintRect(QPageLayout::Point).size());
    paint(
        report, painter, area, [&writer] { writer.newPage(); }, &m_pages);
    if (!painter.end()) {
        *error = ReportText::tr("Cannot finish the PDF document.");
        return false;
    }
    return true;
}

QList<QImage> PdfReportWriter::renderPages(const Report &report, qreal scale, int maxPages) const
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return {};
    const QSizeF pagePoints = pageSize().size(QPageSize::Point);
    const QSize pixels = (pagePoints * scale).toSize();
    // 72 dots per inch: a point is one unit, as on the PDF writer, before the scale.
    const int dotsPerMeter = qRound(72 / 0.0254);
    QList<QImage> pages;
    QImage overflow; // pages past maxPages are laid out (to count them) but not kept
    QPainter painter;
    auto newImage = [&] {
        QImage image(pixels, QImage::Format_RGB32);
        image.setDotsPerMeterX(dotsPerMeter);
        image.setDotsPerMeterY(dotsPerMeter);
        return image;
    };
    // The painter has ended on the previous page before the list grows, so the image it paints
    // on never moves under it.
    auto beginPage = [&] {
        QImage *target = &overflow;
        if (pages.size() < maxPages) {
            pages.append(newImage());
            target = &pages.last();
        } else if (overflow.isNull()) {
            overflow = newImage();
        }
        target->fill(Qt::white);
        painter.begin(target);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::TextAntialiasing);
        painter.scale(scale, scale);
        painter.translate(marginPoints, marginPoints);
    };
    beginPage();
    const QRectF area(QPointF(0, 0), pagePoints - QSizeF(2 * marginPoints, 2 * marginPoints));
    paint(
        report, painter, area,
        [&] {
            painter.end();
            beginPage();
        },
        &m_pages);
    painter.end();
    return pages;
}

void PdfReportWriter::paint(const Report &report, QPainter &painter, const QRectF &area,
    const std::function<void()> &nextPage, int *pages) const
{
    using T = ReportText;
    PageFlow flow(painter, area, nextPage, pages);
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
            flow.text(EntryFormatter::withoutCodeMarks(line.hintZh + u' ' + line.hintEn),
                textFont(8), grey, 12);
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
    const int limit = m_options.pdfRecordLimit;
    if (const QString plan = ReportText::pdfPlan(s.total, limit); !plan.isEmpty()) {
        flow.text(plan, textFont(9), grey);
        flow.advance(6);
    }
    const QFont heading = textFont(9.5, true);
    const QFont body = textFont(8.5);
    const QFont mono = monoFont(7.5);
    const int excerpt = std::min(m_options.bodyExcerptBytes, 1024);
    qint64 number = 0; // 1..N in the report's order; the log id follows the outcome
    report.forEachRecord([&](const StoredCall &stored) {
        if (number >= limit)
            return false;
        const LogEntry &e = stored.entry;
        flow.ensure(60); // keep a record's heading with its first lines
        flow.text(QString::number(++number) + u"  " + T::time(e.time) + u"  "
                + QString::fromLatin1(e.method) + u' ' + e.url,
            heading);
        flow.text(T::kindLabel(CallRecord::kindName(e.kind)) + u" · HTTP "
                + T::statusLabel(e.httpStatus) + u" · " + ReportText::tr("code") + u' '
                + T::codeLabel(e.code) + u" · " + EnvironmentNames::shown(e.environment) + u" · "
                + QString::number(e.durationMs) + u" ms · " + ReportText::tr("log id") + u' '
                + QString::number(e.id)
                + (e.sender.isEmpty() ? QString()
                                      : u" · " + ReportText::tr("sent by %1").arg(e.sender)),
            body, grey);
        flow.text(e.zh + u" / " + e.en, body);
        if (!e.serverMessage.isEmpty())
            flow.text(ReportText::tr("Server msg") + u": " + e.serverMessage, body);
        if (!e.failureText().isEmpty())
            flow.text(ReportText::tr("Detail") + u": " + e.failureText(), body);
        flow.text(CurlCommand::of(stored), mono, QColor(0x22, 0x22, 0x66), 8);
        if (!stored.call.responseBody.isEmpty())
            flow.text(
                T::bodyExcerpt(stored.call.responseBody, e.responseSize, excerpt), mono, grey, 8);
        flow.advance(8);
        return true;
    });
}

} // namespace xlink
