#pragma once

#include "catalogue/ErrorCatalogue.h"
#include "catalogue/ErrorTextScanner.h"

#include <QList>
#include <QTimer>
#include <QWidget>

#include <memory>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;

namespace xlink {

// Paste anything (a response body, a log excerpt, a terminal scroll-back) and see every
// platform error in it decoded with what the catalogue knows, in order of appearance.
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
    // The finds kept to show: the first MaxShown of them.
    const QList<FoundError> &found() const { return m_found; }
    // How many there are in all.
    qsizetype foundCount() const { return m_foundCount; }

    QPlainTextEdit *input() const { return m_input; }
    QTextBrowser *results() const { return m_results; }

    // Results beyond this many are counted, not kept or shown: a pasted log of thousands of
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
    QString renderFound(const FoundError &found, int number) const;

    std::shared_ptr<const ErrorCatalogue> m_catalogue;
    QList<FoundError> m_found;
    qsizetype m_foundCount = 0;
    QTimer m_debounce;

    QLabel *m_inputLabel = nullptr;
    QPlainTextEdit *m_input = nullptr;
    QPushButton *m_paste = nullptr;
    QPushButton *m_clear = nullptr;
    QTextBrowser *m_results = nullptr;
};

} // namespace xlink
