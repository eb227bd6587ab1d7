#include "LargeTextView.h"

#include "JsonHighlighter.h"
#include "TextLines.h"

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QFontDatabase>
#include <QKeyEvent>
#include <QMenu>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>

namespace xlink {

namespace {

constexpr int margin = 4;

} // namespace

LargeTextView::LargeTextView(QWidget *parent)
    : QAbstractScrollArea(parent)
{
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setFocusPolicy(Qt::StrongFocus);
    viewport()->setCursor(Qt::IBeamCursor);
    viewport()->setBackgroundRole(QPalette::Base);
    viewport()->setAutoFillBackground(true);
    updateScrollBars();
}

LargeTextView::~LargeTextView() = default;

void LargeTextView::setLines(std::shared_ptr<const TextLines> lines)
{
    m_lines = std::move(lines);
    m_markOffset = -1;
    m_markLength = 0;
    m_hasSelection = false;
    m_anchor = m_cursor = {};
    verticalScrollBar()->setValue(0);
    horizontalScrollBar()->setValue(0);
    updateScrollBars();
    viewport()->update();
}

void LargeTextView::setPlaceholder(const QString &text)
{
    m_placeholder = text;
    viewport()->update();
}

void LargeTextView::clear()
{
    setLines(nullptr);
}

QString LargeTextView::text() const
{
    return m_lines ? QString::fromUtf8(m_lines->text()) : QString();
}

qsizetype LargeTextView::rowCount() const
{
    return m_lines ? m_lines->rowCount() : 0;
}

qsizetype LargeTextView::firstVisibleRow() const
{
    return verticalScrollBar()->value();
}

void LargeTextView::setJsonHighlighting(bool on)
{
    m_json = on;
    viewport()->update();
}

int LargeTextView::lineHeight() const
{
    return std::max(1, fontMetrics().lineSpacing());
}

int LargeTextView::visibleRows() const
{
    return std::max(1, viewport()->height() / lineHeight());
}

void LargeTextView::updateScrollBars()
{
    // QScrollBar counts in int: 2^31 rows are far beyond the largest body the client accepts.
    const qsizetype rows = rowCount();
    verticalScrollBar()->setRange(0, int(std::max<qsizetype>(0, rows - visibleRows())));
    verticalScrollBar()->setPageStep(visibleRows());
    verticalScrollBar()->setSingleStep(1);
    const qsizetype longest = m_lines ? m_lines->longestRowBytes() : 0;
    const qint64 width = qint64(longest) * fontMetrics().horizontalAdvance(u'M') + 2 * margin;
    horizontalScrollBar()->setRange(0,
        int(std::clamp<qint64>(width - viewport()->width(), 0, std::numeric_limits<int>::max())));
    horizontalScrollBar()->setPageStep(viewport()->width());
    horizontalScrollBar()->setSingleStep(fontMetrics().horizontalAdvance(u'M') * 4);
}

void LargeTextView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateScrollBars();
}

void LargeTextView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange)
        updateScrollBars();
    QAbstractScrollArea::changeEvent(event);
}

void LargeTextView::paintEvent(QPaintEvent *)
{
    QPainter painter(viewport());
    painter.setFont(font());
    if (rowCount() == 0 || (m_lines->rowCount() == 1 && m_lines->rowLength(0) == 0)) {
        if (!m_placeholder.isEmpty()) {
            painter.setPen(palette().color(QPalette::PlaceholderText));
            painter.drawText(viewport()->rect().adjusted(margin, margin, -margin, -margin),
                Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, m_placeholder);
        }
        return;
    }
    const qsizetype first = firstVisibleRow();
    const qsizetype last = std::min(rowCount(), first + visibleRows() + 1);
    for (qsizetype row = first; row < last; ++row)
        paintRow(painter, row, int(row - first) * lineHeight());
}

