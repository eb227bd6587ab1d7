// Baseline for run-gui-benchmarks.sh: an empty Qt Widgets window of the console's default size,
// shown and quit the same way as `xlink-console --quit-after-show` (with the console's own
// QuitAfterFirstPaint, compiled in: the baseline links Qt Widgets only).
#include "FirstWindowSize.h"
#include "QuitAfterFirstPaint.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QWidget>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption quitAfterShow(QStringLiteral("quit-after-show"));
    parser.addOption(quitAfterShow);
    parser.process(app);

    QWidget window;
    xlink::applyFirstWindowGeometry(&window);
    if (parser.isSet(quitAfterShow))
        new xlink::QuitAfterFirstPaint(&window);
    window.show();
    return QApplication::exec();
}
