#pragma once

#include "ApiRequest.h"
#include "RequestTabStore.h"
#include "call/CallRecord.h"

#include <QPointer>
#include <QWidget>

#include <memory>

namespace xlink {

class ApiOperation;
class CallTicket;
class CallWorkspace;
class ErrorCatalogue;
class MessageLine;
class RequestComposer;
class ResponseCheckFlag;
class ResponseViewWidget;

// One request tab of the API console: its own composer, message line, response (with the
// response check's flag and the error banner) and call in flight. It knows what it was opened
// with, so it can say whether it holds unsaved edits, and gives its state to be kept across a
// restart. Closing it (deleting it) cancels its running call.
class RequestTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestTab)

public:
    explicit RequestTab(CallWorkspace *workspace, QWidget *parent = nullptr);
    ~RequestTab() override;

    RequestComposer *composer() const { return m_composer; }
    MessageLine *messages() const { return m_messages; }
    ResponseViewWidget *responseView() const { return m_response; }
    ResponseCheckFlag *responseCheckFlag() const { return m_responseFlag; }

    void setCatalogue(std::shared_ptr<const ErrorCatalogue> catalogue);

    // Fills the composer with `request`, which becomes what the tab was opened with: `name` and
    // `saveTarget` say where it is saved (see RequestTabState), empty for nowhere.
    void open(const ApiRequest &request, const QString &name = {}, const QString &saveTarget = {});
    // Fills the composer from an operation of the API description, which becomes what the tab
    // was opened with.
    void openOperation(const ApiOperation &operation);
    // Shows a recorded call's answer (see ApiConsoleWidget::reopenCall).
    void showRecord(const CallRecord &record);

    // What the composer holds: method, the path as typed, the user's headers, the body's text.
    ApiRequest request() const;
    // Nothing in it: no path, no headers, no body.
    bool isEmpty() const;
    // It holds edits not in what it was opened with (or last saved as).
    bool isModified() const { return m_modified; }
    QString name() const { return m_name; }
    QString saveTarget() const { return m_saveTarget; }
    // Its request is now saved as `name` at `saveTarget`: no longer modified.
    void markSaved(const QString &name, const QString &saveTarget);
    // The tab bar's words for it: the saved name, else method and path; a mark when modified.
    QString title() const;
    QString toolTip() const;

    RequestTabState state() const;
    void restore(const RequestTabState &state);

    void send(bool anyway);
    void cancel();
    bool isCallRunning() const { return !m_call.isNull(); }

Q_SIGNALS:
    // The request, its title or its modified mark may have changed.
    void changed();
    void callFinished(const xlink::CallRecord &record);
    void codeActivated(int code);

private:
    void watchComposer();
    void updateModified();
    void onCallFinished(const CallRecord &record);

    CallWorkspace *m_workspace;
    QPointer<CallTicket> m_call;
    MessageLine *m_messages = nullptr;
    RequestComposer *m_composer = nullptr;
    ResponseCheckFlag *m_responseFlag = nullptr;
    ResponseViewWidget *m_response = nullptr;
    ApiRequest m_opened;
    QString m_name;
    QString m_saveTarget;
    bool m_modified = false;
    bool m_updateQueued = false;
};

} // namespace xlink
