#pragma once

#include "LogFilter.h"
#include "log/ReportTask.h"
#include "report/ReportExporter.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QStackedWidget;

namespace xlink {

class FailureStore;
class ReportPagesView;

// Exports the log's filtered set or its selection as a report. The preview shows the very
// bytes a save writes (built by the failure-log library off the GUI thread), so the user sees
// exactly what will leave the machine before anything does.
class ExportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportDialog)

public:
    // With `team`, the records are the team log's (`filtered` and `selection` select there).
    ExportDialog(FailureStore *store, const LogFilter &filtered, const QList<qint64> &selection,
        QWidget *parent = nullptr, std::optional<ReportTask::TeamSource> team = std::nullopt);

    void setFormat(ReportExporter::Format format);
    ReportExporter::Format format() const;
    void setSelectionOnly(bool on);
    void setByteOrderMark(bool on);
    // The filter of the chosen scope.
    LogFilter scopeFilter() const;
    bool isPreviewReady() const { return m_ready; }
    QByteArray previewBytes() const { return m_bytes; }
    QString previewText() const;
    // For a PDF: the pages shown, and how many the document has.
    int previewPagesShown() const;
    int previewPageCount() const;
    // Writes the previewed bytes to `path` (off the GUI thread); saved() follows.
    void saveTo(const QString &path);
    // The most records a PDF holds after its summary (ReportOptions::pdfRecordLimit).
    void setPdfRecordLimit(int limit);
    QString statusText() const;

    // The pane shows at most this much of a large report (the file gets all of it).
    static constexpr int previewDisplayBytes = 512 * 1024;
    // A PDF's first pages shown as images (about 3.6 MB each).
    static constexpr int previewPageLimit = 8;

Q_SIGNALS:
    void previewReady();
    void saved(const QString &path);
    void saveFailed(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void rebuildPreview();
    void showPreview(const ReportTask::Result &result);
    void chooseFileAndSave();
    void finishSave(const QString &path, const QString &error);
    // For a PDF of more records than it holds: what it will hold, else empty.
    QString pdfPlan() const;
    QString withPdfPlan(const QString &status) const;

    // Whether the records can be read (the local log is open, or they are the team log's).
    bool canRead() const;

    FailureStore *m_store;
    std::optional<ReportTask::TeamSource> m_team;
    LogFilter m_filtered;
    QList<qint64> m_selection;
    qint64 m_filteredCount = -1; // not counted yet
    ReportTask *m_task;
    QByteArray m_bytes;
    bool m_ready = false;
    bool m_saving = false;
    int m_pdfRecordLimit = ReportOptions::defaultPdfRecordLimit;

    QComboBox *m_format = nullptr;
    QCheckBox *m_bom = nullptr;
    QRadioButton *m_scopeFiltered = nullptr;
    QRadioButton *m_scopeSelection = nullptr;
    QLabel *m_formatLabel = nullptr;
    QLabel *m_scopeLabel = nullptr;
    QLabel *m_status = nullptr;
    QPlainTextEdit *m_preview = nullptr;
    ReportPagesView *m_pages = nullptr;
    QStackedWidget *m_previewStack = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_save = nullptr;
};

} // namespace xlink