void LargeTextView::paintRow(QPainter &painter, qsizetype row, int y)
{
    const QFontMetricsF metrics(font());
    // Shaping costs per character: leave out what lies beyond the right edge. No character of
    // the fixed font is narrower than a digit (CJK ones are wider), so this many always cover it.
    const qsizetype fitting = qsizetype((horizontalScrollBar()->value() + viewport()->width())
                                  / std::max<qreal>(1, metrics.horizontalAdvance(u'0')))
        + 2;
    const QString text = m_lines->rowText(row).left(fitting);
    const qreal x0 = margin - horizontalScrollBar()->value();
    const int height = lineHeight();
    auto xAt = [&](qsizetype column) {
        return x0 + metrics.horizontalAdvance(QStringView(text).left(column).toString());
    };
    auto fill = [&](qsizetype from, qsizetype to, const QColor &colour) {
        if (to <= from)
            return;
        painter.fillRect(QRectF(xAt(from), y, xAt(to) - xAt(from), height), colour);
    };

    // The marked range (a search result) and the selection, under the text.
    if (m_markOffset >= 0) {
        const qsizetype start = m_lines->rowStart(row);
        const qsizetype end = start + m_lines->rowLength(row);
        const qsizetype markEnd = m_markOffset + m_markLength;
        if (m_markOffset < end + 1 && markEnd > start)
            fill(m_lines->columnOf(row, std::max(m_markOffset, start)),
                m_lines->columnOf(row, std::min(markEnd, end)), QColor(0xff, 0xe0, 0x82));
    }
    if (m_hasSelection) {
        const Position from = std::min(m_anchor, m_cursor);
        const Position to = std::max(m_anchor, m_cursor);
        if (row >= from.row && row <= to.row)
            fill(row == from.row ? from.column : 0, row == to.row ? to.column : text.size(),
                palette().color(QPalette::Highlight).lighter(160));
    }

    const qreal baseline = y + metrics.ascent();
    painter.setPen(palette().color(QPalette::Text));
    if (!m_json) {
        painter.drawText(QPointF(x0, baseline), text);
        return;
    }
    qsizetype done = 0;
    qreal x = x0;
    auto draw = [&](qsizetype from, qsizetype to, const QColor &colour) {
        const QString piece = text.mid(from, to - from);
        painter.setPen(colour);
        painter.drawText(QPointF(x, baseline), piece);
        x += metrics.horizontalAdvance(piece);
    };
    const QColor plain = palette().color(QPalette::Text);
    for (const JsonHighlighter::Span &span : JsonHighlighter::spans(text)) {
        draw(done, span.start, plain);
        draw(span.start, span.start + span.length, JsonHighlighter::colour(span.kind));
        done = span.start + span.length;
    }
    draw(done, text.size(), plain);
}

LargeTextView::Position LargeTextView::positionAt(const QPoint &point) const
{
    Position position;
    if (rowCount() == 0)
        return position;
    position.row
        = std::clamp<qsizetype>(firstVisibleRow() + point.y() / lineHeight(), 0, rowCount() - 1);
    const QString text = m_lines->rowText(position.row);
    const QFontMetricsF metrics(font());
    const qreal x = point.x() - margin + horizontalScrollBar()->value();
    // The first column whose left half lies beyond x.
    qsizetype low = 0;
    qsizetype high = text.size();
    while (low < high) {
        const qsizetype middle = (low + high) / 2;
        const qreal left = metrics.horizontalAdvance(text.left(middle));
        const qreal right = metrics.horizontalAdvance(text.left(middle + 1));
        if ((left + right) / 2 < x)
            low = middle + 1;
        else
            high = middle;
    }
    position.column = low;
    return position;
}

void LargeTextView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QAbstractScrollArea::mousePressEvent(event);
    m_cursor = positionAt(event->position().toPoint());
    if (!(event->modifiers() & Qt::ShiftModifier))
        m_anchor = m_cursor;
    m_hasSelection = m_anchor != m_cursor;
    viewport()->update();
}

void LargeTextView::mouseMoveEvent(QMouseEvent *event)
{
    if (!(event->buttons() & Qt::LeftButton))
        return QAbstractScrollArea::mouseMoveEvent(event);
    m_cursor = positionAt(event->position().toPoint());
    m_hasSelection = m_anchor != m_cursor;
    viewport()->update();
}

