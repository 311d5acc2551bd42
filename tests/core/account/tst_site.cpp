// The endpoint table and how a profile picks its endpoint.

#include "account/Profile.h"
#include "account/Site.h"

#include <QSet>
#include <QTest>
#include <QUuid>

using namespace osm;

class TestSite : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void table()
    {
        const QList<Site> sites = Site::all();
        QCOMPARE(sites.size(), 2);
        QSet<QString> ids, names;
        for (const Site &site : sites) {
            QVERIFY(!site.id.isEmpty());
            ids.insert(site.id);
            names.insert(site.displayName());
            QCOMPARE(site.regionId, QStringLiteral("cn-south-1"));
            QCOMPARE(site.osmUrl.scheme(), QStringLiteral("https"));
            QCOMPARE(site.iamUrl.scheme(), QStringLiteral("https"));
            QVERIFY2((Endpoint{site.osmUrl, site.iamUrl}.check().isEmpty()), qPrintable(site.id));
            QVERIFY(!site.displayName().isEmpty());
            QVERIFY(site.displayName() != site.id);
        }
        QCOMPARE(ids.size(), 2);
        QCOMPARE(names.size(), 2);
    }

    void hostsFromTheReferenceAndTheSdk()
    {
        // API.md §1: osm.cn-south-1.myhuaweicloud.com; the SDK: osm.cn-south-1.myhuaweicloud.cn.
        const std::optional<Site> com = Site::byId(Site::defaultId());
        QVERIFY(com);
        QCOMPARE(com->osmUrl, QUrl(QStringLiteral("https://osm.cn-south-1.myhuaweicloud.com")));
        QCOMPARE(com->iamUrl, QUrl(QStringLiteral("https://iam.myhuaweicloud.com")));

        const QList<Site> sites = Site::all();
        const auto cn = std::find_if(sites.begin(), sites.end(), [](const Site &s) {
            return s.osmUrl.host() == QLatin1String("osm.cn-south-1.myhuaweicloud.cn");
        });
        QVERIFY(cn != sites.end());
        QCOMPARE(cn->iamUrl, QUrl(QStringLiteral("https://iam.myhuaweicloud.cn")));
        QCOMPARE(Site::byId(cn->id)->osmUrl, cn->osmUrl);
    }

    void unknownId()
    {
        QVERIFY(!Site::byId(QStringLiteral("nowhere")));
        QVERIFY(!Site::byId(QString()));
    }

    void profileUsesSiteUrls()
    {
        for (const Site &site : Site::all()) {
            Profile profile;
            profile.siteId = site.id;
            const Endpoint endpoint = profile.endpoint();
            QCOMPARE(endpoint.osm, site.osmUrl);
            QCOMPARE(endpoint.iam, site.iamUrl);
        }
    }

    void customUrlsOverrideEachOnItsOwn()
    {
        const Site site = *Site::byId(Site::defaultId());
        const QUrl osmProxy(QStringLiteral("http://127.0.0.1:8443"));
        const QUrl iamProxy(QStringLiteral("https://iam.example.test"));

        Profile profile;
        profile.siteId = site.id;
        profile.customOsmUrl = osmProxy;
        QCOMPARE(profile.endpoint().osm, osmProxy);
        QCOMPARE(profile.endpoint().iam, site.iamUrl);

        profile.customOsmUrl.clear();
        profile.customIamUrl = iamProxy;
        QCOMPARE(profile.endpoint().osm, site.osmUrl);
        QCOMPARE(profile.endpoint().iam, iamProxy);

        profile.customOsmUrl = osmProxy;
        QCOMPARE(profile.endpoint().osm, osmProxy);
        QCOMPARE(profile.endpoint().iam, iamProxy);
        QVERIFY(profile.endpoint().check().isEmpty()); // loopback http is allowed
    }

    void unknownSiteGivesNoUrl()
    {
        // Never fall back to another site silently: the empty URL fails the endpoint check instead.
        Profile profile;
        profile.siteId = QStringLiteral("retired-site");
        QVERIFY(profile.endpoint().osm.isEmpty());
        QVERIFY(profile.endpoint().iam.isEmpty());
        QVERIFY(!profile.endpoint().check().isEmpty());

        profile.customOsmUrl = QUrl(QStringLiteral("https://osm.example.test"));
        profile.customIamUrl = QUrl(QStringLiteral("https://iam.example.test"));
        QVERIFY(profile.endpoint().check().isEmpty());
    }

    void createGivesUuidOnDefaultSite()
    {
        const Profile a = Profile::create(QStringLiteral("Work"));
        const Profile b = Profile::create();
        QCOMPARE(a.name, QStringLiteral("Work"));
        QCOMPARE(a.siteId, Site::defaultId());
        QVERIFY(!QUuid::fromString(a.id).isNull());
        QVERIFY(a.id != b.id);
        QCOMPARE(a.method, Credentials::Method::AkSk);
    }
};

QTEST_GUILESS_MAIN(TestSite)
#include "tst_site.moc"
