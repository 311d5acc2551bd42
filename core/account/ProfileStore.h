#pragma once

#include "Profile.h"

#include <QList>
#include <QString>

#include <optional>

class QSettings;

namespace osm {

// Profiles in QSettings under "profiles/<id>/...", plus the active profile's id. Holds no secrets: Profile
// has no field for them, and this class writes only Profile's fields. Removing a profile here does not touch
// its secret; the caller removes that from the CredentialStore too.
class ProfileStore
{
public:
    explicit ProfileStore(QSettings &settings);

    QList<Profile> list() const; // sorted by name
    std::optional<Profile> load(const QString &id) const;
    QString save(Profile profile); // gives an empty id a new uuid; returns the id saved under
    void remove(const QString &id);
    bool contains(const QString &id) const;

    QString activeProfileId() const; // empty when unset or when that profile no longer exists
    void setActiveProfileId(const QString &id);

    // The pipeline looked the account's domain id up; remember it. False when the profile does not exist.
    bool setDomainId(const QString &id, const QString &domainId);

private:
    static QString groupOf(const QString &id);

    QSettings &m_settings;
};

} // namespace osm