void LargeTextView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QAbstractScrollArea::mouseDoubleClickEvent(event);
    selectWordAt(event->position().toPoint());
}

void LargeTextView::selectWordAt(const QPoint &point)
{
    if (rowCount() == 0)
        return;
    const Position at = positionAt(point);
    const QString text = m_lines->rowText(at.row);
    const auto inWord = [&text](qsizetype i) {
        const QChar c = text.at(i);
        return c.isLetterOrNumber() || c == u'_' || c == u'-';
    };
    qsizetype start = std::min(at.column, text.size());
    qsizetype end = start;
    // The character under the pointer may be just before the column the click fell on.
    if ((end >= text.size() || !inWord(end)) && start > 0 && inWord(start - 1))
        --start, --end;
    if (end >= text.size() || !inWord(end))
        return;
    while (start > 0 && inWord(start - 1))
        --start;
    while (end < text.size() && inWord(end))
        ++end;
    m_anchor = { at.row, start };
    m_cursor = { at.row, end };
    m_hasSelection = true;
    viewport()->update();
}

QMenu *LargeTextView::createContextMenu()
{
    auto *menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("textViewMenu"));
    QAction *copyAction = menu->addAction(tr("&Copy"), this, &LargeTextView::copy);
    copyAction->setObjectName(QStringLiteral("copy"));
    copyAction->setShortcut(QKeySequence::Copy);
    copyAction->setEnabled(m_hasSelection);
    QAction *all = menu->addAction(tr("Select &All"), this, &LargeTextView::selectAll);
    all->setObjectName(QStringLiteral("selectAll"));
    all->setShortcut(QKeySequence::SelectAll);
    all->setEnabled(rowCount() > 0);
    return menu;
}

void LargeTextView::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu *menu = createContextMenu();
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(event->globalPos());
}

void LargeTextView::keyPressEvent(QKeyEvent *event)
{
    if (event == QKeySequence::Copy) {
        copy();
        return;
    }
    if (event == QKeySequence::SelectAll) {
        selectAll();
        return;
    }
    // A read-only view: Home and End (with or without Ctrl) go to the start and the end of the
    // text, as in a browser. QAbstractScrollArea handles the arrows and pages only.
    if (event->key() == Qt::Key_Home || event->key() == Qt::Key_End) {
        QScrollBar *rows = verticalScrollBar();
        const bool home = event->key() == Qt::Key_Home;
        rows->setValue(home ? rows->minimum() : rows->maximum());
        horizontalScrollBar()->setValue(0);
        return;
    }
    QAbstractScrollArea::keyPressEvent(event);
}

QString LargeTextView::selectedText() const
{
    if (!m_hasSelection || !m_lines)
        return {};
    const Position from = std::min(m_anchor, m_cursor);
    const Position to = std::max(m_anchor, m_cursor);
    return m_lines->textBetween(from.row, from.column, to.row, to.column);
}

void LargeTextView::selectAll()
{
    if (rowCount() == 0)
        return;
    m_anchor = {};
    m_cursor = { rowCount() - 1, m_lines->rowText(rowCount() - 1).size() };
    m_hasSelection = m_anchor != m_cursor;
    viewport()->update();
}

void LargeTextView::copy() const
{
    const QString text = selectedText();
    if (!text.isEmpty())
        QApplication::clipboard()->setText(text);
}

void LargeTextView::showRange(qsizetype offset, qsizetype length)
{
    if (!m_lines)
        return;
    m_markOffset = offset;
    m_markLength = length;
    const qsizetype row = m_lines->rowAt(offset);
    // Put the match a third of the way down, with the rows before it for context.
    verticalScrollBar()->setValue(int(std::max<qsizetype>(0, row - visibleRows() / 3)));
    const QString text = m_lines->rowText(row);
    const int x
        = int(QFontMetricsF(font()).horizontalAdvance(text.left(m_lines->columnOf(row, offset))));
    const int hValue = horizontalScrollBar()->value();
    if (x < hValue || x > hValue + viewport()->width() - 4 * margin)
        horizontalScrollBar()->setValue(std::max(0, x - viewport()->width() / 3));
    viewport()->update();
}

} // namespace xlink
