#include "MainWindow.h"

namespace xlink {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("XLink Developer Console"));
    resize(1100, 720);
}

MainWindow::~MainWindow() = default;

} // namespace xlink
