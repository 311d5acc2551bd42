#pragma once

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>
#include <utility>

namespace osm {

// Calls `handler(result)` on `context`'s thread when `future` has a result, unless `context` is gone by then.
// Use this rather than QFuture::then(context, …): in Qt 6.4 that asserts when the context is destroyed
// before the future finishes (a window closed while its request is still running).
template <typename T, typename Handler>
void whenReady(const QFuture<T> &future, QObject *context, Handler &&handler)
{
    auto *watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, watcher,
                     [watcher, handler = std::forward<Handler>(handler)]() mutable {
                         // A future cancelled without a result (its client went away) calls nobody.
                         if (watcher->future().resultCount() > 0)
                             handler(watcher->result());
                         watcher->deleteLater();
                     });
    watcher->setFuture(future);
}

} // namespace osm
