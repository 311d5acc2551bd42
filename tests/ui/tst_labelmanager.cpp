// Settings ▸ Manage Labels… against osm-sim: create, rename, recolour and delete, each checked in the
// request the simulator received; delete asks first; at 30 labels Add is disabled with the reason, and the
// server's refusal (the 30th label added elsewhere, a name taken) is shown as the translated message; the
// filter bar and an open case's label editor follow the changes.
#include "DemoCredentials.h"
#include "Server.h"
#include "dialogs/LabelManagerDialog.h"
#include "models/CaseListModel.h"
#include "net/ApiClient.h"
#include "net/Error.h"
#include "widgets/CaseDetailPanel.h"
#include "widgets/CaseFilterBar.h"
#include "widgets/CaseLabelsEditor.h"
#include "windows/CaseWindow.h"
#include "windows/MainWindow.h"

#include <QAction>
#include <QColorDialog>
#include <QComboBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace osm;
using osm::ui::LabelManagerDialog;

namespace {
const QString kLabelsPath = QStringLiteral("/v2/servicerequest/labels");
}

class TestLabelManager : public QObject
{
    Q_OBJECT

    QTemporaryDir m_settingsDir;
    std::unique_ptr<sim::Server> m_server;
    std::unique_ptr<ApiClient> m_client;

    QList<sim::Label> tenantLabels() const
    {
        QList<sim::Label> out;
        for (const sim::Label &label : m_server->dataSet().labels()) {
            if (label.domainId == QLatin1String(sim::demo::kDomainId))
                out.append(label);
        }
        return out;
    }

    // Tops the tenant up to `count` labels behind the app's back (another console, another user).
    void fillTo(int count)
    {
        int next = 1000;
        while (tenantLabels().size() < count) {
            m_server->dataSet().labels().append(
                {next, QStringLiteral("filler %1").arg(next), QStringLiteral("#123456"), QString::fromLatin1(sim::demo::kDomainId)});
            ++next;
        }
    }

    QList<sim::RecordedRequest> writes() const
    {
        QList<sim::RecordedRequest> out;
        const QList<sim::RecordedRequest> all = m_server->requests();
        for (const auto &request : all) {
            if (request.method != "GET" && request.path.startsWith(kLabelsPath))
                out.append(request);
        }
        return out;
    }

    static QJsonObject bodyOf(const sim::RecordedRequest &request)
    {
        return QJsonDocument::fromJson(request.body).object();
    }

    static void waitIdle(const LabelManagerDialog &dialog)
    {
        QTRY_VERIFY_WITH_TIMEOUT(dialog.isLoaded() && !dialog.isBusy(), 10000);
    }

    static QListWidgetItem *itemNamed(const LabelManagerDialog &dialog, const QString &name)
    {
        const QList<QListWidgetItem *> hits = dialog.list()->findItems(name, Qt::MatchExactly);
        return hits.isEmpty() ? nullptr : hits.constFirst();
    }

    static void select(LabelManagerDialog &dialog, const QString &name)
    {
        QListWidgetItem *item = itemNamed(dialog, name);
        QVERIFY2(item, qPrintable(name));
        dialog.list()->setCurrentItem(item);
        item->setSelected(true);
    }

