#include "RetryPolicy.h"

#include "ResponseInterpreter.h"

#include <QDateTime>
#include <QLocale>
#include <QTimeZone>

#include <algorithm>

namespace osm {

std::optional<int> RetryPolicy::delayBeforeRetry(const QByteArray &method, const Failure &failure, int attempt,
                                                 double jitter) const
{
    if (attempt >= maxAttempts)
        return std::nullopt;
    if (failure.error.code() == ResponseInterpreter::kResponseTooLarge)
        return std::nullopt; // it would only be as large again
    const Error &error = failure.error;
    const int status = error.httpStatus();
    // GET, HEAD, PUT and DELETE may be repeated safely; a POST may not.
    const bool idempotent = method == "GET" || method == "HEAD" || method == "PUT" || method == "DELETE";

    bool retry = false;
    if (status == 429 || status == 503) {
        // The server says it did not do the work: safe to repeat whatever the method.
        retry = true;
    } else if (!failure.reachedServer) {
        retry = error.category() == Error::Category::Network;
    } else if (idempotent) {
        retry = error.category() == Error::Category::Network || error.category() == Error::Category::Timeout
                || error.category() == Error::Category::MalformedBody || status == 500 || status == 502
                || status == 504;
    }
    // A POST that may have reached the server is never repeated here: the caller decides (outbox).
    if (!retry)
        return std::nullopt;

    if (failure.retryAfterMs)
        return std::min(*failure.retryAfterMs, maxDelayMs * 4);
    const int exponential = std::min(maxDelayMs, baseDelayMs << std::min(attempt - 1, 16));
    // Full jitter on the upper half: between 50 % and 100 % of the exponential delay.
    return exponential / 2 + static_cast<int>(exponential / 2 * jitter);
}

std::optional<int> RetryPolicy::parseRetryAfter(const QByteArray &value)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    bool ok = false;
    const int seconds = trimmed.toInt(&ok);
    if (ok)
        return seconds < 0 ? std::nullopt : std::optional<int>(seconds * 1000);
    const QDateTime when = QLocale::c().toDateTime(QString::fromLatin1(trimmed),
                                                   QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!when.isValid())
        return std::nullopt;
    QDateTime utc = when;
    utc.setTimeZone(QTimeZone::utc());
    return std::max<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(utc));
}

} // namespace osm
