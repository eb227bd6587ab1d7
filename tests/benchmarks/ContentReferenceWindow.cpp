// Second baseline for run-gui-benchmarks.sh: the console's first window rebuilt from stock Qt
// widgets, with the same size, the same widgets and the same visible text (the catalogue's rows,
// the first code's detail HTML), and none of the console: no models or proxies of ours, no
// controllers, no failure log, no network, SQL or keychain libraries.
//
// It separates what Qt itself costs to lay out and draw that content (reference / bare window)
// from what the console adds on top (console / reference). Shown and quit the same way as
// `xlink-console --quit-after-show` and bare-window.
#include "FirstWindowSize.h"
#include "QuitAfterFirstPaint.h"
#include "catalogue/CodeDetailHtml.h"
#include "catalogue/ErrorCatalogue.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QCommandLineParser>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenuBar>
#include <QPainter>
#include <QPixmap>
#include <QSplitter>
#include <QStandardItemModel>
#include <QStatusBar>
#include <QTableView>
#include <QTextBrowser>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

// A plain 24x24 glyph standing in for the console's page icons.
QIcon pageIcon(const QColor &color)
{
    QPixmap pixmap(24, 24);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(color, 2));
    painter.drawRoundedRect(QRectF(4, 4, 16, 16), 3, 3);
    return QIcon(pixmap);
}

QWidget *codeBrowser(QWidget *parent)
{
    using namespace xlink;
    const ErrorCatalogue &catalogue = ErrorCatalogue::builtin();

    auto *page = new QWidget(parent);
    auto *search = new QLineEdit(page);
    search->setClearButtonEnabled(true);
    search->setPlaceholderText(QStringLiteral(
        "Search by code, part of a code, HTTP status, or text in Chinese or English (Ctrl+K)"));
    auto *status = new QComboBox(page);
    status->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    status->addItem(QStringLiteral("All HTTP statuses"));

    auto *model = new QStandardItemModel(0, 3, page);
    model->setHorizontalHeaderLabels(
        { QStringLiteral("Code"), QStringLiteral("English"), QStringLiteral("Chinese") });
    for (const CatalogueEntry &entry : catalogue.entries()) {
        model->appendRow({ new QStandardItem(QString::number(entry.code)),
            new QStandardItem(entry.message.en), new QStandardItem(entry.message.zh) });
    }
    auto *table = new QTableView(page);
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->setVisible(false);
    table->horizontalHeader()->setHighlightSections(false);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Fixed);
    table->horizontalHeader()->resizeSection(
        0, table->fontMetrics().horizontalAdvance(QStringLiteral("0000000")) + 20);
    table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    table->setCurrentIndex(model->index(0, 0));

    auto *detail = new QTextBrowser(page);
    detail->setMinimumWidth(260);
    if (!catalogue.entries().isEmpty())
        detail->setHtml(
            CodeDetailHtml::entry(catalogue, catalogue.entries().first(), Language::English)
            + QStringLiteral("<p>Not seen in the failure log.</p>"));

    auto *buttonRow = new QHBoxLayout;
    for (const char *text :
        { "Copy code", "Copy messages", "Copy as JSON", "Copy as Markdown row" }) {
        auto *button = new QToolButton(page);
        button->setText(QString::fromLatin1(text));
        buttonRow->addWidget(button);
    }
    buttonRow->addStretch(1);
    auto *detailPane = new QWidget(page);
    auto *detailLayout = new QVBoxLayout(detailPane);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(detail, 1);
    detailLayout->addLayout(buttonRow);

    auto *splitter = new QSplitter(Qt::Horizontal, page);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(table);
    splitter->addWidget(detailPane);
    splitter->setSizes({ 640, 360 });

    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(search, 1);
    searchRow->addWidget(status);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(searchRow);
    layout->addWidget(splitter, 1);
    page->setFocusProxy(search);
    return page;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption quitAfterShow(QStringLiteral("quit-after-show"));
    parser.addOption(quitAfterShow);
    parser.process(app);

    QMainWindow window;
    window.setWindowTitle(QStringLiteral("XLink Developer Console"));
    for (const char *menu : { "&File", "&View", "&Language", "&Help" })
        window.menuBar()->addMenu(QString::fromLatin1(menu))->addAction(QStringLiteral("Quit"));
    auto *pages = new QToolBar(&window);
    pages->setMovable(false);
    pages->setToolButtonStyle(Qt::ToolButtonTextUnderIcon);
    pages->setIconSize(QSize(24, 24));
    for (const char *page : { "Error codes", "Decode", "API Console", "Failure Log" })
        pages->addAction(pageIcon(Qt::darkGray), QString::fromLatin1(page))->setCheckable(true);
    pages->actions().constFirst()->setChecked(true);
    window.addToolBar(Qt::LeftToolBarArea, pages);
    window.setCentralWidget(codeBrowser(&window));
    window.statusBar()->addPermanentWidget(new QLabel(QStringLiteral("277 of 277 codes")));
    xlink::applyFirstWindowGeometry(&window);
    window.centralWidget()->setFocus();

    if (parser.isSet(quitAfterShow))
        new xlink::QuitAfterFirstPaint(&window);
    window.show();
    return QApplication::exec();
}
