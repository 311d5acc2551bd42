#pragma once

#include <QWidget>

namespace osm::ui {

// Shows `window` in front, as it was: un-minimised, but a maximised window stays maximised (showNormal()
// would shrink it).
inline void bringToFront(QWidget *window)
{
    window->setWindowState(window->windowState() & ~Qt::WindowMinimized);
    window->show();
    window->raise();
    window->activateWindow();
}

} // namespace osm::ui
