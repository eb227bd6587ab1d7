#include "LogFilterBar.h"

#include "call/CallRecord.h"
#include "call/EnvironmentNames.h"
#include "log/FailureLogModel.h"

#include <QBoxLayout>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QEvent>
#include <QLineEdit>
#include <QStyle>
#include <QStyleOptionFrame>
#include <QTimer>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace xlink {

namespace {

// At least as wide as each of `texts` with the clear button beside it.
void fitFieldTo(QLineEdit *field, const QStringList &texts)
{
    int text = 0;
    for (const QString &sample : texts)
        text = qMax(text, field->fontMetrics().horizontalAdvance(sample));
    QStyleOptionFrame option;
    option.initFrom(field);
    option.lineWidth = field->style()->pixelMetric(QStyle::PM_DefaultFrameWidth, &option, field);
    const QSize size = field->style()->sizeFromContents(
        QStyle::CT_LineEdit, &option, QSize(text + 4, field->fontMetrics().height()), field);
    // The clear button's room (QLineEdit's side widget: the icon and its margins).
    const int clearButton = field->isClearButtonEnabled() ? field->fontMetrics().height() + 10 : 0;
    field->setMinimumWidth(size.width() + clearButton);
}

QLineEdit *newField(const QString &name, QWidget *parent)
{
    auto *field = new QLineEdit(parent);
    field->setObjectName(name);
    field->setClearButtonEnabled(true);
    return field;
}

QComboBox *newBox(const QString &name, QWidget *parent)
{
    auto *box = new QComboBox(parent);
    box->setObjectName(name);
    return box;
}

} // namespace

LogFilterBar::LogFilterBar(QWidget *parent)
    : QWidget(parent)
    , m_textDelay(new QTimer(this))
    // Created in the order Tab walks them: the first row, then the second.
    , m_text(newField(u"logTextFilter"_s, this))
    , m_code(newField(u"logCodeFilter"_s, this))
    , m_status(newField(u"logStatusFilter"_s, this))
    , m_range(newBox(u"logRangeFilter"_s, this))
    , m_from(new QDateTimeEdit(QDateTime::currentDateTime().addDays(-1), this))
    , m_until(new QDateTimeEdit(QDateTime::currentDateTime(), this))
    , m_clear(new QToolButton(this))
    , m_kind(newBox(u"logKindFilter"_s, this))
    , m_environment(newBox(u"logEnvironmentFilter"_s, this))
    , m_sender(newBox(u"logSenderFilter"_s, this))
    , m_endpoint(newBox(u"logEndpointFilter"_s, this))
    , m_choicesRow(new QHBoxLayout)
{
    m_endpoint->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_endpoint->setMinimumContentsLength(16);
    // Not as wide as its longest kind: the row fits a 1000-pixel screen (the list still
    // shows each kind whole).
    m_kind->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_kind->setMinimumContentsLength(12);
    m_sender->setVisible(false);
    m_from->setObjectName(u"logRangeFrom"_s);
    m_until->setObjectName(u"logRangeUntil"_s);
    m_clear->setObjectName(u"logClearFilters"_s);
    for (QDateTimeEdit *edit : { m_from, m_until }) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(u"yyyy-MM-dd HH:mm"_s);
        edit->setVisible(false);
    }

    auto *typed = new QHBoxLayout;
    typed->addWidget(m_text, 3);
    typed->addWidget(m_code, 1);
    typed->addWidget(m_status, 1);
    typed->addWidget(m_range);
    typed->addWidget(m_from);
    typed->addWidget(m_until);
    typed->addWidget(m_clear);
    m_choicesRow->addWidget(m_kind);
    m_choicesRow->addWidget(m_environment);
    m_choicesRow->addWidget(m_sender);
    m_choicesRow->addWidget(m_endpoint, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(typed);
    layout->addLayout(m_choicesRow);

    m_textDelay->setSingleShot(true);
    m_textDelay->setInterval(200);
    connect(m_textDelay, &QTimer::timeout, this, &LogFilterBar::emitChanged);
    for (QLineEdit *edit : { m_text, m_code, m_status }) {
        connect(edit, &QLineEdit::textEdited, m_textDelay, qOverload<>(&QTimer::start));
        connect(edit, &QLineEdit::returnPressed, this, &LogFilterBar::emitChanged);
    }
    for (QComboBox *box : { m_endpoint, m_environment, m_kind, m_range, m_sender })
        connect(box, &QComboBox::activated, this, &LogFilterBar::emitChanged);
    for (QDateTimeEdit *edit : { m_from, m_until })
        connect(edit, &QDateTimeEdit::dateTimeChanged, m_textDelay, qOverload<>(&QTimer::start));
    connect(m_clear, &QToolButton::clicked, this, &LogFilterBar::clear);
    retranslateUi();
}

LogFilter LogFilterBar::filter() const
{
    LogFilter filter;
    filter.text = m_text->text().trimmed();
    filter.setCodesFromText(m_code->text());
    filter.setStatusesFromText(m_status->text());
    if (const QString endpoint = m_endpoint->currentData().toString(); !endpoint.isEmpty())
        filter.endpoints = { endpoint };
    if (const QString environment = m_environment->currentData().toString(); !environment.isEmpty())
        filter.environments = EnvironmentNames::recordedForms(environment);
    if (const auto kind = CallRecord::kindFromName(m_kind->currentData().toString()))
        filter.kinds = { *kind };
    const int range = m_range->currentData().toInt();
    if (range == customRange) {
        filter.since = m_from->dateTime().toUTC();
        filter.until = m_until->dateTime().toUTC();
    } else if (range > 0) {
        filter.since = QDateTime::currentDateTimeUtc().addSecs(-range);
    }
    return filter;
}

