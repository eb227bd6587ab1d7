#pragma once

#include <QSize>
#include <QString>
#include <QTemporaryDir>

#include <memory>

class QSettings;

namespace xlink {
class ApiConsoleWidget;
class CallWorkspace;
class CollectionsSidebar;
} // namespace xlink

namespace xlink::test {

// The API console's page for GUI tests, over a workspace of its own: its settings in a private
// file, the keychain off, no collection folder remembered from an earlier test, and a temporary
// folder for the test's collection of .http files. Made in a test's init(), dropped in cleanup().
class ConsolePageFixture final
{
public:
    ConsolePageFixture();
    ~ConsolePageFixture();
    Q_DISABLE_COPY_MOVE(ConsolePageFixture)

    bool isValid() const;
    // The collection's folder, and a path in it.
    QString folder() const { return m_folder.path(); }
    QString path(const QString &relative) const { return m_folder.filePath(relative); }

    CallWorkspace *workspace() const { return m_workspace.get(); }
    // Null before showPage() and after closePage().
    ApiConsoleWidget *page() const { return m_page.get(); }
    CollectionsSidebar *sidebar() const;

    // Builds the page, shows it at `size` as the active window with the Collections side tab in
    // front; false when the window does not become active.
    bool showPage(const QSize &size);
    // Closes the page (as at the end of a session); the workspace stays.
    void closePage();

private:
    QTemporaryDir m_folder;
    QTemporaryDir m_settingsFolder;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<CallWorkspace> m_workspace;
    std::unique_ptr<ApiConsoleWidget> m_page;
};

} // namespace xlink::test
