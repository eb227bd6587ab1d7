#pragma once

#include <QTreeView>

class QMenu;

namespace xlink {

// The response body's JSON tree: key and value get the width (the type column only what its
// words need), Ctrl+C copies the current value as one would paste it (a string without its
// quotes), and the context menu copies the value, the key or the JSON path.
class JsonTreeView final : public QTreeView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JsonTreeView)

public:
    explicit JsonTreeView(QWidget *parent = nullptr);
    ~JsonTreeView() override;

    void setModel(QAbstractItemModel *model) override;

    // Copies the current row's value, key or JSON path (JsonTreeModel's roles).
    void copyValue() const;
    void copyKey() const;
    void copyPath() const;
    // The context menu for the current row, as the right button opens it (tests trigger its
    // actions directly).
    QMenu *createContextMenu();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    void copyRole(int role) const;
};

} // namespace xlink
