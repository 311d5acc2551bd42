#pragma once

#include "Error.h"

#include <QByteArray>
#include <chrono>
#include <optional>

namespace osm {

// When the pipeline repeats a failed request, and after how long. Pure: no timers, no network.
class RetryPolicy
{
public:
    int maxAttempts = 4;  // including the first
    int baseDelayMs = 500; // doubled per attempt
    int maxDelayMs = 30000;

    struct Failure
    {
        Error error;
        bool reachedServer = true;     // false when the request provably never left (refused, DNS)
        std::optional<int> retryAfterMs; // from Retry-After
    };

    // The delay before attempt number `attempt + 1`, or nothing when the failure is final.
    // `jitter` in [0, 1) spreads clients that failed together.
    std::optional<int> delayBeforeRetry(const QByteArray &method, const Failure &failure, int attempt,
                                        double jitter) const;

    // Seconds or an HTTP date, as Retry-After allows.
    static std::optional<int> parseRetryAfter(const QByteArray &value);
};

} // namespace osm
