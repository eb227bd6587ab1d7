#include "ReportPagesView.h"

#include <QEvent>
#include <QLabel>
#include <QPixmap>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace xlink {

ReportPagesView::ReportPagesView(QWidget *parent)
    : QScrollArea(parent)
{
    setObjectName(u"exportPages"_s);
    setWidgetResizable(true);
    setBackgroundRole(QPalette::Dark);
    auto *content = new QWidget(this);
    m_layout = new QVBoxLayout(content);
    m_layout->setSpacing(12);
    m_layout->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_more = new QLabel(content);
    m_more->setObjectName(u"exportPagesMore"_s);
    m_more->setAlignment(Qt::AlignCenter);
    m_more->setForegroundRole(QPalette::BrightText);
    m_layout->addWidget(m_more);
    setWidget(content);
    retranslateUi();
}

void ReportPagesView::setPages(const QList<QImage> &pages, int pageCount)
{
    clear();
    m_pageCount = pageCount;
    for (const QImage &page : pages) {
        auto *label = new QLabel(widget());
        label->setPixmap(QPixmap::fromImage(page));
        label->setFrameShape(QFrame::Box);
        m_layout->insertWidget(m_layout->count() - 1, label, 0, Qt::AlignHCenter);
        m_pageLabels.append(label);
    }
    retranslateUi();
}

void ReportPagesView::clear()
{
    qDeleteAll(m_pageLabels);
    m_pageLabels.clear();
    m_pageCount = 0;
    retranslateUi();
}

void ReportPagesView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QScrollArea::changeEvent(event);
}

void ReportPagesView::retranslateUi()
{
    const int hidden = m_pageCount - int(m_pageLabels.size());
    m_more->setVisible(hidden > 0);
    if (hidden > 0) {
        m_more->setText(tr("The first %1 of %n page(s) are shown; the file holds all of them.",
            nullptr, m_pageCount)
                            .arg(m_pageLabels.size()));
    }
}

} // namespace xlink
