#include "ProfileStore.h"

#include <QSettings>

#include <algorithm>

namespace osm {

namespace {
const QString kProfiles = QStringLiteral("profiles");
const QString kActive = QStringLiteral("activeProfileId");

// Keys inside "profiles/<id>/". Written as plain strings so the file stays readable and diffable.
const QString kName = QStringLiteral("name");
const QString kSite = QStringLiteral("site");
const QString kOsmUrl = QStringLiteral("customOsmUrl");
const QString kIamUrl = QStringLiteral("customIamUrl");
const QString kMethod = QStringLiteral("method");
const QString kAccessKey = QStringLiteral("accessKey");
const QString kDomainId = QStringLiteral("domainId");
const QString kTemporary = QStringLiteral("temporaryKey");
const QString kIamDomain = QStringLiteral("iamDomain");
const QString kIamUser = QStringLiteral("iamUser");
const QString kProjectId = QStringLiteral("projectId");

const QString kAkSk = QStringLiteral("aksk");
const QString kPassword = QStringLiteral("password");

// A hand-edited id with a slash would escape its group.
bool isUsableId(const QString &id)
{
    return !id.isEmpty() && !id.contains(QLatin1Char('/')) && !id.contains(QLatin1Char('\\'));
}
} // namespace

ProfileStore::ProfileStore(QSettings &settings) : m_settings(settings) {}

QString ProfileStore::groupOf(const QString &id)
{
    return kProfiles + QLatin1Char('/') + id;
}

QList<Profile> ProfileStore::list() const
{
    m_settings.beginGroup(kProfiles);
    const QStringList ids = m_settings.childGroups();
    m_settings.endGroup();

    QList<Profile> profiles;
    for (const QString &id : ids) {
        if (std::optional<Profile> profile = load(id))
            profiles.append(std::move(*profile));
    }
    std::stable_sort(profiles.begin(), profiles.end(), [](const Profile &a, const Profile &b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    return profiles;
}

bool ProfileStore::contains(const QString &id) const
{
    if (!isUsableId(id))
        return false;
    m_settings.beginGroup(kProfiles);
    const bool found = m_settings.childGroups().contains(id);
    m_settings.endGroup();
    return found;
}

std::optional<Profile> ProfileStore::load(const QString &id) const
{
    if (!contains(id))
        return std::nullopt;

    m_settings.beginGroup(groupOf(id));
    Profile p;
    p.id = id;
    p.name = m_settings.value(kName).toString();
    p.siteId = m_settings.value(kSite).toString();
    p.customOsmUrl = QUrl(m_settings.value(kOsmUrl).toString());
    p.customIamUrl = QUrl(m_settings.value(kIamUrl).toString());
    p.method = m_settings.value(kMethod).toString() == kPassword ? Credentials::Method::Password
                                                                 : Credentials::Method::AkSk;
    p.accessKey = m_settings.value(kAccessKey).toString();
    p.domainId = m_settings.value(kDomainId).toString();
    p.temporaryKey = m_settings.value(kTemporary, false).toBool();
    p.iamDomain = m_settings.value(kIamDomain).toString();
    p.iamUser = m_settings.value(kIamUser).toString();
    p.projectId = m_settings.value(kProjectId).toString();
    m_settings.endGroup();
    return p;
}

QString ProfileStore::save(Profile profile)
{
    if (!isUsableId(profile.id))
        profile.id = Profile::newId();

    // Rewrite the whole group so that keys of an older version do not linger.
    m_settings.remove(groupOf(profile.id));
    m_settings.beginGroup(groupOf(profile.id));
    m_settings.setValue(kName, profile.name);
    m_settings.setValue(kSite, profile.siteId);
    m_settings.setValue(kOsmUrl, profile.customOsmUrl.toString(QUrl::FullyEncoded));
    m_settings.setValue(kIamUrl, profile.customIamUrl.toString(QUrl::FullyEncoded));
    m_settings.setValue(kMethod, profile.method == Credentials::Method::Password ? kPassword : kAkSk);
    m_settings.setValue(kAccessKey, profile.accessKey);
    m_settings.setValue(kDomainId, profile.domainId);
    m_settings.setValue(kTemporary, profile.temporaryKey);
    m_settings.setValue(kIamDomain, profile.iamDomain);
    m_settings.setValue(kIamUser, profile.iamUser);
    m_settings.setValue(kProjectId, profile.projectId);
    m_settings.endGroup();
    return profile.id;
}

void ProfileStore::remove(const QString &id)
{
    if (!isUsableId(id))
        return;
    m_settings.remove(groupOf(id));
    if (m_settings.value(kActive).toString() == id)
        m_settings.remove(kActive);
}

QString ProfileStore::activeProfileId() const
{
    const QString id = m_settings.value(kActive).toString();
    return contains(id) ? id : QString();
}

void ProfileStore::setActiveProfileId(const QString &id)
{
    if (id.isEmpty())
        m_settings.remove(kActive);
    else
        m_settings.setValue(kActive, id);
}

bool ProfileStore::setDomainId(const QString &id, const QString &domainId)
{
    if (!contains(id))
        return false;
    m_settings.setValue(groupOf(id) + QLatin1Char('/') + kDomainId, domainId);
    return true;
}

} // namespace osm
