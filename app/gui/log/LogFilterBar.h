#pragma once

#include "LogFilter.h"

#include <QWidget>

class QBoxLayout;
class QComboBox;
class QDateTimeEdit;
class QLineEdit;
class QTimer;
class QToolButton;

namespace xlink {

// The failure log's filters: what is typed (text, codes, statuses), the time range, and what is
// picked from the log's own names (kind, environment, sender, endpoint). Says when the filter
// changed (typing settles first); reads and queries nothing itself: the page hands it the
// names to offer. Two rows, so that at 1000 pixels wide the code field holds a whole code and
// every field its placeholder; the page adds its own controls around the second.
class LogFilterBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogFilterBar)

public:
    explicit LogFilterBar(QWidget *parent = nullptr);

    // The filter the controls describe now (a relative range counts back from now).
    LogFilter filter() const;
    // The sender picked (Team scope only), or none.
    QStringList senders() const;
    // The names the choices offer: the log's endpoints, environments and (team log) senders.
    // What is picked stays picked.
    void setChoices(
        const QStringList &endpoints, const QStringList &environments, const QStringList &senders);
    void setSenderShown(bool shown);
    // Shows only `code`, keeping the other filters (the code groups' pick).
    void setCode(int code);
    void clear();

    // The row the page adds its scope switch, summary and buttons to.
    QBoxLayout *choicesRow() const { return m_choicesRow; }
    // The first row's last control in Tab order (the page's own controls of the second row
    // are placed in Tab order around the bar's).
    QWidget *lastOfFirstRow() const;

    QLineEdit *textField() const { return m_text; }
    QComboBox *rangeBox() const { return m_range; }
    QComboBox *endpointBox() const { return m_endpoint; }
    QComboBox *environmentBox() const { return m_environment; }
    QComboBox *senderBox() const { return m_sender; }
    QDateTimeEdit *fromEdit() const { return m_from; }
    QDateTimeEdit *untilEdit() const { return m_until; }
    // The range box's entry for a custom from/until range.
    static constexpr int customRange = -1;

Q_SIGNALS:
    // Something was picked or typed (typing: once it settles, or at Enter).
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fillChoices();
    void emitChanged();

    QStringList m_endpointNames;
    QStringList m_environmentNames;
    QStringList m_senderNames;
    QTimer *m_textDelay;
    QLineEdit *m_text;
    QLineEdit *m_code;
    QLineEdit *m_status;
    QComboBox *m_range;
    // The custom range, shown when the range box says so.
    QDateTimeEdit *m_from;
    QDateTimeEdit *m_until;
    QToolButton *m_clear;
    QComboBox *m_kind;
    QComboBox *m_environment;
    QComboBox *m_sender;
    QComboBox *m_endpoint;
    QBoxLayout *m_choicesRow;
};

} // namespace xlink
