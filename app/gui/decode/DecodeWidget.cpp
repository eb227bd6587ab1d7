#include "decode/DecodeWidget.h"

#include "KeyboardReadableText.h"
#include "SafePastePlainTextEdit.h"
#include "catalogue/CodeDetailHtml.h"
#include "util/Translations.h"

#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace xlink {

namespace {
const QString CodeScheme = u"xlink-code"_s;
}

DecodeWidget::DecodeWidget(QWidget *parent)
    : QWidget(parent)
    , m_catalogue(std::make_shared<const ErrorCatalogue>(ErrorCatalogue::builtin()))
    , m_inputLabel(new QLabel(this))
    , m_input(new SafePastePlainTextEdit(this))
    , m_paste(new QPushButton(this))
    , m_clear(new QPushButton(this))
    , m_results(new QTextBrowser(this))
{
    m_input->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_input->setTabChangesFocus(true);
    m_inputLabel->setBuddy(m_input);
    m_results->setOpenLinks(false);
    makeKeyboardReadable(m_results);

    // Decoding is linear and fast, but a paste of megabytes arrives as one change and typing as
    // many: wait for a pause before re-rendering.
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(150);
    connect(&m_debounce, &QTimer::timeout, this, &DecodeWidget::decode);
    connect(m_input, &QPlainTextEdit::textChanged, &m_debounce, qOverload<>(&QTimer::start));
    connect(m_paste, &QPushButton::clicked, this,
        [this] { setText(QApplication::clipboard()->text()); });
    connect(m_clear, &QPushButton::clicked, this, [this] { setText(QString()); });
    connect(m_results, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == CodeScheme)
            Q_EMIT codeActivated(url.path().toInt());
    });

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_inputLabel, 1);
    buttons->addWidget(m_paste);
    buttons->addWidget(m_clear);

    auto *inputPane = new QWidget(this);
    auto *inputLayout = new QVBoxLayout(inputPane);
    inputLayout->setContentsMargins(0, 0, 0, 0);
    inputLayout->addLayout(buttons);
    inputLayout->addWidget(m_input, 1);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(inputPane);
    splitter->addWidget(m_results);
    splitter->setSizes({ 500, 500 });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);
    setFocusProxy(m_input);

    retranslateUi();
}

DecodeWidget::~DecodeWidget() = default;

void DecodeWidget::setCatalogue(std::shared_ptr<const ErrorCatalogue> catalogue)
{
    if (!catalogue)
        return;
    m_catalogue = std::move(catalogue);
    decode();
}

void DecodeWidget::setText(const QString &text)
{
    m_input->setPlainText(text);
    m_debounce.stop();
    decode();
}

void DecodeWidget::decode()
{
    m_debounce.stop();
    m_found.clear();
    m_groupOf.clear();
    m_shownCount = 0;
    const QString text = m_input->toPlainText();
    m_foundCount = ErrorTextScanner::scan(text, *m_catalogue, [this](FoundError &&found) {
        // One card per code: thirty copies of 4031003 are one error seen thirty times.
        const QString key = found.code > 0 ? QString::number(found.code) : found.rawCode;
        if (const auto group = m_groupOf.constFind(key); group != m_groupOf.cend()) {
            ++m_found[*group].count;
            ++m_shownCount;
        } else if (m_found.size() < MaxShown) {
            m_groupOf.insert(key, m_found.size());
            m_found.append({ std::move(found), 1 });
            ++m_shownCount;
        }
    });
    m_proxyPage = ProxyPage::find(text);
    render();
}

QString DecodeWidget::renderProxyPage() const
{
    return u"<h3>" + ProxyPage::title(m_proxyPage->status).toHtmlEscaped() + u"</h3><p>"
        + m_proxyPage->summary().toHtmlEscaped() + u"</p><p>"
        + ProxyPage::explanation().toHtmlEscaped() + u"</p>";
}

QString DecodeWidget::renderFound(const FoundGroup &group, int number) const
{
    const Language language = Translations::current();
    const FoundError &found = group.first;
    QString context
        = u"<p>" + tr("Error %1, line %2, column %3").arg(number).arg(found.line).arg(found.column);
    if (group.count > 1)
        context += u" · <b>"
            + tr("×%1 in this text; the first is here")
                  .arg(QLocale().toString(qlonglong(group.count)))
                  .toHtmlEscaped()
            + u"</b>";
    if (found.fromObject) {
        context += u" · " + tr("in an error object").toHtmlEscaped();
        if (!found.serverMessage.isEmpty())
            context
                += u"<br>" + tr("The server said: “%1”").arg(found.serverMessage).toHtmlEscaped();
    }
    context += u"</p>";

    if (found.code <= 0) {
        return u"<h3>" + found.rawCode.toHtmlEscaped() + u"</h3>" + context + u"<p>"
            + tr("The code is not a number, so the catalogue cannot explain it.").toHtmlEscaped()
            + u"</p>";
    }
    if (const CatalogueEntry *entry = m_catalogue->find(found.code)) {
        context += u"<p><a href=\"" + CodeScheme + u':' + QString::number(found.code) + u"\">"
            + tr("Show in the code browser").toHtmlEscaped() + u"</a></p>";
        return CodeDetailHtml::entry(*m_catalogue, *entry, language, 3, context);
    }
    return CodeDetailHtml::unknownCode(*m_catalogue, found.code, language, 3, context);
}

void DecodeWidget::render()
{
    if (m_input->toPlainText().trimmed().isEmpty()) {
        m_results->setHtml(u"<p>"
            + tr("Paste a response body, a log excerpt or any other text on the left: every "
                 "platform error object and 7-digit error code in it is explained here.")
                  .toHtmlEscaped()
            + u"</p>");
        return;
    }
    QString html;
    // A proxy's page holds no platform error: saying only "none found" left the reader with
    // nothing, where the console's banner explains such a page.
    if (m_proxyPage)
        html += renderProxyPage();
    if (m_foundCount > 0 || !m_proxyPage) {
        QString count = m_foundCount == 0
            ? tr("No platform error found in this text.")
            : tr("Found %n platform error(s).", nullptr, int(m_foundCount));
        if (m_found.size() > 1 && m_found.size() < m_foundCount)
            count += u' ' + tr("%n different code(s).", nullptr, int(m_found.size()));
        html += (m_proxyPage ? u"<hr><p><b>"_s : u"<p><b>"_s) + count.toHtmlEscaped() + u"</b></p>";
    }
    for (qsizetype i = 0; i < m_found.size(); ++i)
        html += u"<hr>" + renderFound(m_found.at(i), int(i + 1));
    if (m_foundCount > m_shownCount)
        html += u"<hr><p>"
            + tr("%n more not shown.", nullptr, int(m_foundCount - m_shownCount)).toHtmlEscaped()
            + u"</p>";
    m_results->setHtml(html);
}

QString DecodeWidget::title()
{
    return tr("Decode");
}

void DecodeWidget::retranslateUi()
{
    setWindowTitle(title());
    m_inputLabel->setText(tr("&Text to decode:"));
    m_input->setPlaceholderText(
        tr("{\"error\":{\"code\":\"4031003\",\"msg\":\"...\"}}, a log line, any text"));
    m_paste->setText(tr("&Paste"));
    m_paste->setToolTip(tr("Replace the text with the clipboard and decode it"));
    m_clear->setText(tr("C&lear"));
    render();
}

void DecodeWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace xlink
