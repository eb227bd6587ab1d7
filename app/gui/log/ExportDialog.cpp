#include "ExportDialog.h"

#include "FailureStore.h"
#include "KeyboardReadableText.h"
#include "log/ReportPagesView.h"
#include "log/ReportTask.h"
#include "report/ReportText.h"

#include <QBoxLayout>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStackedWidget>
#include <QStandardPaths>

#include <climits>

using namespace Qt::StringLiterals;

namespace xlink {

ExportDialog::ExportDialog(FailureStore *store, const LogFilter &filtered,
    const QList<qint64> &selection, QWidget *parent, std::optional<ReportTask::TeamSource> team)
    : QDialog(parent)
    , m_store(store)
    , m_team(std::move(team))
    , m_filtered(filtered)
    , m_selection(selection)
    , m_task(new ReportTask(this))
{
    setObjectName(u"exportDialog"_s);

    m_format = new QComboBox(this);
    m_format->setObjectName(u"exportFormat"_s);
    for (const QString &name : ReportExporter::formatNames())
        m_format->addItem(QString(), name);
    m_bom = new QCheckBox(this);
    m_bom->setObjectName(u"exportBom"_s);
    m_scopeFiltered = new QRadioButton(this);
    m_scopeFiltered->setChecked(true);
    m_scopeSelection = new QRadioButton(this);
    m_scopeSelection->setEnabled(!m_selection.isEmpty());
    m_formatLabel = new QLabel(this);
    m_scopeLabel = new QLabel(this);
    m_status = new QLabel(this);
    m_status->setObjectName(u"exportStatus"_s);
    m_status->setWordWrap(true);
    m_preview = new QPlainTextEdit(this);
    m_preview->setObjectName(u"exportPreview"_s);
    m_preview->setReadOnly(true);
    makeKeyboardReadable(m_preview);
    m_preview->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_preview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_pages = new ReportPagesView(this);
    m_previewStack = new QStackedWidget(this);
    m_previewStack->addWidget(m_preview);
    m_previewStack->addWidget(m_pages);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = m_buttons->button(QDialogButtonBox::Save);
    m_save->setEnabled(false);

    auto *formatRow = new QHBoxLayout;
    formatRow->addWidget(m_format);
    formatRow->addWidget(m_bom);
    formatRow->addStretch(1);
    auto *scopeRow = new QVBoxLayout;
    scopeRow->addWidget(m_scopeFiltered);
    scopeRow->addWidget(m_scopeSelection);
    auto *form = new QFormLayout;
    form->addRow(m_formatLabel, formatRow);
    form->addRow(m_scopeLabel, scopeRow);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(m_previewStack, 1);
    layout->addWidget(m_buttons);

    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::rebuildPreview);
    connect(m_bom, &QCheckBox::toggled, this, &ExportDialog::rebuildPreview);
    connect(m_scopeSelection, &QRadioButton::toggled, this, &ExportDialog::rebuildPreview);
    connect(m_task, &ReportTask::built, this, &ExportDialog::showPreview);
    connect(m_task, &ReportTask::saved, this, &ExportDialog::finishSave);
    connect(m_task, &ReportTask::counted, this, [this](qint64 records) {
        m_filteredCount = records;
        retranslateUi();
        if (!m_ready && !m_saving && !pdfPlan().isEmpty())
            m_status->setText(withPdfPlan(tr("Preparing the preview…")));
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_save, &QPushButton::clicked, this, &ExportDialog::chooseFileAndSave);

    retranslateUi();
    resize(820, 640);
    if (m_team) {
        m_task->count(*m_team, m_filtered);
    } else if (m_store && m_store->isOpen()) {
        // Everything written before the dialog opened is in the file the workers read.
        m_store->flush();
        m_task->count(m_store->path(), m_filtered);
    }
    rebuildPreview();
}

bool ExportDialog::canRead() const
{
    return m_team || (m_store && m_store->isOpen());
}

void ExportDialog::retranslateUi()
{
    setWindowTitle(m_team ? tr("Export Team Failure Report") : tr("Export Failure Report"));
    m_formatLabel->setText(tr("Format:"));
    m_scopeLabel->setText(tr("Records:"));
    const QStringList names = {
        tr("Markdown (.md)"),
        tr("HTML, prints well (.html)"),
        tr("PDF with charts (.pdf)"),
        tr("CSV for spreadsheets (.csv)"),
        tr("JSON (.json)"),
        tr("HAR 1.2 for browser developer tools (.har)"),
    };
    for (int i = 0; i < m_format->count(); ++i) {
        const auto format = ReportExporter::formatFromName(m_format->itemData(i).toString());
        if (format && int(*format) < names.size())
            m_format->setItemText(i, names.at(int(*format)));
    }
    m_bom->setText(tr("Byte order mark (for Excel)"));
    m_scopeFiltered->setText(m_filteredCount < 0 ? tr("The filtered log")
                                                 : tr("The filtered log (%n record(s))", nullptr,
                                                     int(qMin<qint64>(m_filteredCount, INT_MAX))));
    m_scopeSelection->setText(tr("The selected rows (%n)", nullptr, int(m_selection.size())));
    m_save->setText(tr("Save…"));
}

ReportExporter::Format ExportDialog::format() const
{
    return ReportExporter::formatFromName(m_format->currentData().toString())
        .value_or(ReportExporter::Format::Markdown);
}

void ExportDialog::setFormat(ReportExporter::Format format)
{
    m_format->setCurrentIndex(qMax(0, m_format->findData(ReportExporter::formatName(format))));
}

void ExportDialog::setSelectionOnly(bool on)
{
    (on && !m_selection.isEmpty() ? m_scopeSelection : m_scopeFiltered)->setChecked(true);
}

void ExportDialog::setByteOrderMark(bool on)
{
    m_bom->setChecked(on);
}

LogFilter ExportDialog::scopeFilter() const
{
    if (!m_scopeSelection->isChecked())
        return m_filtered;
    // The rows were selected in the filtered view: the report names that filter too.
    LogFilter selected = m_filtered;
    selected.ids = m_selection;
    return selected;
}

void ExportDialog::rebuildPreview()
{
    m_bom->setVisible(format() == ReportExporter::Format::Csv);
    m_ready = false;
    m_bytes.clear();
    m_save->setEnabled(false);
    m_preview->clear();
    m_pages->clear();
    m_previewStack->setCurrentWidget(m_preview);
    if (!canRead()) {
        m_status->setText(tr("The failure log is not available."));
        return;
    }
    // A large PDF says what it will hold before its pages are painted.
    m_status->setText(withPdfPlan(tr("Preparing the preview…")));
    ReportTask::Request request;
    request.team = m_team;
    if (!m_team)
        request.databasePath = m_store->path();
    request.filter = scopeFilter();
    request.format = format();
    request.options.csvByteOrderMark = m_bom->isChecked();
    request.options.pdfRecordLimit = m_pdfRecordLimit;
    request.previewPages = previewPageLimit;
    if (!m_team)
        m_store->flush();
    m_task->build(request);
}

void ExportDialog::setPdfRecordLimit(int limit)
{
    m_pdfRecordLimit = limit;
    if (format() == ReportExporter::Format::Pdf)
        rebuildPreview();
}

QString ExportDialog::statusText() const
{
    return m_status->text();
}

QString ExportDialog::pdfPlan() const
{
    if (format() != ReportExporter::Format::Pdf)
        return {};
    const qint64 records = m_scopeSelection->isChecked() ? m_selection.size() : m_filteredCount;
    return records < 0 ? QString() : ReportText::pdfPlan(records, m_pdfRecordLimit);
}

QString ExportDialog::withPdfPlan(const QString &status) const
{
    const QString plan = pdfPlan();
    return plan.isEmpty() ? status : status + u' ' + plan;
}

QString ExportDialog::previewText() const
{
    return m_preview->toPlainText();
}

int ExportDialog::previewPagesShown() const
{
    return m_pages->shownPages();
}

int ExportDialog::previewPageCount() const
{
    return m_pages->pageCount();
}

void ExportDialog::showPreview(const ReportTask::Result &result)
{
    if (!result.error.isEmpty()) {
        m_status->setText(tr("The report could not be prepared: %1").arg(result.error));
        return;
    }
    m_bytes = result.bytes;
    m_ready = true;
    m_save->setEnabled(!m_saving);
    const QString size = QLocale().formattedDataSize(m_bytes.size());
    if (format() == ReportExporter::Format::Pdf) {
        // A PDF is binary: its pages are shown as the PDF writer paints them.
        m_status->setText(withPdfPlan(tr("A PDF of %n page(s), %1, will be written. Secrets are "
                                         "replaced by [REDACTED].",
            nullptr, result.pageCount)
                                          .arg(size)));
        m_pages->setPages(result.pages, result.pageCount);
        m_previewStack->setCurrentWidget(m_pages);
    } else {
        m_status->setText(tr("This is exactly what will be written (%1). Secrets are replaced by "
                             "[REDACTED].")
                              .arg(size));
        QString text = QString::fromUtf8(m_bytes.left(previewDisplayBytes));
        if (m_bytes.size() > previewDisplayBytes) {
            text += u"\n\n"_s
                + tr("… %1 more not shown here.")
                      .arg(QLocale().formattedDataSize(m_bytes.size() - previewDisplayBytes));
        }
        m_preview->setPlainText(text);
        m_previewStack->setCurrentWidget(m_preview);
    }
    Q_EMIT previewReady();
}

void ExportDialog::chooseFileAndSave()
{
    if (!m_ready)
        return;
    const QString extension = ReportExporter::fileExtension(format());
    const QString suggested
        = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
              .filePath(u"xlink-failures."_s + extension);
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Report"), suggested,
        tr("%1 files (*.%2)").arg(extension.toUpper(), extension));
    if (!path.isEmpty())
        saveTo(path);
}

void ExportDialog::saveTo(const QString &path)
{
    if (!m_ready || m_saving)
        return;
    m_saving = true;
    m_save->setEnabled(false);
    m_status->setText(tr("Writing %1…").arg(QDir::toNativeSeparators(path)));
    m_task->save(m_bytes, path);
}

void ExportDialog::finishSave(const QString &path, const QString &error)
{
    m_saving = false;
    m_save->setEnabled(m_ready);
    if (!error.isEmpty()) {
        m_status->setText(
            tr("%1 could not be written: %2").arg(QDir::toNativeSeparators(path), error));
        Q_EMIT saveFailed(error);
        return;
    }
    Q_EMIT saved(path);
    accept();
}

void ExportDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace xlink
