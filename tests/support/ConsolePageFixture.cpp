#include "ConsolePageFixture.h"

#include "CallWorkspace.h"
#include "SecretStore.h"
#include "collections/CollectionsSidebar.h"
#include "console/ApiConsoleWidget.h"

#include <QApplication>
#include <QSettings>
#include <QTabWidget>
#include <QTest>

using namespace Qt::StringLiterals;

namespace xlink::test {

ConsolePageFixture::ConsolePageFixture()
{
    // The folder the Collections tab opens at its start: none, whatever an earlier test opened.
    QSettings().remove(u"collections/folder"_s);
    m_settings = std::make_unique<QSettings>(
        m_settingsFolder.filePath(u"console.ini"_s), QSettings::IniFormat);
    m_workspace = std::make_unique<CallWorkspace>(m_settings.get());
    m_workspace->secrets()->setKeychainEnabled(false);
}

ConsolePageFixture::~ConsolePageFixture()
{
    // The page before the workspace it shows, the workspace before its settings.
    m_page.reset();
    m_workspace.reset();
    m_settings.reset();
}

bool ConsolePageFixture::isValid() const
{
    return m_folder.isValid() && m_settingsFolder.isValid();
}

CollectionsSidebar *ConsolePageFixture::sidebar() const
{
    return m_page ? m_page->collections() : nullptr;
}

bool ConsolePageFixture::showPage(const QSize &size)
{
    m_page = std::make_unique<ApiConsoleWidget>(m_workspace.get());
    m_page->resize(size);
    m_page->show();
    QApplication::setActiveWindow(m_page.get());
    if (!QTest::qWaitForWindowActive(m_page.get()))
        return false;
    auto *sideTabs = qobject_cast<QTabWidget *>(sidebar()->parentWidget()->parentWidget());
    if (!sideTabs)
        return false;
    sideTabs->setCurrentWidget(sidebar());
    return true;
}

void ConsolePageFixture::closePage()
{
    m_page.reset();
}

} // namespace xlink::test
