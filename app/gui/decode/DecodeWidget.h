#pragma once

#include "catalogue/ErrorCatalogue.h"
#include "catalogue/ErrorTextScanner.h"
#include "catalogue/ProxyPage.h"

#include <QHash>
#include <QList>
#include <QTimer>
#include <QWidget>

#include <memory>
#include <optional>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;

namespace xlink {

// Paste anything (a response body, a log excerpt, a terminal scroll-back) and see every
// platform error in it decoded with what the catalogue knows, in order of first appearance;
// a code that comes again is counted on its first card, not shown again. A proxy's HTML error
// page is explained as the console's banner explains it.
class DecodeWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DecodeWidget)

public:
    explicit DecodeWidget(QWidget *parent = nullptr);
    ~DecodeWidget() override;

    // The page's title in the current language (the main window shows it before the page
    // is built).
    static QString title();

    void setCatalogue(std::shared_ptr<const ErrorCatalogue> catalogue);

    // Replaces the input and decodes it at once.
    void setText(const QString &text);
    // One card: a code's first find and how many times the text holds it.
    struct FoundGroup
    {
        FoundError first;
        qsizetype count = 0;
    };
    // The cards kept to show: the first MaxShown distinct codes.
    const QList<FoundGroup> &found() const { return m_found; }
    // How many finds there are in all, repeats included.
    qsizetype foundCount() const { return m_foundCount; }
    // The proxy's error page the text holds, if it holds one.
    const std::optional<ProxyPage> &proxyPage() const { return m_proxyPage; }

    QPlainTextEdit *input() const { return m_input; }
    QTextBrowser *results() const { return m_results; }

    // Codes beyond this many are counted, not kept or shown: a pasted log of thousands of
    // errors must not freeze the page rendering them, nor fill memory.
    static constexpr qsizetype MaxShown = 200;

Q_SIGNALS:
    // The user asked to see `code` in the code browser.
    void codeActivated(int code);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void decode();
    void render();
    QString renderFound(const FoundGroup &group, int number) const;
    QString renderProxyPage() const;

    std::shared_ptr<const ErrorCatalogue> m_catalogue;
    QList<FoundGroup> m_found;
    QHash<QString, qsizetype> m_groupOf; // a shown code (or raw code) -> its index in m_found
    qsizetype m_foundCount = 0;
    qsizetype m_shownCount = 0; // the finds the cards stand for
    std::optional<ProxyPage> m_proxyPage;
    QTimer m_debounce;

    QLabel *m_inputLabel = nullptr;
    QPlainTextEdit *m_input = nullptr;
    QPushButton *m_paste = nullptr;
    QPushButton *m_clear = nullptr;
    QTextBrowser *m_results = nullptr;
};

} // namespace xlink
