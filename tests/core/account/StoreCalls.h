#pragma once

// Synchronous wrappers for tests over the asynchronous CredentialStore calls.

#include "account/CredentialStore.h"

#include <QTest>

#include <memory>
#include <optional>

namespace osmtest {

template <typename T> struct Answer
{
    std::optional<T> value;   // empty when no answer came in time
    int count = 0;            // answers received while waiting
    bool synchronous = false; // answered before the call returned (a contract violation)
};

template <typename T, typename Start> Answer<T> await(Start start, int timeoutMs)
{
    auto answer = std::make_shared<Answer<T>>();
    start([answer](T value) {
        answer->value = std::move(value);
        ++answer->count;
    });
    answer->synchronous = answer->count > 0;
    // A timeout shows as an empty value, which the test checks.
    (void)QTest::qWaitFor([&] { return answer->count > 0; }, timeoutMs);
    return *answer;
}

inline Answer<osm::Result<osm::Secret>> read(osm::CredentialStore &store, const QString &id, QObject *context,
                                             int timeoutMs = 15000)
{
    return await<osm::Result<osm::Secret>>([&](auto done) { store.readSecret(id, context, done); },
                                           timeoutMs);
}

inline Answer<osm::Error> write(osm::CredentialStore &store, const QString &id, const osm::Secret &secret,
                                QObject *context, int timeoutMs = 15000)
{
    return await<osm::Error>([&](auto done) { store.writeSecret(id, secret, context, done); }, timeoutMs);
}

inline Answer<osm::Error> remove(osm::CredentialStore &store, const QString &id, QObject *context,
                                 int timeoutMs = 15000)
{
    return await<osm::Error>([&](auto done) { store.removeSecret(id, context, done); }, timeoutMs);
}

} // namespace osmtest
