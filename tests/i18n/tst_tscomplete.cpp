// The committed translations are complete and current. See CMakeLists.txt for what is checked.
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Entry
{
    QString context, source, comment;
    bool numerus = false;
    QString type; // "", "unfinished", "obsolete", "vanished"
    QStringList translations;
};

// "context\x1fsource\x1fcomment" identifies a message as lupdate does.
using Catalogue = QMap<QString, Entry>;

Catalogue readTs(const QString &path, QString *error)
{
    Catalogue entries;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return entries;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Entry entry;
    bool inMessage = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("name") && !inMessage) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                inMessage = true;
                entry = Entry{};
                entry.context = context;
                entry.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            } else if (inMessage && name == QLatin1String("source")) {
                entry.source = xml.readElementText();
            } else if (inMessage && name == QLatin1String("comment")) {
                entry.comment = xml.readElementText();
            } else if (inMessage && name == QLatin1String("translation")) {
                entry.type = xml.attributes().value(QLatin1String("type")).toString();
                if (!entry.numerus)
                    entry.translations << xml.readElementText();
            } else if (inMessage && name == QLatin1String("numerusform")) {
                entry.translations << xml.readElementText();
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            inMessage = false;
            entries.insert(entry.context + QChar(0x1f) + entry.source + QChar(0x1f) + entry.comment, entry);
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return entries;
}

QString describe(const Entry &entry)
{
    return QStringLiteral("[%1] \"%2\"").arg(entry.context, entry.source);
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%L?[1-9]"));
    QStringList found;
    for (const auto &match : re.globalMatch(text))
        found << match.captured().remove(QLatin1Char('L'));
    found.sort();
    found.removeDuplicates();
    return found;
}

bool hasAccelerator(const QString &text)
{
    return QString(text).remove(QStringLiteral("&&")).contains(QLatin1Char('&'));
}

QStringList tsFiles()
{
    return qEnvironmentVariable("OSM_TS_FILES").split(QLatin1Char('|'), Qt::SkipEmptyParts);
}

} // namespace

class TsCompleteTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!tsFiles().isEmpty(), "OSM_TS_FILES is not set; run through ctest");
        for (const QString &ts : tsFiles())
            QVERIFY2(QFileInfo::exists(ts), qPrintable(ts));
    }

    void everyEntryTranslated_data()
    {
        QTest::addColumn<QString>("ts");
        for (const QString &ts : tsFiles())
            QTest::newRow(qPrintable(QFileInfo(ts).completeBaseName())) << ts;
    }

    // Nothing unfinished, obsolete or vanished; placeholders, plural forms and accelerators kept.
    void everyEntryTranslated()
    {
        QFETCH(QString, ts);
        QString error;
        const Catalogue entries = readTs(ts, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(!entries.isEmpty());
        QStringList problems;
        for (const Entry &entry : entries) {
            if (!entry.type.isEmpty()) {
                problems << QStringLiteral("%1 is %2").arg(describe(entry), entry.type);
                continue;
            }
            for (const QString &translation : entry.translations) {
                if (translation.isEmpty())
                    problems << QStringLiteral("%1 has an empty translation").arg(describe(entry));
                else if (placeholders(translation) != placeholders(entry.source))
                    problems << QStringLiteral("%1: placeholders differ in \"%2\"").arg(describe(entry), translation);
                else if (hasAccelerator(entry.source) != hasAccelerator(translation))
                    problems << QStringLiteral("%1: accelerator (&) differs in \"%2\"").arg(describe(entry), translation);
            }
            // %n must survive at least in the general (last) plural form; the first forms may spell
            // the number out (Arabic "one", "two").
            if (entry.numerus && !entry.translations.isEmpty() && !entry.translations.constLast().contains(QLatin1String("%n")))
                problems << QStringLiteral("%1: the last plural form lacks %n").arg(describe(entry));
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    // lupdate over the current sources, into copies, must find nothing the committed files lack,
    // and must drop nothing from them.
    void currentWithSources()
    {
        const QString lupdate = qEnvironmentVariable("OSM_LUPDATE");
        const QDir root(qEnvironmentVariable("OSM_SOURCE_DIR"));
        QVERIFY2(QFileInfo(lupdate).isExecutable(), qPrintable(QStringLiteral("no lupdate at \"%1\"").arg(lupdate)));

        QTemporaryDir temp;
        QVERIFY(temp.isValid());

        // The same scope as app/CMakeLists.txt's OSM_I18N_SOURCES glob: core, ui, app (and translations).
        QStringList list;
        for (const QString &dir : {QStringLiteral("core"), QStringLiteral("ui"), QStringLiteral("app"), QStringLiteral("translations")}) {
            QDirIterator it(root.filePath(dir), {QStringLiteral("*.cpp"), QStringLiteral("*.h"), QStringLiteral("*.ui")},
                            QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext())
                list << it.next();
        }
        for (const QString &dir : {QStringLiteral("core"), QStringLiteral("ui"), QStringLiteral("app")})
            list << QStringLiteral("-I") + root.filePath(dir);
        QFile listFile(temp.filePath(QStringLiteral("sources.lst")));
        QVERIFY(listFile.open(QIODevice::WriteOnly | QIODevice::Text));
        listFile.write(list.join(QLatin1Char('\n')).toUtf8() + '\n');
        listFile.close();

        QStringList copies;
        for (const QString &ts : tsFiles()) {
            const QString copy = temp.filePath(QFileInfo(ts).fileName());
            QVERIFY(QFile::copy(ts, copy));
            QFile(copy).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
            copies << copy;
        }

        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(lupdate, QStringList{QStringLiteral("-silent"), QStringLiteral("-no-obsolete"),
                                           QStringLiteral("-locations"), QStringLiteral("none"),
                                           QLatin1Char('@') + listFile.fileName(), QStringLiteral("-ts")}
                                   + copies);
        QVERIFY(process.waitForFinished(120000));
        QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0,
                 process.readAll().constData());

        QStringList problems;
        for (int i = 0; i < copies.size(); ++i) {
            QString error;
            const Catalogue committed = readTs(tsFiles().at(i), &error);
            const Catalogue fresh = readTs(copies.at(i), &error);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            const QString name = QFileInfo(copies.at(i)).fileName();
            for (auto it = fresh.cbegin(); it != fresh.cend(); ++it) {
                if (!committed.contains(it.key()))
                    problems << QStringLiteral("%1 lacks %2").arg(name, describe(it.value()));
            }
            for (auto it = committed.cbegin(); it != committed.cend(); ++it) {
                if (!fresh.contains(it.key()))
                    problems << QStringLiteral("%1 still has %2, which the sources no longer contain").arg(name, describe(it.value()));
            }
        }
        QVERIFY2(problems.isEmpty(),
                 qPrintable(problems.join(QLatin1Char('\n'))
                            + QStringLiteral("\nRun scripts/update-translations.sh and translate the new entries.")));
    }
};

QTEST_GUILESS_MAIN(TsCompleteTest)
#include "tst_tscomplete.moc"