QStringList LogFilterBar::senders() const
{
    if (!m_sender->isVisibleTo(this))
        return {};
    const QString sender = m_sender->currentData().toString();
    return sender.isEmpty() ? QStringList() : QStringList { sender };
}

void LogFilterBar::setChoices(
    const QStringList &endpoints, const QStringList &environments, const QStringList &senders)
{
    m_endpointNames = endpoints;
    m_environmentNames = environments;
    m_senderNames = senders;
    fillChoices();
}

void LogFilterBar::setSenderShown(bool shown)
{
    m_sender->setVisible(shown);
    if (!shown)
        m_sender->setCurrentIndex(0);
}

void LogFilterBar::setCode(int code)
{
    m_code->setText(QString::number(code));
    emitChanged();
}

void LogFilterBar::clear()
{
    m_text->clear();
    m_code->clear();
    m_status->clear();
    for (QComboBox *box : { m_endpoint, m_environment, m_kind, m_range, m_sender })
        box->setCurrentIndex(0);
    emitChanged();
}

QWidget *LogFilterBar::lastOfFirstRow() const
{
    return m_clear;
}

void LogFilterBar::emitChanged()
{
    m_textDelay->stop();
    const bool custom = m_range->currentData().toInt() == customRange;
    m_from->setVisible(custom);
    m_until->setVisible(custom);
    Q_EMIT changed();
}

void LogFilterBar::retranslateUi()
{
    m_text->setPlaceholderText(tr("Search URL, message, environment…"));
    m_code->setPlaceholderText(tr("Code"));
    m_code->setToolTip(tr("Platform codes or their first digits (404: every 404xxxx code), "
                          "separated by commas"));
    m_status->setPlaceholderText(tr("HTTP status"));
    m_status->setToolTip(tr("HTTP statuses or classes (5xx), separated by commas (0: no answer)"));
    m_clear->setText(tr("Clear"));
    m_clear->setToolTip(tr("Clear all filters"));
    // A whole code (and a second one begun), and each placeholder, fit.
    fitFieldTo(m_code, { u"0000000, 404"_s, m_code->placeholderText() });
    fitFieldTo(m_status, { u"502, 4xx"_s, m_status->placeholderText() });

    const int kind = m_kind->currentIndex();
    m_kind->clear();
    m_kind->addItem(tr("Any kind"), QString());
    for (CallRecord::Kind value : { CallRecord::Kind::Platform, CallRecord::Kind::Http,
             CallRecord::Kind::Network, CallRecord::Kind::HostNotFound, CallRecord::Kind::Timeout,
             CallRecord::Kind::Malformed, CallRecord::Kind::OffSchema })
        m_kind->addItem(FailureLogModel::kindText(value), CallRecord::kindName(value));
    m_kind->setCurrentIndex(qMax(0, kind));

    const int range = m_range->currentIndex();
    m_range->clear();
    m_range->addItem(tr("Any time"), 0);
    m_range->addItem(tr("Last hour"), 3600);
    m_range->addItem(tr("Last 24 hours"), 24 * 3600);
    m_range->addItem(tr("Last 7 days"), 7 * 24 * 3600);
    m_range->addItem(tr("Last 30 days"), 30 * 24 * 3600);
    m_range->addItem(tr("Custom range…"), customRange);
    m_from->setToolTip(tr("From (inclusive)"));
    m_until->setToolTip(tr("Until (exclusive)"));
    m_range->setCurrentIndex(qMax(0, range));
    fillChoices();
}

void LogFilterBar::fillChoices()
{
    const QString endpoint = m_endpoint->currentData().toString();
    const QString environment = m_environment->currentData().toString();
    m_endpoint->clear();
    m_endpoint->addItem(tr("Any endpoint"), QString());
    for (const QString &name : std::as_const(m_endpointNames))
        m_endpoint->addItem(name, name);
    m_environment->clear();
    m_environment->addItem(tr("Any environment"), QString());
    // One entry per environment, keyed by its untranslated name: a built-in's records carry
    // that name, older ones its Chinese name (EnvironmentNames); both are shown, and filtered,
    // as one, and the entry stays selected across a language switch.
    QStringList keys;
    for (const QString &name : std::as_const(m_environmentNames)) {
        if (const QString key = EnvironmentNames::canonical(name); !keys.contains(key))
            keys << key;
    }
    for (const QString &key : std::as_const(keys))
        m_environment->addItem(EnvironmentNames::shown(key), key);
    m_endpoint->setCurrentIndex(qMax(0, m_endpoint->findData(endpoint)));
    m_environment->setCurrentIndex(qMax(0, m_environment->findData(environment)));
    const QString sender = m_sender->currentData().toString();
    m_sender->clear();
    m_sender->addItem(tr("Any sender"), QString());
    for (const QString &name : std::as_const(m_senderNames))
        m_sender->addItem(name, name);
    // A sender picked stays picked while the names are read again.
    if (!sender.isEmpty() && m_sender->findData(sender) < 0)
        m_sender->addItem(sender, sender);
    m_sender->setCurrentIndex(qMax(0, m_sender->findData(sender)));
}

void LogFilterBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace xlink
