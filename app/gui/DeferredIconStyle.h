#pragma once

#include <QProxyStyle>

namespace xlink {

// The application's style: the platform's (or the one chosen with -style), except that the
// standard icons of buttons that are usually hidden — the tool bar's and the menu bar's
// extension buttons, the search field's clear button — are decoded when first drawn. QStyle
// decodes every PNG size of a standard icon when it is asked for it, and these widgets ask in
// their constructors, before the first paint, for icons the first paint does not show.
class DeferredIconStyle final : public QProxyStyle
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeferredIconStyle)

public:
    // Proxies `base` (owned), or the application's default style when null.
    explicit DeferredIconStyle(QStyle *base = nullptr);
    ~DeferredIconStyle() override;

    QIcon standardIcon(StandardPixmap standardIcon, const QStyleOption *option = nullptr,
        const QWidget *widget = nullptr) const override;

    // Whether standardIcon() defers `standardIcon`.
    static bool defers(StandardPixmap standardIcon);
};

} // namespace xlink