    int idOf(const QString &name) const
    {
        for (const sim::Label &label : tenantLabels()) {
            if (label.name == name)
                return label.id;
        }
        return -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_settingsDir.isValid());
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
        QCoreApplication::setOrganizationName(QStringLiteral("OSMDeskTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_labelmanager"));
    }

    void init()
    {
        QSettings().clear();
        m_server = std::make_unique<sim::Server>();
        QVERIFY(m_server->listen(0) > 0);
        Credentials credentials = osm::sim::demo::akSkCredentials();
        m_client = std::make_unique<ApiClient>(Endpoint{m_server->baseUrl(), m_server->baseUrl()}, credentials);
    }

    void cleanup()
    {
        m_client.reset();
        m_server.reset();
    }

    void listsTheTenantsLabels()
    {
        LabelManagerDialog dialog(m_client.get());
        waitIdle(dialog);
        const QList<sim::Label> expected = tenantLabels();
        QVERIFY(!expected.isEmpty());
        QCOMPARE(dialog.list()->count(), expected.size());
        for (const sim::Label &label : expected)
            QVERIFY2(itemNamed(dialog, label.name), qPrintable(label.name));
        QVERIFY(dialog.statusText().isEmpty());
    }

    void createRenameRecolourDelete()
    {
        fillTo(3);
        LabelManagerDialog dialog(m_client.get());
        dialog.show();
        waitIdle(dialog);
        QSignalSpy changed(&dialog, &LabelManagerDialog::labelsChanged);
        const int before = dialog.list()->count();

        // Create: name and colour as the body of 5.9.1.
        QVERIFY(!dialog.addButton()->isEnabled()); // no name yet
        const QString name = QString::fromUtf8("生产 prod");
        dialog.nameEdit()->setText(name);
        dialog.setNewColor(QColor(0x12, 0xab, 0xef));
        QVERIFY(dialog.addButton()->isEnabled());
        QTest::mouseClick(dialog.addButton(), Qt::LeftButton);
        waitIdle(dialog);
        QTRY_VERIFY(itemNamed(dialog, name));
        QCOMPARE(dialog.list()->count(), before + 1);
        QList<sim::RecordedRequest> sent = writes();
        QCOMPARE(sent.size(), 1);
        QCOMPARE(sent.last().method, QByteArray("POST"));
        QCOMPARE(sent.last().path, kLabelsPath);
        QCOMPARE(bodyOf(sent.last()),
                 (QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("color"), QStringLiteral("#12ABEF")}}));
        QVERIFY(dialog.nameEdit()->text().isEmpty());
        QVERIFY2(dialog.statusText().contains(name), qPrintable(dialog.statusText()));
        QCOMPARE(changed.count(), 1);
        const int id = idOf(name);
        QVERIFY(id >= 0);

        // Rename in place: PUT with the new name and the colour as it was (both are required).
        select(dialog, name);
        itemNamed(dialog, name)->setText(QStringLiteral("prod"));
        waitIdle(dialog);
        QTRY_VERIFY(itemNamed(dialog, QStringLiteral("prod")));
        sent = writes();
        QCOMPARE(sent.size(), 2);
        QCOMPARE(sent.last().method, QByteArray("PUT"));
        QCOMPARE(sent.last().path, kLabelsPath + QLatin1Char('/') + QString::number(id));
        QCOMPARE(bodyOf(sent.last()), (QJsonObject{{QStringLiteral("name"), QStringLiteral("prod")},
                                                   {QStringLiteral("color"), QStringLiteral("#12ABEF")}}));
        QCOMPARE(changed.count(), 2);

        // An empty name is not sent: the old one comes back, with the reason.
        select(dialog, QStringLiteral("prod"));
        itemNamed(dialog, QStringLiteral("prod"))->setText(QStringLiteral("  "));
        QVERIFY(itemNamed(dialog, QStringLiteral("prod")));
        QVERIFY(!dialog.statusText().isEmpty());
        QCOMPARE(writes().size(), 2);

        // Recolour through the colour dialog: PUT with the name as it is.
        select(dialog, QStringLiteral("prod"));
        dialog.recolorSelected();
        QColorDialog *colors = nullptr;
        QTRY_VERIFY((colors = dialog.findChild<QColorDialog *>(QStringLiteral("labelColorDialog"))) != nullptr);
        colors->setCurrentColor(QColor(0x00, 0x80, 0x40));
        colors->accept();
        waitIdle(dialog);
        QTRY_COMPARE(writes().size(), 3);
        sent = writes();
        QCOMPARE(sent.last().method, QByteArray("PUT"));
        QCOMPARE(bodyOf(sent.last()), (QJsonObject{{QStringLiteral("name"), QStringLiteral("prod")},
                                                   {QStringLiteral("color"), QStringLiteral("#008040")}}));
        QTRY_COMPARE(itemNamed(dialog, QStringLiteral("prod"))->toolTip(), QStringLiteral("#008040"));

        // Delete asks first; No sends nothing.
        select(dialog, QStringLiteral("prod"));
        dialog.deleteSelected();
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = dialog.findChild<QMessageBox *>(QStringLiteral("deleteLabelBox"))) != nullptr);
        QVERIFY(box->text().contains(QStringLiteral("prod")));
        box->button(QMessageBox::No)->click();
        QTest::qWait(50);
        QCOMPARE(writes().size(), 3);
        // Yes deletes it.
        QTRY_VERIFY(!dialog.findChild<QMessageBox *>(QStringLiteral("deleteLabelBox")));
        select(dialog, QStringLiteral("prod"));
        dialog.deleteSelected();
        QTRY_VERIFY((box = dialog.findChild<QMessageBox *>(QStringLiteral("deleteLabelBox"))) != nullptr);
        box->button(QMessageBox::Yes)->click();
        waitIdle(dialog);
        QTRY_VERIFY(!itemNamed(dialog, QStringLiteral("prod")));
        sent = writes();
        QCOMPARE(sent.size(), 4);
        QCOMPARE(sent.last().method, QByteArray("DELETE"));
        QCOMPARE(sent.last().path, kLabelsPath + QLatin1Char('/') + QString::number(id));
        QCOMPARE(idOf(QStringLiteral("prod")), -1);
        QCOMPARE(dialog.list()->count(), before);

        // Return in the name field adds, once, in a colour no label has; the dialog stays open.
        const QString suggested = LabelManagerDialog::colorText(dialog.newColor());
        for (const sim::Label &label : tenantLabels())
            QVERIFY(label.color.toUpper() != suggested);
        dialog.nameEdit()->setFocus();
        dialog.nameEdit()->setText(QStringLiteral("typed"));
        QTest::keyClick(dialog.nameEdit(), Qt::Key_Return);
        waitIdle(dialog);
        QTRY_VERIFY(itemNamed(dialog, QStringLiteral("typed")));
        QVERIFY(dialog.isVisible());
        QCOMPARE(writes().size(), 5);
        QCOMPARE(bodyOf(writes().last()).value(QStringLiteral("color")).toString(), suggested);
        QVERIFY(LabelManagerDialog::colorText(dialog.newColor()) != suggested);
    }

    void thirtyLabelsDisableAddWithTheReason()
    {
        fillTo(LabelManagerDialog::kMaxLabels);
        LabelManagerDialog dialog(m_client.get());
        dialog.show();
        waitIdle(dialog);
        QCOMPARE(dialog.list()->count(), 30);
        QVERIFY(!dialog.addButton()->isEnabled());
        QVERIFY(!dialog.nameEdit()->isEnabled());
        const QString reason = dialog.addButton()->toolTip();
        QVERIFY2(reason.contains(QStringLiteral("30")), qPrintable(reason));
        auto *limit = dialog.findChild<QLabel *>(QStringLiteral("labelLimit"));
        QVERIFY(limit);
        QCOMPARE(limit->text(), reason);
    }

    void serverRefusalsAreShown()
    {
        fillTo(LabelManagerDialog::kMaxLabels - 1);
        LabelManagerDialog dialog(m_client.get());
        dialog.show();
        waitIdle(dialog);
        auto *limit = dialog.findChild<QLabel *>(QStringLiteral("labelLimit"));
        QVERIFY(limit->text().contains(QStringLiteral("29")));

        // A name that exists: OSM.01010040, in words.
        const QString taken = tenantLabels().constFirst().name;
        dialog.nameEdit()->setText(taken);
        QTest::mouseClick(dialog.addButton(), Qt::LeftButton);
        waitIdle(dialog);
        QTRY_COMPARE(dialog.statusText(), Error(Error::Category::Api, QStringLiteral("OSM.01010040")).userMessage());

        // Someone else adds the 30th meanwhile: the server refuses (OSM.01010041), the dialog says so and
        // then, having read the list again, disables Add.
        fillTo(LabelManagerDialog::kMaxLabels);
        dialog.nameEdit()->setText(QStringLiteral("one too many"));
        QVERIFY(dialog.addButton()->isEnabled());
        QTest::mouseClick(dialog.addButton(), Qt::LeftButton);
        waitIdle(dialog);
        const QString refusal = Error(Error::Category::Api, QStringLiteral("OSM.01010041")).userMessage();
        QVERIFY(refusal.contains(QStringLiteral("30")));
        QTRY_COMPARE(dialog.statusText(), refusal);
        QTRY_VERIFY(!dialog.addButton()->isEnabled());
        QCOMPARE(dialog.list()->count(), 30);
        QCOMPARE(writes().last().method, QByteArray("POST"));
        QCOMPARE(tenantLabels().size(), 30);
    }

    void mainWindowFollowsTheChanges()
    {
        ui::MainWindow main(m_client.get());
        main.show();
        QComboBox *labelFilter = nullptr;
        const QList<QComboBox *> combos = main.filterBar()->findChildren<QComboBox *>();
        for (QComboBox *combo : combos) {
            if (combo->accessibleName() == QLatin1String("Label filter"))
                labelFilter = combo;
        }
        QVERIFY(labelFilter);
        QTRY_COMPARE(labelFilter->count(), tenantLabels().size() + 1); // + "Any label"

        // An open case's label editor.
        QTRY_VERIFY(main.caseModel()->rowCount() > 0);
        const QString caseId = main.caseModel()->caseAt(0).incidentId;
        main.openCase(caseId);
        ui::CaseWindow *window = main.findChild<ui::CaseWindow *>();
        QVERIFY(window);
        ui::CaseDetailPanel *panel = window->detailPanel();
        QTRY_VERIFY_WITH_TIMEOUT(panel->hasDetail() && !panel->isRefreshing(), 10000);

        auto *action = main.findChild<QAction *>(QStringLiteral("manageLabelsAction"));
        QVERIFY(action);
        QVERIFY(!action->text().isEmpty());
        action->trigger();
        LabelManagerDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = main.findChild<LabelManagerDialog *>()) != nullptr);
        QVERIFY(dialog->isVisible());
        waitIdle(*dialog);
        // Triggered again: the same dialog.
        action->trigger();
        QCOMPARE(main.findChildren<LabelManagerDialog *>().size(), 1);

        dialog->nameEdit()->setText(QStringLiteral("fresh"));
        QTest::mouseClick(dialog->addButton(), Qt::LeftButton);
        waitIdle(*dialog);
        QTRY_VERIFY(labelFilter->findText(QStringLiteral("fresh")) >= 0);
        QTRY_VERIFY(panel->labelsEditor()->picker()->findText(QStringLiteral("fresh")) >= 0);

        // Rename a label the case carries: the case's own list shows the new name.
        QVERIFY(panel->labelsEditor()->picker()->count() > 0);
        const int freshId = idOf(QStringLiteral("fresh"));
        QList<Label> onCase = panel->labelsEditor()->caseLabels();
        onCase.append(Label{freshId, QStringLiteral("fresh"), QStringLiteral("#000000")});
        panel->labelsEditor()->setCaseLabels(onCase);
        select(*dialog, QStringLiteral("fresh"));
        itemNamed(*dialog, QStringLiteral("fresh"))->setText(QStringLiteral("renamed"));
        waitIdle(*dialog);
        QTRY_VERIFY(labelFilter->findText(QStringLiteral("renamed")) >= 0);
        QCOMPARE(labelFilter->findText(QStringLiteral("fresh")), -1);
        QTRY_VERIFY(panel->labelsEditor()->caseLabels().constLast().name == QLatin1String("renamed"));
    }
};

QTEST_MAIN(TestLabelManager)
#include "tst_labelmanager.moc"
