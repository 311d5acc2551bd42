#pragma once

#include "net/Error.h"
#include "net/Result.h"
#include "net/WhenReady.h"
#include "store/CaseCache.h"
#include "store/LocalStore.h"

#include <QFuture>
#include <QJsonObject>
#include <QPromise>
#include <QString>

#include <memory>

namespace osm::ui {

// The configuration lists the create-case wizard reads (area codes, regions, product categories, problem
// types, severities, templates, limits…) go through the local cache: each answer of the server is saved
// (CaseCache::putList under "config/<name>"), and when the server cannot be reached (a network error or a
// timeout) the saved copy answers instead, so the wizard opens offline. Any other error is passed on as it
// is: a refusal is the server's word, not something a saved list should hide. Without a store, `fetch` is
// returned untouched. `name` tells the lists apart, with their key where there is one ("severities/<type>").
template <typename T>
QFuture<Result<T>> throughConfigCache(LocalStore *store, const QString &name, QFuture<Result<T>> fetch,
                                      QObject *context)
{
    if (!store)
        return fetch;
    auto promise = std::make_shared<QPromise<Result<T>>>();
    promise->start();
    QFuture<Result<T>> answer = promise->future();
    const QString key = QStringLiteral("config/") + name;
    whenReady(fetch, context, [store, key, promise](const Result<T> &result) {
        CaseCache cache(*store);
        const bool usable = cache.open(); // creates the tables once; cheap afterwards
        if (result.ok()) {
            if (usable)
                cache.putList(key, result.value().toJson());
            promise->addResult(result);
        } else if (const Error::Category category = result.error().category();
                   usable && (category == Error::Category::Network || category == Error::Category::Timeout)) {
            const std::optional<Cached<QJsonValue>> saved = cache.list(key);
            promise->addResult(saved ? Result<T>(T::fromJson(saved->value.toObject())) : result);
        } else {
            promise->addResult(result);
        }
        promise->finish();
    });
    return answer;
}

} // namespace osm::ui
