// Baseline for run-gui-benchmarks.sh: an empty Qt Widgets window of the console's default size,
// shown and quit the same way as `xlink-console --quit-after-show`.
#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>
#include <QWidget>

namespace {

// The same end point as xlink::QuitAfterFirstPaint: the first paint of the window.
class QuitOnFirstPaint final : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (!m_done && event->type() == QEvent::Paint) {
            m_done = true;
            QTimer::singleShot(0, QCoreApplication::instance(), &QCoreApplication::quit);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_done = false;
};

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption quitAfterShow(QStringLiteral("quit-after-show"));
    parser.addOption(quitAfterShow);
    parser.process(app);

    QWidget window;
    window.resize(1100, 720);
    QuitOnFirstPaint quitter;
    if (parser.isSet(quitAfterShow))
        window.installEventFilter(&quitter);
    window.show();
    return QApplication::exec();
}
