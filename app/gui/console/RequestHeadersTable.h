#pragma once

#include "ApiRequest.h"

#include <QWidget>

class QLabel;
class QTableWidget;
class QToolButton;

namespace xlink {

// The composer's request headers as name/value rows under a first row that stands for the
// session's Access-Token: that row only says where the token will come from (the token itself
// is never shown) and cannot be edited.
class RequestHeadersTable final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestHeadersTable)

public:
    explicit RequestHeadersTable(QWidget *parent = nullptr);
    ~RequestHeadersTable() override;

    // The headers the user typed, in order; rows without a name are left out.
    HeaderList userHeaders() const;
    // Replaces the user's rows (the token row stays); headers the console adds itself
    // (Access-Token, Content-Type, Content-Length) are left out.
    void setUserHeaders(const HeaderList &headers);
    // Where this request's Access-Token comes from, as the token row says it.
    enum class TokenSource {
        Session, // the logged-in session's, added when the call is sent
        NotLoggedIn, // the session's, once there is one
        Pasted, // a pasted curl command's, for this request only
        OtherHost, // none: the request goes to another host than the environment's
    };
    void showTokenSource(TokenSource source, const QString &otherHost = {});

    QTableWidget *table() const { return m_table; }
    QToolButton *addButton() const { return m_add; }

Q_SIGNALS:
    // Remove was pressed with the token row selected.
    void tokenRowRemoveRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void showTokenRow();

    QLabel *m_label;
    QTableWidget *m_table;
    QToolButton *m_add;
    QToolButton *m_remove;
    TokenSource m_tokenSource = TokenSource::NotLoggedIn;
    QString m_otherHost;
};

} // namespace xlink
