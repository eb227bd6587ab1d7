#pragma once

#include <QWidget>

#include <functional>

namespace xlink {

// Stands in the main window for a page that is built the first time it is shown (or asked
// for), so the window paints its first page without paying for the others. Until then it
// carries the page's title, kept current across language switches; afterwards it holds the page
// and follows its title.
class LazyPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LazyPage)

public:
    using Title = std::function<QString()>;
    using Factory = std::function<QWidget *(QWidget *parent)>;

    LazyPage(Title title, Factory factory, QWidget *parent = nullptr);
    ~LazyPage() override;

    bool isBuilt() const { return m_content != nullptr; }
    // The page, built now if it was not yet.
    QWidget *content();
    // The page if it is built, nullptr otherwise.
    QWidget *builtContent() const { return m_content; }

Q_SIGNALS:
    void built(QWidget *content);

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    Title m_title;
    Factory m_factory;
    QWidget *m_content = nullptr;
};

} // namespace xlink
