#include "BodyEditor.h"

#include <QPaintEvent>
#include <QPainter>
#include <QTextBlock>

using namespace Qt::StringLiterals;

namespace xlink {

namespace {
constexpr int numberPadding = 6;
} // namespace

BodyEditor::BodyEditor(QWidget *parent)
    : SafePastePlainTextEdit(parent)
    , m_lineNumbers(new QWidget(this))
{
    m_lineNumbers->setObjectName(u"lineNumbers"_s);
    // Painted here (it needs the editor's block geometry), not by a widget class of its own.
    m_lineNumbers->installEventFilter(this);
    connect(this, &QPlainTextEdit::blockCountChanged, this, &BodyEditor::updateMargin);
    connect(this, &QPlainTextEdit::updateRequest, this, [this](const QRect &rect, int dy) {
        if (dy != 0)
            m_lineNumbers->scroll(0, dy);
        else
            m_lineNumbers->update(0, rect.y(), m_lineNumbers->width(), rect.height());
    });
    updateMargin();
}

BodyEditor::~BodyEditor() = default;

int BodyEditor::lineNumberAreaWidth() const
{
    int digits = 1;
    for (int count = std::max(1, blockCount()); count >= 10; count /= 10)
        ++digits;
    digits = std::max(digits, 2); // room for two digits, so typing line 10 does not shift
    return numberPadding * 2 + fontMetrics().horizontalAdvance(u'9') * digits;
}

void BodyEditor::updateMargin()
{
    setViewportMargins(lineNumberAreaWidth(), 0, 0, 0);
    const QRect area = contentsRect();
    m_lineNumbers->setGeometry(area.left(), area.top(), lineNumberAreaWidth(), area.height());
}

void BodyEditor::resizeEvent(QResizeEvent *event)
{
    SafePastePlainTextEdit::resizeEvent(event);
    updateMargin();
}

bool BodyEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_lineNumbers && event->type() == QEvent::Paint) {
        paintLineNumbers(static_cast<QPaintEvent *>(event));
        return true;
    }
    return SafePastePlainTextEdit::eventFilter(watched, event);
}

void BodyEditor::paintLineNumbers(QPaintEvent *event)
{
    QPainter painter(m_lineNumbers);
    painter.fillRect(event->rect(), palette().color(QPalette::AlternateBase));
    painter.setPen(palette().color(QPalette::Disabled, QPalette::Text));
    painter.setFont(font());
    const int current = textCursor().blockNumber();
    QTextBlock block = firstVisibleBlock();
    int top = qRound(blockBoundingGeometry(block).translated(contentOffset()).top());
    const int width = m_lineNumbers->width() - numberPadding;
    while (block.isValid() && top <= event->rect().bottom()) {
        const int height = qRound(blockBoundingRect(block).height());
        if (block.isVisible() && top + height >= event->rect().top()) {
            QFont numberFont = font();
            numberFont.setBold(block.blockNumber() == current);
            painter.setFont(numberFont);
            painter.drawText(0, top, width, fontMetrics().height(), Qt::AlignRight,
                QString::number(block.blockNumber() + 1));
        }
        top += height;
        block = block.next();
    }
}

} // namespace xlink
