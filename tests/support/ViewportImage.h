#pragma once

#include <QImage>

class QAbstractItemView;

namespace xlink::test {

// The viewport of `view` as it paints now, once posted events (a language change) and the
// layout they ask for have settled: what the user sees of an item view, for comparing
// renderings (focused or not, with a placeholder or rows).
QImage viewportImage(QAbstractItemView *view);

} // namespace xlink::test
