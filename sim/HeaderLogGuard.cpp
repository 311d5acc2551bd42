#include "HeaderLogGuard.h"

#include <QLoggingCategory>

#include <cstring>
#include <mutex>

namespace osm::sim {

namespace {

QLoggingCategory::CategoryFilter g_previousFilter = nullptr;

void filter(QLoggingCategory *category)
{
    if (g_previousFilter)
        g_previousFilter(category);
    if (std::strncmp(category->categoryName(), "qt.httpserver", 13) == 0) {
        category->setEnabled(QtDebugMsg, false);
        category->setEnabled(QtInfoMsg, false);
    }
}

} // namespace

void installHeaderLogGuard()
{
    static std::once_flag once;
    std::call_once(once, [] { g_previousFilter = QLoggingCategory::installFilter(filter); });
}

} // namespace osm::sim
