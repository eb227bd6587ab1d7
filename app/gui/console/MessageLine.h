#pragma once

#include <QLabel>

#include <functional>

namespace xlink {

// The API console's message line: what the last action came to. A text made by `words` is made
// again after a language switch; a fixed text (another part's words, already in the language
// of the moment) stays as it is.
class MessageLine final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageLine)

public:
    explicit MessageLine(QWidget *parent = nullptr);

    void say(std::function<QString()> words, bool isError = false);
    void say(const QString &text, bool isError = false);

protected:
    void changeEvent(QEvent *event) override;

private:
    void setError(bool isError);

    std::function<QString()> m_words;
};

} // namespace xlink
