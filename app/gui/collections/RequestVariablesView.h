#pragma once

#include "CollectionTree.h"
#include "PlaceholderTableWidget.h"

#include <QWidget>

class QLabel;

namespace xlink {

class CallWorkspace;
class CollectionFolder;

// The variables a request of the collection uses, each with its value as it is now and where it
// comes from (the file, http-client.env.json, the console environment and its user variables,
// built in); secrets masked. VariableUsage finds them; this view only shows them.
class RequestVariablesView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestVariablesView)

public:
    RequestVariablesView(
        CallWorkspace *workspace, const CollectionFolder *folder, QWidget *parent = nullptr);
    ~RequestVariablesView() override;

    PlaceholderTableWidget *table() const { return m_table; }
    // Shows the variables of `node` when it is a request (null or another node: none).
    void showRequest(const CollectionTree::Node *node);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    QString placeholderText() const;

    CallWorkspace *m_workspace;
    const CollectionFolder *m_folder;
    QLabel *m_note = nullptr;
    PlaceholderTableWidget *m_table = nullptr;
    bool m_showsRequest = false; // else nothing is selected, or no request
};

} // namespace xlink
