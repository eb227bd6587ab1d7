#pragma once

#include "SchemaProblem.h"

#include <QLabel>

namespace xlink {

struct CallRecord;

// Beside the response: a flag when a success answer does not match the documented response
// schema of its operation (RequestCheck::checkResponse, off the GUI thread), naming the first
// problem's JSON path; the tooltip lists them all. It never blocks anything.
class ResponseCheckFlag final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResponseCheckFlag)

public:
    explicit ResponseCheckFlag(QWidget *parent = nullptr);
    ~ResponseCheckFlag() override;

    // Checks the answer of `record` (hidden meanwhile, and when it fits or is not documented).
    void check(const CallRecord &record);
    void clearFlag();
    const QList<SchemaProblem> &problems() const { return m_problems; }

Q_SIGNALS:
    // The check of the record last given is done (flagged or not).
    void checked();

protected:
    void changeEvent(QEvent *event) override;

private:
    void showProblems();

    quint64 m_generation = 0;
    QString m_operation; // "GET /v2/..." of the record checked
    QList<SchemaProblem> m_problems;
};

} // namespace xlink
