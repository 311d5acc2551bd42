// osmctl as a whole: help at every level, usage errors (exit 2, nothing sent), an API error (3), a network
// error (4), authentication errors (5), credentials from the environment, secrets never printed, the
// readable view, and the language of LANGUAGE.

#include "OsmctlTestSupport.h"

#include <QTcpServer>
#include <QTranslator>

using namespace osmtest;

class TstOsmctlCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void helpAtEveryLevel_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("top") << QStringList{QStringLiteral("--help")}
                             << QStringList{QStringLiteral("Command groups:"), QStringLiteral("cases"),
                                            QStringLiteral("labels"), QStringLiteral("--endpoint <url>"),
                                            QStringLiteral("Exit codes:")};
        QTest::newRow("group") << QStringList{QStringLiteral("labels"), QStringLiteral("--help")}
                               << QStringList{QStringLiteral("Usage: osmctl labels <command>"),
                                              QStringLiteral("case-add"), QStringLiteral("update")};
        QTest::newRow("command") << QStringList{QStringLiteral("cases"), QStringLiteral("list"), QStringLiteral("-h")}
                                 << QStringList{QStringLiteral("--offset <number>"), QStringLiteral("0-65535"),
                                                QStringLiteral("--search-key <text>"),
                                                QStringLiteral("Repeat the option"), QStringLiteral("--json")};
        QTest::newRow("help wins over a bad option")
            << QStringList{QStringLiteral("cases"), QStringLiteral("show"), QStringLiteral("--nope"), QStringLiteral("--help")}
            << QStringList{QStringLiteral("--case-id <text>"), QStringLiteral("Required.")};
    }

    void helpAtEveryLevel()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QStringList, expected);
        CtlFixture fx;
        const CtlRun run = fx.run(arguments);
        OSMCTL_VERIFY_OK(run);
        for (const QString &text : expected)
            QVERIFY2(run.outText().contains(text), qPrintable(text + QStringLiteral(" missing in\n") + run.outText()));
        QVERIFY(fx.server.requests().isEmpty());
    }

    void versionAndBareGroup()
    {
        CtlFixture fx;
        const CtlRun version = fx.run({QStringLiteral("--version")});
        OSMCTL_VERIFY_OK(version);
        QVERIFY(version.outText().startsWith(QLatin1String("osmctl ")));

        const CtlRun none = fx.run({});
        QCOMPARE(none.exitCode, 2);
        QVERIFY(none.errText().contains(QLatin1String("Command groups:")));
        const CtlRun bare = fx.run({QStringLiteral("cases")});
        QCOMPARE(bare.exitCode, 2);
        QVERIFY(bare.errText().contains(QLatin1String("count")));
        QVERIFY(fx.server.requests().isEmpty());
    }

    void usageErrorsSendNothing_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unknown group") << QStringList{QStringLiteral("tickets"), QStringLiteral("list")}
                                       << QStringLiteral("Unknown command group \"tickets\"");
        QTest::newRow("unknown command") << QStringList{QStringLiteral("cases"), QStringLiteral("destroy")}
                                         << QStringLiteral("\"cases\" has no command \"destroy\"");
        QTest::newRow("unknown option") << QStringList{QStringLiteral("cases"), QStringLiteral("list"), QStringLiteral("--colour")}
                                        << QStringLiteral("Unknown option --colour for \"cases list\"");
        QTest::newRow("option before the command") << QStringList{QStringLiteral("cases"), QStringLiteral("--limit"), QStringLiteral("5"), QStringLiteral("list")}
                                                   << QStringLiteral("Unknown option --limit.");
        QTest::newRow("not a number") << QStringList{QStringLiteral("cases"), QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("ten")}
                                      << QStringLiteral("--limit expects a whole number, not \"ten\"");
        QTest::newRow("not a boolean") << QStringList{QStringLiteral("cases"), QStringLiteral("list"), QStringLiteral("--trim-osm-rich-text-label=maybe")}
                                       << QStringLiteral("--trim-osm-rich-text-label expects true or false");
        QTest::newRow("over the limit") << QStringList{QStringLiteral("cases"), QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("101")}
                                        << QStringLiteral("(option --limit)");
        QTest::newRow("too many keywords")
            << QStringList{QStringLiteral("cases"), QStringLiteral("list"), QStringLiteral("--search-key"), QStringLiteral("a"),
                           QStringLiteral("--search-key"), QStringLiteral("b"), QStringLiteral("--search-key"), QStringLiteral("c"),
                           QStringLiteral("--search-key"), QStringLiteral("d")}
            << QStringLiteral("(option --search-key)");
        QTest::newRow("required option missing") << QStringList{QStringLiteral("cases"), QStringLiteral("show")}
                                                 << QStringLiteral("The option --case-id is required.");
        QTest::newRow("invalid case id") << QStringList{QStringLiteral("cases"), QStringLiteral("show"), QStringLiteral("--case-id"), QString(40, QLatin1Char('x'))}
                                         << QStringLiteral("case_id");
        QTest::newRow("given twice") << QStringList{QStringLiteral("cases"), QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("1"), QStringLiteral("--limit"), QStringLiteral("2")}
                                     << QStringLiteral("--limit may be given only once");
        QTest::newRow("missing value") << QStringList{QStringLiteral("cases"), QStringLiteral("list"), QStringLiteral("--limit")}
                                       << QStringLiteral("--limit needs a value");
        QTest::newRow("flag with a value") << QStringList{QStringLiteral("--json=yes"), QStringLiteral("cases"), QStringLiteral("count")}
                                           << QStringLiteral("--json takes no value");
        QTest::newRow("stray argument") << QStringList{QStringLiteral("cases"), QStringLiteral("count"), QStringLiteral("now")}
                                        << QStringLiteral("Unexpected argument \"now\"");
    }

    void usageErrorsSendNothing()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, expected);
        CtlFixture fx;
        const CtlRun run = fx.run(arguments);
        QVERIFY(run.finished);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.errText().contains(expected), qPrintable(run.errText()));
        QVERIFY(run.errText().contains(QLatin1String("--help")));
        QVERIFY(run.out.isEmpty());
        QVERIFY(fx.server.requests().isEmpty());
    }

    void apiErrorPrintsCodeAndRequestId()
    {
        CtlFixture fx;
        fx.server.faults().addBusinessError(QStringLiteral("OSM.01010001"), QStringLiteral("backend says no"), 1,
                                            QStringLiteral("/v2/servicerequest/cases"));
        const CtlRun run = fx.run({QStringLiteral("cases"), QStringLiteral("list")});
        QCOMPARE(run.exitCode, 3);
        const QByteArray requestId = fx.osmRequests().last().requestId;
        QVERIFY(!requestId.isEmpty());
        QVERIFY2(run.errText().contains(QLatin1String("error_code: OSM.01010001")), qPrintable(run.errText()));
        QVERIFY(run.errText().contains(QLatin1String("error_msg: backend says no")));
        QVERIFY(run.errText().contains(QLatin1String("request_id: ") + QString::fromLatin1(requestId)));

        // --json: the same, machine-readable, on stdout.
        fx.server.faults().addBusinessError(QStringLiteral("OSM.01010001"), QStringLiteral("backend says no"), 1,
                                            QStringLiteral("/v2/servicerequest/cases"));
        const CtlRun json = fx.run({QStringLiteral("--json"), QStringLiteral("cases"), QStringLiteral("list")});
        QCOMPARE(json.exitCode, 3);
        const QJsonObject error = json.json().value(QLatin1String("error")).toObject();
        QCOMPARE(error.value(QLatin1String("error_code")).toString(), QStringLiteral("OSM.01010001"));
        QCOMPARE(error.value(QLatin1String("request_id")).toString(),
                 QString::fromLatin1(fx.osmRequests().last().requestId));
        QCOMPARE(error.value(QLatin1String("category")).toString(), QStringLiteral("api"));
    }

    void networkErrorIsFour()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 closedPort = probe.serverPort();
        probe.close();
        QTemporaryDir home;
        QProcessEnvironment env = ctlEnvironment(home.path());
        addDemoAkSk(env);
        const CtlRun run = runCtl({QStringLiteral("--endpoint"), QStringLiteral("http://127.0.0.1:%1").arg(closedPort),
                                   QStringLiteral("cases"), QStringLiteral("count")},
                                  env);
        QVERIFY(run.finished);
        QCOMPARE(run.exitCode, 4);
        QVERIFY2(run.errText().contains(QLatin1String("could not be reached")), qPrintable(run.errText()));
    }

    void wrongSecretIsFiveAndNeverPrinted()
    {
        CtlFixture fx;
        const QString wrongSecret = QStringLiteral("WrongSecretKeyWrongSecretKeyWrongSecret0");
        fx.env.insert(QStringLiteral("OSM_SK"), wrongSecret);
        const CtlRun run = fx.run({QStringLiteral("--verbose"), QStringLiteral("cases"), QStringLiteral("count")});
        QCOMPARE(run.exitCode, 5);
        QVERIFY(!run.errText().isEmpty());
        QVERIFY(!run.out.contains(wrongSecret.toUtf8()) && !run.err.contains(wrongSecret.toUtf8()));
        QVERIFY(fx.osmRequests().size() >= 1);
    }

    void missingCredentialsAreFive()
    {
        CtlFixture fx;
        QProcessEnvironment env = ctlEnvironment(fx.home.path());
        CtlRun run = runCtl({QStringLiteral("--endpoint"), fx.server.baseUrl().toString(), QStringLiteral("cases"),
                             QStringLiteral("count")},
                            env);
        QCOMPARE(run.exitCode, 5);
        QVERIFY(run.errText().contains(QLatin1String("OSM_AK")));

        // No --endpoint and no profile in this (empty) home.
        run = runCtl({QStringLiteral("cases"), QStringLiteral("count")}, env);
        QCOMPARE(run.exitCode, 5);
        QVERIFY(run.errText().contains(QLatin1String("No account profile")));
        // A profile asked for by name that does not exist is a typo: a usage error.
        run = runCtl({QStringLiteral("--profile"), QStringLiteral("work"), QStringLiteral("cases"), QStringLiteral("count")}, env);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.errText().contains(QLatin1String("\"work\"")));
        QVERIFY(fx.server.requests().isEmpty());
    }

    void plainHttpOnlyToLoopback()
    {
        CtlFixture fx;
        const CtlRun run = fx.run({QStringLiteral("--endpoint"), QStringLiteral("http://osm.example.com"),
                                   QStringLiteral("cases"), QStringLiteral("count")});
        QCOMPARE(run.exitCode, 2); // the last --endpoint wins and is refused before anything is sent
        QVERIFY(fx.server.requests().isEmpty());
    }

    void domainIdLookedUpAndPasswordSignIn()
    {
        CtlFixture fx;
        QProcessEnvironment env = ctlEnvironment(fx.home.path());
        addDemoAkSk(env, false);
        CtlRun run = runCtl({QStringLiteral("--endpoint"), fx.server.baseUrl().toString(), QStringLiteral("--json"),
                             QStringLiteral("cases"), QStringLiteral("count")},
                            env);
        OSMCTL_VERIFY_OK(run);
        QCOMPARE(fx.osmRequests().last().header("X-Domain-Id"), QByteArray(osm::sim::demo::kDomainId));

        env = ctlEnvironment(fx.home.path());
        env.insert(QStringLiteral("OSM_IAM_DOMAIN"), QString::fromLatin1(osm::sim::demo::kDomainName));
        env.insert(QStringLiteral("OSM_IAM_USER"), QString::fromLatin1(osm::sim::demo::kUserName));
        env.insert(QStringLiteral("OSM_PASSWORD"), QString::fromLatin1(osm::sim::demo::kPassword));
        run = runCtl({QStringLiteral("--endpoint"), fx.server.baseUrl().toString(), QStringLiteral("--json"),
                      QStringLiteral("cases"), QStringLiteral("count")},
                     env);
        OSMCTL_VERIFY_OK(run);
        QVERIFY(!fx.osmRequests().last().header("X-Auth-Token").isEmpty());
        QVERIFY(!run.out.contains(osm::sim::demo::kPassword) && !run.err.contains(osm::sim::demo::kPassword));

        env.insert(QStringLiteral("OSM_PASSWORD"), QStringLiteral("not-the-password"));
        run = runCtl({QStringLiteral("--endpoint"), fx.server.baseUrl().toString(), QStringLiteral("cases"),
                      QStringLiteral("count")},
                     env);
        QCOMPARE(run.exitCode, 5);
    }

    void readableViewIsATableWithoutControlCharacters()
    {
        CtlFixture fx;
        // Server text is untrusted: an escape sequence in a description must not reach the terminal.
        QList<osm::sim::CaseRecord> &cases = fx.server.dataSet().cases();
        QString firstId;
        for (osm::sim::CaseRecord &record : cases) {
            if (record.customerId == demoDomain() && record.status == 1) {
                record.simpleDescription = QStringLiteral("red\x1b[31m alert\x07");
                firstId = record.incidentId;
                break;
            }
        }
        QVERIFY(!firstId.isEmpty());
        const CtlRun run = fx.run({QStringLiteral("cases"), QStringLiteral("list"), QStringLiteral("--status"),
                                   QStringLiteral("1"), QStringLiteral("--limit"), QStringLiteral("100")});
        OSMCTL_VERIFY_OK(run);
        QVERIFY(run.outText().contains(QLatin1String("incident_info_list (")));
        QVERIFY(run.outText().contains(QLatin1String("incident_id")));
        QVERIFY(run.outText().contains(firstId));
        QVERIFY(run.outText().contains(QLatin1String("red")));
        QVERIFY(!run.out.contains('\x1b'));
        QVERIFY(!run.out.contains('\x07'));
    }

    void germanFromLanguage()
    {
        // The catalogue osmctl ships (osmi18n's :/i18n) says what German must look like.
        QTranslator german;
        QVERIFY(german.load(QStringLiteral(":/i18n/osmdesk_de.qm")));
        const QString networkGerman = german.translate(
            "osm::Error", "The server could not be reached. Check your network connection.");
        QVERIFY(!networkGerman.isEmpty());

        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 closedPort = probe.serverPort();
        probe.close();
        QTemporaryDir home;
        QProcessEnvironment env = ctlEnvironment(home.path());
        addDemoAkSk(env);
        env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("de"));
        const CtlRun run = runCtl({QStringLiteral("--endpoint"), QStringLiteral("http://127.0.0.1:%1").arg(closedPort),
                                   QStringLiteral("cases"), QStringLiteral("count")},
                                  env);
        QCOMPARE(run.exitCode, 4);
        QVERIFY2(run.errText().contains(networkGerman), qPrintable(run.errText()));

        // The help is produced in German too; once osmctl's own sentences are translated it differs from English.
        const CtlRun help = runCtl({QStringLiteral("--help")}, env);
        OSMCTL_VERIFY_OK(help);
        QVERIFY(help.outText().contains(QLatin1String("cases")));
        const CtlRun english = runCtl({QStringLiteral("--help")}, ctlEnvironment(home.path()));
        const QString usageGerman = german.translate("osm::ctl::Cli", "Usage: osmctl [global options] <group> <command> [options]");
        if (!usageGerman.isEmpty()) {
            QVERIFY(help.outText().contains(usageGerman));
            QVERIFY(help.out != english.out);
        }

        // --language overrides LANGUAGE; an unknown one is a usage error.
        const CtlRun chosen = runCtl({QStringLiteral("--language"), QStringLiteral("en"), QStringLiteral("--help")}, env);
        QCOMPARE(chosen.out, english.out);
        const CtlRun unknown = runCtl({QStringLiteral("--language"), QStringLiteral("xx_nowhere"), QStringLiteral("--help")}, env);
        QCOMPARE(unknown.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TstOsmctlCli)
#include "tst_osmctl_cli.moc"
