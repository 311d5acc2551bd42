// KeychainCredentialStore against a real Secret Service (gnome-keyring in a private D-Bus session).
// ctest runs it through run-with-keyring.sh, which sets OSM_KEYRING_HARNESS; run alone, it skips.

#include "StoreCalls.h"
#include "account/KeychainCredentialStore.h"

#include <QSignalSpy>
#include <QTest>

using namespace osm;

class TestRealKeychain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("OSM_KEYRING_HARNESS"))
            QSKIP("Needs a private D-Bus session with an unlocked gnome-keyring: run it through "
                  "run-with-keyring.sh (ctest does).");
        QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
                 "the harness started no D-Bus session");
    }

    void writeReadDelete()
    {
        const QString id = Profile::newId();
        const Secret first{QStringLiteral("SK-real-1"), QStringLiteral("TOKEN-real"), {}};
        const Secret second{{}, {}, QStringLiteral("pässwörd-real")};

        KeychainCredentialStore store(QStringLiteral("osmdesk-test"));
        QSignalSpy unavailable(&store, &KeychainCredentialStore::backendUnavailable);

        auto absent = osmtest::read(store, id, this);
        QVERIFY(absent.value);
        QVERIFY2(
            absent.value->error().code() == QLatin1String("not-found"),
            qPrintable(absent.value->error().code() + QLatin1Char(' ') + absent.value->error().detail()));

        auto written = osmtest::write(store, id, first, this);
        QVERIFY(written.value);
        QVERIFY2(!written.value->isError(),
                 qPrintable(written.value->code() + QLatin1Char(' ') + written.value->detail()));
        QVERIFY(!store.memoryOnly());

        // A second store has no memory of its own: what it reads came from the keychain.
        KeychainCredentialStore other(QStringLiteral("osmdesk-test"));
        auto read = osmtest::read(other, id, this);
        QVERIFY(read.value);
        QVERIFY2(read.value->ok(), qPrintable(read.value->error().detail()));
        QCOMPARE(read.value->value(), first);

        QVERIFY(!osmtest::write(store, id, second, this).value->isError());
        QCOMPARE(osmtest::read(other, id, this).value->value(), second);

        auto removed = osmtest::remove(store, id, this);
        QVERIFY(removed.value);
        QVERIFY2(!removed.value->isError(), qPrintable(removed.value->detail()));
        QCOMPARE(osmtest::read(other, id, this).value->error().code(), QStringLiteral("not-found"));
        QVERIFY(!osmtest::remove(store, id, this).value->isError()); // already gone: still fine

        QVERIFY(!store.memoryOnly());
        QVERIFY(!other.memoryOnly());
        QCOMPARE(unavailable.size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestRealKeychain)
#include "tst_realkeychain.moc"
