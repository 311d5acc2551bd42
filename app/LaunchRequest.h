#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace osm::app {

// What a start of osmdesk asks for besides its options: nothing (show the window), or one case, named by an
// `osmdesk://case/<case id>` link (the desktop entry's URL handler) or by a bare case id, and the account
// profile given with --profile. Sent from a second start to the running instance as a small JSON message.
struct LaunchRequest
{
    QString caseId;    // empty: just bring the window forward
    QString profileId; // --profile; empty: whichever profile the running instance shows

    // The positional arguments of the command line; nullopt (and `error` set) when one is not understood.
    static std::optional<LaunchRequest> fromArguments(const QStringList &positional, QString *error = nullptr);
    // `osmdesk://case/ID` (also `osmdesk:case/ID` and `osmdesk://case/ID/`); nullopt for anything else.
    static std::optional<LaunchRequest> fromUrl(const QString &url);

    QByteArray toMessage() const;
    static std::optional<LaunchRequest> fromMessage(const QByteArray &message);

    bool operator==(const LaunchRequest &) const = default;
};

// A case id as the reference allows it in a path: 1-32 letters, digits, '-' or '_'.
bool isPlausibleCaseId(const QString &caseId);

} // namespace osm::app
