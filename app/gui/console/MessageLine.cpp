#include "MessageLine.h"

#include <QEvent>

using namespace Qt::StringLiterals;

namespace xlink {

MessageLine::MessageLine(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(u"consoleMessage"_s);
    setWordWrap(true);
}

void MessageLine::say(std::function<QString()> words, bool isError)
{
    m_words = std::move(words);
    setText(m_words());
    setError(isError);
}

void MessageLine::say(const QString &text, bool isError)
{
    m_words = nullptr;
    setText(text);
    setError(isError);
}

void MessageLine::setError(bool isError)
{
    setStyleSheet(isError ? u"color: #b01c1c;"_s : QString());
}

void MessageLine::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_words)
        setText(m_words());
    QLabel::changeEvent(event);
}

} // namespace xlink
