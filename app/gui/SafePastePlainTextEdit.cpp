#include "SafePastePlainTextEdit.h"

#include <QMimeData>

namespace xlink {

namespace {

bool hasData(const QMimeData *source)
{
    return source && !source->formats().isEmpty();
}

} // namespace

SafePastePlainTextEdit::SafePastePlainTextEdit(QWidget *parent)
    : QPlainTextEdit(parent)
{ }

SafePastePlainTextEdit::~SafePastePlainTextEdit() = default;

bool SafePastePlainTextEdit::canInsertFromMimeData(const QMimeData *source) const
{
    return hasData(source) && QPlainTextEdit::canInsertFromMimeData(source);
}

void SafePastePlainTextEdit::insertFromMimeData(const QMimeData *source)
{
    if (hasData(source))
        QPlainTextEdit::insertFromMimeData(source);
}

} // namespace xlink
