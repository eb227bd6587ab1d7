#include "VisibleTexts.h"

#include <QAbstractButton>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QTabBar>
#include <QTableWidget>

using namespace Qt::StringLiterals;

namespace xlink::test {

QStringList chineseTextsIn(const QWidget *root)
{
    static const QRegularExpression han(u"\\p{Han}"_s);
    QStringList found;
    const auto check = [&](const QWidget *widget, const QString &text) {
        // The language's own name ("中文/English" in a search field's hint) is no leftover.
        if (QString(text).remove(u"中文"_s).contains(han))
            found.append(
                u"%1 (%2): %3"_s.arg(QString::fromLatin1(widget->metaObject()->className()),
                    widget->objectName(), text));
    };
    QList<const QWidget *> widgets { root };
    for (const QWidget *child : root->findChildren<QWidget *>())
        widgets.append(child);
    for (const QWidget *widget : std::as_const(widgets)) {
        if (!widget->isVisible())
            continue;
        if (const auto *label = qobject_cast<const QLabel *>(widget)) {
            check(label, label->text());
        } else if (const auto *button = qobject_cast<const QAbstractButton *>(widget)) {
            check(button, button->text());
        } else if (const auto *field = qobject_cast<const QLineEdit *>(widget)) {
            check(field, field->placeholderText());
        } else if (const auto *tabs = qobject_cast<const QTabBar *>(widget)) {
            for (int i = 0; i < tabs->count(); ++i)
                check(tabs, tabs->tabText(i));
        } else if (const auto *table = qobject_cast<const QTableWidget *>(widget)) {
            for (int column = 0; column < table->columnCount(); ++column) {
                if (const QTableWidgetItem *header = table->horizontalHeaderItem(column))
                    check(table, header->text());
                for (int row = 0; row < table->rowCount(); ++row) {
                    if (const QTableWidgetItem *item = table->item(row, column))
                        check(table, item->text());
                }
            }
        }
    }
    return found;
}

} // namespace xlink::test
