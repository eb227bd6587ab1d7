#pragma once

#include <QImage>
#include <QList>
#include <QScrollArea>

class QLabel;
class QVBoxLayout;

namespace xlink {

// Shows a document's pages one below the other, as images painted by its writer, with a line
// saying how many pages the document has when not all of them are shown.
class ReportPagesView final : public QScrollArea
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportPagesView)

public:
    explicit ReportPagesView(QWidget *parent = nullptr);

    void setPages(const QList<QImage> &pages, int pageCount);
    void clear();
    int shownPages() const { return int(m_pageLabels.size()); }
    int pageCount() const { return m_pageCount; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QVBoxLayout *m_layout = nullptr;
    QLabel *m_more = nullptr;
    QList<QLabel *> m_pageLabels;
    int m_pageCount = 0;
};

} // namespace xlink
