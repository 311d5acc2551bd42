// The local CSV of the case list: RFC 4180 quoting, the UTF-8 byte-order mark, the formula guard, Chinese
// text byte for byte, the header from the column titles, only the visible columns in the order shown, and a
// failed write reported with the path.
#include "models/CaseCsvWriter.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTest>

using osm::ui::CaseCsvWriter;

class TestCaseCsvWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void quotesOnlyWhatNeedsIt_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QByteArray>("field");
        QTest::newRow("plain") << QStringLiteral("TS2026") << QByteArray("TS2026");
        QTest::newRow("empty") << QString() << QByteArray();
        QTest::newRow("comma") << QStringLiteral("a,b") << QByteArray("\"a,b\"");
        QTest::newRow("quote") << QStringLiteral("say \"hi\"") << QByteArray("\"say \"\"hi\"\"\"");
        QTest::newRow("newline") << QStringLiteral("line1\nline2") << QByteArray("\"line1\nline2\"");
        QTest::newRow("crlf") << QStringLiteral("a\r\nb") << QByteArray("\"a\r\nb\"");
        QTest::newRow("spaces kept") << QStringLiteral(" x ") << QByteArray(" x ");
        // Chinese: UTF-8 bytes, no escaping.
        QTest::newRow("chinese") << QString::fromUtf8("数据库连接超时，请协助")
                                 << QString::fromUtf8("数据库连接超时，请协助").toUtf8();
    }

    void quotesOnlyWhatNeedsIt()
    {
        QFETCH(QString, text);
        QFETCH(QByteArray, field);
        QCOMPARE(CaseCsvWriter::field(text), field);
    }

    void guardsFormulas_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QByteArray>("field");
        QTest::newRow("=") << QStringLiteral("=1+1") << QByteArray("'=1+1");
        QTest::newRow("+") << QStringLiteral("+86 138") << QByteArray("'+86 138");
        QTest::newRow("-") << QStringLiteral("-2") << QByteArray("'-2");
        QTest::newRow("@") << QStringLiteral("@SUM(A1)") << QByteArray("'@SUM(A1)");
        QTest::newRow("tab") << QStringLiteral("\t=x") << QByteArray("'\t=x");
        // Guarded and quoted: the apostrophe goes inside the quotes.
        QTest::newRow("guarded and quoted") << QStringLiteral("=HYPERLINK(\"http://x\",\"y\")")
                                            << QByteArray("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"");
        QTest::newRow("not at the start") << QStringLiteral("a=b") << QByteArray("a=b");
    }

    void guardsFormulas()
    {
        QFETCH(QString, text);
        QFETCH(QByteArray, field);
        QCOMPARE(CaseCsvWriter::field(text), field);
    }

    void rowEndsWithCrlf()
    {
        QCOMPARE(CaseCsvWriter::row({QStringLiteral("a"), QStringLiteral("b,c"), QString()}), QByteArray("a,\"b,c\",\r\n"));
    }

    void writesBomHeaderAndVisibleColumns()
    {
        QStandardItemModel model(2, 3);
        model.setHorizontalHeaderLabels({QStringLiteral("Case ID"), QString::fromUtf8("问题描述"), QStringLiteral("Region")});
        model.setItem(0, 0, new QStandardItem(QStringLiteral("TS1")));
        model.setItem(0, 1, new QStandardItem(QString::fromUtf8("无法登录，\"紧急\"")));
        model.setItem(0, 2, new QStandardItem(QStringLiteral("cn-north-4")));
        model.setItem(1, 0, new QStandardItem(QStringLiteral("TS2")));
        model.setItem(1, 1, new QStandardItem(QStringLiteral("=cmd|' /C calc'!A0")));
        model.setItem(1, 2, new QStandardItem(QStringLiteral("ap-southeast-1")));

        // The user hid Region and dragged the description before the id.
        QHeaderView header(Qt::Horizontal);
        header.setModel(&model);
        header.setSectionHidden(2, true);
        header.moveSection(1, 0);
        const QList<int> columns = CaseCsvWriter::visibleColumns(header);
        QCOMPARE(columns, (QList<int>{1, 0}));

        const QByteArray csv = CaseCsvWriter::toCsv(model, columns);
        QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
        const QByteArray expected = QByteArray("\xEF\xBB\xBF") + QString::fromUtf8("问题描述,Case ID\r\n").toUtf8()
                                    + QString::fromUtf8("\"无法登录，\"\"紧急\"\"\",TS1\r\n").toUtf8()
                                    + QByteArray("'=cmd|' /C calc'!A0,TS2\r\n");
        QCOMPARE(csv, expected);

        // Written as is, and read back as UTF-8.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("view.csv"));
        QString error;
        QVERIFY(CaseCsvWriter::writeFile(path, csv, &error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), expected);
    }

    void failedWriteSaysWhere()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("missing-folder/view.csv"));
        QString error;
        QVERIFY(!CaseCsvWriter::writeFile(path, QByteArray("x"), &error));
        QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));
        QVERIFY(!QFile::exists(path));
    }

    void suggestedNameIsSafe()
    {
        const QString date = QDate::currentDate().toString(QStringLiteral("yyyy-MM-dd"));
        QCOMPARE(CaseCsvWriter::suggestedFileName(QStringLiteral("My cases")),
                 QStringLiteral("My cases %1.csv").arg(date));
        // A slash in a (translated) view name does not make a path; reserved characters go.
        const QString odd = CaseCsvWriter::suggestedFileName(QStringLiteral("Pending/accepted: \"new\""));
        QVERIFY2(!odd.contains(QLatin1Char('/')) && !odd.contains(QLatin1Char(':')) && !odd.contains(QLatin1Char('"')),
                 qPrintable(odd));
        QVERIFY(odd.startsWith(QStringLiteral("Pending-accepted")));
        QCOMPARE(CaseCsvWriter::suggestedFileName(QString::fromUtf8("待确认")),
                 QString::fromUtf8("待确认 %1.csv").arg(date));
    }
};

QTEST_MAIN(TestCaseCsvWriter)
#include "tst_casecsvwriter.moc"
