// The Account Information dialog and the report (feedback) dialog against osm-sim. Account: the quota left
// for the chosen product and problem type (5.7.1, the request's pair), the agencies (5.11.1), the partner
// privilege and service hours (5.11.2, 5.11.8), a configuration item by key and an unknown key's refusal
// (5.14.1). Report: what was typed and the uploaded evidence is exactly what the simulator received (5.16.1);
// an over-long description, missing evidence or an incomplete infringement report is refused before sending.
#include "DemoCredentials.h"
#include "Server.h"
#include "api/Configurations.h"
#include "data/Catalog.h"
#include "data/CustomerBook.h"
#include "data/FeedbackBook.h"
#include "data/PrivilegeBook.h"
#include "data/QuotaBook.h"
#include "dialogs/AccountInfoDialog.h"
#include "dialogs/PrivilegePolicyTab.h"
#include "dialogs/ReportFeedbackDialog.h"
#include "net/ApiClient.h"
#include "net/Error.h"
#include "net/WhenReady.h"

#include <QComboBox>
#include <QGroupBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUrlQuery>

using namespace osm;
using osm::ui::AccountInfoDialog;
using osm::ui::ReportFeedbackDialog;

namespace {
constexpr int kTimeoutMs = 15000;
const QString kFeedbacksPath = QStringLiteral("/v2/servicerequest/feedbacks");
} // namespace

class TestAccountDialogs : public QObject
{
    Q_OBJECT

    std::unique_ptr<sim::Server> m_server;
    std::unique_ptr<ApiClient> m_client;
    QString m_domain = QString::fromLatin1(sim::demo::kDomainId);

    QList<sim::RecordedRequest> requestsTo(const QByteArray &method, const QString &path) const
    {
        QList<sim::RecordedRequest> out;
        const QList<sim::RecordedRequest> all = m_server->requests();
        for (const auto &request : all) {
            if (request.method == method && request.path == path)
                out.append(request);
        }
        return out;
    }

    // Waits until every request made so far has been answered: one more request through the same client.
    void settle()
    {
        bool done = false;
        whenReady(api::showConfiguration(*m_client, QString::fromLatin1(api::kDiagnoseListConfigKey)), this,
                  [&done](const Result<Configuration> &) { done = true; });
        QTRY_VERIFY_WITH_TIMEOUT(done, kTimeoutMs);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("OSMDeskTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_accountdialogs"));
    }

    void init()
    {
        m_server = std::make_unique<sim::Server>();
        QVERIFY(m_server->listen(0) > 0);
        Credentials credentials;
        credentials.accessKey = QString::fromLatin1(sim::demo::kAccessKey);
        credentials.secretKey = QString::fromLatin1(sim::demo::kSecretKey);
        credentials.domainId = m_domain;
        m_client = std::make_unique<ApiClient>(Endpoint{m_server->baseUrl(), m_server->baseUrl()}, credentials);
    }

    void cleanup()
    {
        m_client.reset();
        m_server.reset();
    }

    void quotaTexts()
    {
        CaseQuota quota;
        quota.total = CaseQuota::kUnlimited;
        quota.unUsed = CaseQuota::kUnlimited;
        QCOMPARE(AccountInfoDialog::quotaText(quota), AccountInfoDialog::tr("No case quota applies to this problem type."));
        quota.total = 3;
        quota.unUsed = 0;
        quota.measure = QStringLiteral("QUARTER");
        QVERIFY(AccountInfoDialog::quotaText(quota).contains(QStringLiteral("used up")));
        quota.unUsed = 1;
        QCOMPARE(AccountInfoDialog::quotaText(quota), AccountInfoDialog::tr("%n of %1 case(s) left this quarter.", nullptr, 1).arg(3));
    }

    void accountInfoShowsTheServersValues()
    {
        sim::CustomerBook::of(*m_server).setPartnerPrivilege(m_domain, true);
        AccountInfoDialog dialog(m_client.get());
        dialog.show();

        // Quota: a consultation (10 a month in the simulator), three cases of it used.
        const sim::Catalog &catalog = sim::Catalog::instance();
        QString product, businessType;
        for (qsizetype i = 0; i < catalog.businessTypes.size() && businessType.isEmpty(); ++i) {
            const sim::Catalog::Entry &type = catalog.businessTypes.at(i);
            const auto quota = sim::QuotaBook::of(*m_server).quota(m_domain, type.parentId, type.id);
            if (quota && quota->total == 10 && quota->measure == QLatin1String("MONTH")) {
                product = type.parentId;
                businessType = type.id;
            }
        }
        QVERIFY(!businessType.isEmpty());
        sim::QuotaBook::of(*m_server).setUsed(m_domain, product, businessType, 3);
        QTRY_VERIFY_WITH_TIMEOUT(dialog.productCombo()->findData(product) >= 0, kTimeoutMs);
        dialog.productCombo()->setCurrentIndex(dialog.productCombo()->findData(product));
        QTRY_VERIFY_WITH_TIMEOUT(dialog.problemCombo()->findData(businessType) >= 0, kTimeoutMs);
        dialog.problemCombo()->setCurrentIndex(dialog.problemCombo()->findData(businessType));
        const QString expected = AccountInfoDialog::tr("%n of %1 case(s) left this month.", nullptr, 7).arg(10);
        QTRY_VERIFY_WITH_TIMEOUT(dialog.quotaLabel()->text().startsWith(expected), kTimeoutMs);
        QVERIFY(dialog.quotaLabel()->text().endsWith(AccountInfoDialog::tr("Special approval: %1 of %2 used.").arg(0).arg(2)));
        const QList<sim::RecordedRequest> quotas = requestsTo("GET", QStringLiteral("/v2/servicerequest/quotas"));
        QVERIFY(!quotas.isEmpty());
        const QUrlQuery query(QString::fromLatin1(quotas.last().rawQuery));
        QCOMPARE(query.queryItemValue(QStringLiteral("product_category_id")), product);
        QCOMPARE(query.queryItemValue(QStringLiteral("business_type_id")), businessType);

        // Agencies: the account's two, one expired.
        const QList<sim::CustomerBook::Agency> agencies = sim::CustomerBook::of(*m_server).agencies(m_domain);
        QCOMPARE(agencies.size(), 2);
        QTRY_COMPARE_WITH_TIMEOUT(dialog.agencyList()->topLevelItemCount(), 2, kTimeoutMs);
        QStringList names, validity;
        for (int i = 0; i < 2; ++i) {
            names.append(dialog.agencyList()->topLevelItem(i)->text(0));
            validity.append(dialog.agencyList()->topLevelItem(i)->text(4));
        }
        QVERIFY(names.contains(agencies.at(0).name));
        QVERIFY(names.contains(agencies.at(1).name));
        validity.sort();
        QCOMPARE(validity, (QStringList{AccountInfoDialog::tr("No (expired)"), AccountInfoDialog::tr("Yes")}));

        // Partner: the privilege, and the service hours of the partner.
        QTRY_COMPARE_WITH_TIMEOUT(dialog.privilegeLabel()->text(),
                                  AccountInfoDialog::tr("This account is a partner and may process its customers' cases."),
                                  kTimeoutMs);
        const sim::CustomerBook::PartnerService partner = sim::CustomerBook::of(*m_server).partnerService(m_domain);
        QTRY_COMPARE_WITH_TIMEOUT(dialog.partnerValue(AccountInfoDialog::PartnerName)->text(), partner.customerName,
                                  kTimeoutMs);
        QCOMPARE(dialog.partnerValue(AccountInfoDialog::PartnerId)->text(), partner.customerId);
        QCOMPARE(dialog.partnerValue(AccountInfoDialog::PartnerTimeZone)->text(), partner.timeZone);
        QCOMPARE(dialog.partnerValue(AccountInfoDialog::PartnerHours)->text(),
                 QStringLiteral("%1 – %2").arg(partner.startTime, partner.endTime));
        QCOMPARE(dialog.partnerValue(AccountInfoDialog::PartnerDays)->text(),
                 QStringLiteral("%1 – %2").arg(QLocale().dayName(1), QLocale().dayName(5)));

        // Configuration: the documented key on opening, then an unknown key's refusal.
        QTRY_COMPARE_WITH_TIMEOUT(dialog.configValues()->count(), 2, kTimeoutMs);
        QCOMPARE(dialog.configValues()->item(0)->text(), QStringLiteral("test1"));
        QCOMPARE(dialog.configValues()->item(1)->text(), QStringLiteral("test2"));
        QCOMPARE(dialog.configValueLabel()->text(), QStringLiteral("case.create-case.diagnose-list = test1,test2"));
        dialog.configKeyCombo()->setEditText(QStringLiteral("no.such.key"));
        dialog.configShowButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.configValueLabel()->text().startsWith(QStringLiteral("case.")), kTimeoutMs);
        QVERIFY(!requestsTo("GET", QStringLiteral("/v2/servicerequest/configurations/no.such.key")).isEmpty());
        QCOMPARE(dialog.configValues()->count(), 0);
        QVERIFY(!dialog.configValueLabel()->text().isEmpty());
    }

    void partnerPrivilegeRefused()
    {
        AccountInfoDialog dialog(m_client.get());
        QTRY_COMPARE_WITH_TIMEOUT(dialog.privilegeLabel()->text(),
                                  AccountInfoDialog::tr("This account has no partner privilege to process cases."),
                                  kTimeoutMs);
    }

    // 5.4.1 / 5.4.3: the Privileges tab asks each privilege's restriction and switches the chosen one on and
    // off; the row shows what the server holds afterwards.
    void privilegesTabShowsAndSwitchesRestrictions()
    {
        sim::PrivilegeBook::of(*m_server).setPolicySwitch(m_domain, QStringLiteral("export"), true);
        AccountInfoDialog dialog(m_client.get());
        ui::PrivilegePolicyTab *tab = dialog.privilegesTab();
        QVERIFY(tab);
        QCOMPARE(dialog.tabs()->indexOf(tab), 4);
        QTreeWidget *list = tab->privilegeList();
        QCOMPARE(list->topLevelItemCount(), 3);
        const QStringList ids = {QStringLiteral("export"), QStringLiteral("createCase"), QStringLiteral("assumeCaseAll")};
        for (int row = 0; row < 3; ++row)
            QCOMPARE(list->topLevelItem(row)->text(ui::PrivilegePolicyTab::PrivilegeColumn), ids.at(row));
        const QString on = ui::PrivilegePolicyTab::tr("On");
        const QString off = ui::PrivilegePolicyTab::tr("Off");
        QTRY_COMPARE_WITH_TIMEOUT(list->topLevelItem(0)->text(ui::PrivilegePolicyTab::RestrictionColumn), on, kTimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(list->topLevelItem(1)->text(ui::PrivilegePolicyTab::RestrictionColumn), off, kTimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(list->topLevelItem(2)->text(ui::PrivilegePolicyTab::RestrictionColumn), off, kTimeoutMs);
        const QString policyPath = QStringLiteral("/v2/servicerequest/privileges/privilege-policy");
        QStringList asked;
        const QList<sim::RecordedRequest> policies = requestsTo("GET", policyPath);
        for (const auto &request : policies)
            asked.append(QString::fromLatin1(request.rawQuery));
        asked.sort();
        QCOMPARE(asked, (QStringList{QStringLiteral("privilege=assumeCaseAll"), QStringLiteral("privilege=createCase"),
                                     QStringLiteral("privilege=export")}));

        // The first row is restricted already: only lifting is offered.
        QVERIFY(!tab->restrictButton()->isEnabled());
        QVERIFY(tab->liftButton()->isEnabled());

        // Restrict case submission.
        const QString path = QStringLiteral("/v2/servicerequest/privileges");
        list->setCurrentItem(list->topLevelItem(1));
        QVERIFY(tab->restrictButton()->isEnabled());
        QVERIFY(!tab->liftButton()->isEnabled());
        tab->restrictButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(list->topLevelItem(1)->text(ui::PrivilegePolicyTab::RestrictionColumn), on, kTimeoutMs);
        QCOMPARE(requestsTo("POST", path).size(), 1);
        QCOMPARE(QJsonDocument::fromJson(requestsTo("POST", path).last().body).object(),
                 (QJsonObject{{QStringLiteral("operation"), QStringLiteral("create")},
                              {QStringLiteral("privilege"), QStringLiteral("createCase")}}));
        QVERIFY(sim::PrivilegeBook::of(*m_server).policySwitch(m_domain, QStringLiteral("createCase")));
        QTRY_VERIFY(tab->liftButton()->isEnabled());

        // And lift it again.
        tab->liftButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(list->topLevelItem(1)->text(ui::PrivilegePolicyTab::RestrictionColumn), off, kTimeoutMs);
        QCOMPARE(requestsTo("POST", path).size(), 2);
        QCOMPARE(QJsonDocument::fromJson(requestsTo("POST", path).last().body).object(),
                 (QJsonObject{{QStringLiteral("operation"), QStringLiteral("delete")},
                              {QStringLiteral("privilege"), QStringLiteral("createCase")}}));
        QVERIFY(!sim::PrivilegeBook::of(*m_server).policySwitch(m_domain, QStringLiteral("createCase")));
        QVERIFY(tab->statusLabel()->text().isEmpty());

        // A refusal (e.g. a sub-user may not switch restrictions) is shown translated; the row stays as it was.
        // A canned refusal: the sim's business-error fault would run the route first and switch it anyway.
        sim::Fault refusal;
        refusal.kind = sim::Fault::Kind::HttpError;
        refusal.status = 403;
        refusal.remaining = 1;
        refusal.method = "POST";
        refusal.pathPrefix = path;
        refusal.errorCode = QStringLiteral("OSM.01010002");
        refusal.errorMsg = QStringLiteral("No operation permission.");
        m_server->faults().add(refusal);
        tab->restrictButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(!tab->statusLabel()->text().isEmpty(), kTimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(requestsTo("GET", policyPath).size(), 6, kTimeoutMs);
        QCOMPARE(list->topLevelItem(1)->text(ui::PrivilegePolicyTab::RestrictionColumn), off);
        QVERIFY(!tab->statusLabel()->text().contains(QStringLiteral("OSM.")));
    }

    void reportSendsWhatWasTyped()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString evidence = dir.filePath(QStringLiteral("screenshot.txt"));
        {
            QFile file(evidence);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("the offending page, as seen on 2026-11-23");
        }

        ReportFeedbackDialog dialog(m_client.get());
        dialog.show();
        dialog.typeCombo()->setCurrentIndex(dialog.typeCombo()->findData(QStringLiteral("illegal")));
        QVERIFY(!dialog.rightBox()->isVisible()); // only an infringement names a right
        dialog.reportTypeCombo()->setCurrentIndex(dialog.reportTypeCombo()->findData(QStringLiteral("spam")));
        dialog.titleEdit()->setText(QStringLiteral("Object storage; https://spam.example.net"));
        QTest::keyClicks(dialog.contentEdit(), QStringLiteral("Unsolicited mail links here."));
        QCOMPARE(dialog.contentCounter()->text(), QStringLiteral("28 / 5000"));
        dialog.complaintNameEdit()->setText(QStringLiteral("Spam Ltd"));
        QVERIFY(!dialog.sendButton()->isEnabled()); // no evidence yet
        QCOMPARE(dialog.problemLabel()->text(), ReportFeedbackDialog::tr("Add at least one file as evidence."));

        dialog.addFiles({evidence});
        QTRY_COMPARE_WITH_TIMEOUT(dialog.fileList()->count(), 1, kTimeoutMs);
        const QString accessoryId = dialog.accessoryIds().value(0);
        QVERIFY(!accessoryId.isEmpty());
        QVERIFY(dialog.sendButton()->isEnabled());
        dialog.sendButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(dialog.result(), int(QDialog::Accepted), kTimeoutMs);

        const QList<sim::RecordedRequest> sent = requestsTo("POST", kFeedbacksPath);
        QCOMPARE(sent.size(), 1);
        const QJsonObject body = QJsonDocument::fromJson(sent.last().body).object();
        QCOMPARE(body.value(QStringLiteral("type")).toString(), QStringLiteral("illegal"));
        QCOMPARE(body.value(QStringLiteral("report_type")).toString(), QStringLiteral("spam"));
        QCOMPARE(body.value(QStringLiteral("title")).toString(), QStringLiteral("Object storage; https://spam.example.net"));
        QCOMPARE(body.value(QStringLiteral("content")).toString(), QStringLiteral("Unsolicited mail links here."));
        QCOMPARE(body.value(QStringLiteral("complaint_name")).toString(), QStringLiteral("Spam Ltd"));
        QCOMPARE(body.value(QStringLiteral("files")).toArray(), (QJsonArray{accessoryId}));
        settle();
        QVERIFY(requestsTo("DELETE", QStringLiteral("/v2/servicerequest/accessory/") + accessoryId).isEmpty()); // sent: kept
        QVERIFY(!body.contains(QStringLiteral("ip")));
        QCOMPARE(body.value(QStringLiteral("contacts")).toObject().value(QStringLiteral("id_type")).toInt(),
                 api::ReportContacts::kIndividual);
        const QList<sim::FeedbackBook::Report> reports = sim::FeedbackBook::of(*m_server).reports(m_domain);
        QCOMPARE(reports.size(), 1);
        QCOMPARE(reports.first().content, QStringLiteral("Unsolicited mail links here."));
    }

    // 5.5.3: evidence already uploaded and then removed from the list is deleted on the server.
    void reportRemovedFileIsDeletedOnServer()
    {
        QTemporaryDir dir;
        const QString evidence = dir.filePath(QStringLiteral("mistake.txt"));
        {
            QFile file(evidence);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("the wrong file");
        }
        ReportFeedbackDialog dialog(m_client.get());
        dialog.show();
        dialog.addFiles({evidence});
        QTRY_COMPARE_WITH_TIMEOUT(dialog.fileList()->count(), 1, kTimeoutMs);
        const QString accessoryId = dialog.accessoryIds().value(0);
        QVERIFY(!accessoryId.isEmpty());
        const QString path = QStringLiteral("/v2/servicerequest/accessory/") + accessoryId;
        QVERIFY(requestsTo("DELETE", path).isEmpty());

        dialog.fileList()->setCurrentRow(0);
        QVERIFY(dialog.removeFileButton()->isEnabled());
        dialog.removeFileButton()->click();
        QCOMPARE(dialog.fileList()->count(), 0);
        QVERIFY(dialog.accessoryIds().isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(requestsTo("DELETE", path).size(), 1, kTimeoutMs);
        QVERIFY(requestsTo("DELETE", path).last().body.isEmpty());

        // Cancelling the dialog deletes the evidence that was uploaded but never sent.
        dialog.addFiles({evidence});
        QTRY_COMPARE_WITH_TIMEOUT(dialog.fileList()->count(), 1, kTimeoutMs);
        const QString second = QStringLiteral("/v2/servicerequest/accessory/") + dialog.accessoryIds().value(0);
        QVERIFY(second != path);
        dialog.reject();
        QTRY_COMPARE_WITH_TIMEOUT(requestsTo("DELETE", second).size(), 1, kTimeoutMs);
        QVERIFY(requestsTo("POST", kFeedbacksPath).isEmpty());
    }

    void reportRefusesBeforeSending()
    {
        QTemporaryDir dir;
        const QString evidence = dir.filePath(QStringLiteral("proof.txt"));
        {
            QFile file(evidence);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("proof");
        }
        ReportFeedbackDialog dialog(m_client.get());
        dialog.show();
        dialog.addFiles({evidence});
        QTRY_COMPARE_WITH_TIMEOUT(dialog.fileList()->count(), 1, kTimeoutMs);

        // Line fields cannot grow past the table's limits.
        QCOMPARE(dialog.titleEdit()->maxLength(), 2048);
        dialog.titleEdit()->setText(QString(3000, QLatin1Char('t')));
        QCOMPARE(dialog.titleEdit()->text().size(), 2048);
        QCOMPARE(dialog.contactMobileEdit()->maxLength(), 32);

        // An infringement needs the right and who reports it.
        QCOMPARE(dialog.typeCombo()->currentData().toString(), QStringLiteral("infringement"));
        QVERIFY(dialog.rightBox()->isVisible());
        dialog.contentEdit()->setPlainText(QStringLiteral("My photo is used without licence."));
        QVERIFY(!dialog.sendButton()->isEnabled());
        QCOMPARE(dialog.problemLabel()->text(), ReportFeedbackDialog::tr("Describe the right that is infringed."));
        dialog.ipContentEdit()->setText(QStringLiteral("Photograph, taken 2025"));
        QCOMPARE(dialog.problemLabel()->text(),
                 ReportFeedbackDialog::tr("An infringement report needs your name, mobile number and e-mail address."));
        dialog.contactNameEdit()->setText(QStringLiteral("Li Lei"));
        dialog.contactMobileEdit()->setText(QStringLiteral("+8613800000000"));
        dialog.contactMailEdit()->setText(QStringLiteral("li.lei@example.com"));
        QVERIFY(dialog.sendButton()->isEnabled());

        // The description is counted as typed: one character over and nothing can be sent.
        dialog.contentEdit()->setPlainText(QString(ReportFeedbackDialog::kContentMaxLength + 1, QLatin1Char('x')));
        QCOMPARE(dialog.contentCounter()->text(), QStringLiteral("5001 / 5000"));
        QVERIFY(!dialog.sendButton()->isEnabled());
        QCOMPARE(dialog.problemLabel()->text(), ReportFeedbackDialog::tr("The description is %n character(s) too long.", nullptr, 1));
        dialog.send();
        settle();
        QVERIFY(requestsTo("POST", kFeedbacksPath).isEmpty());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));

        // Back within the limit, the infringement report goes out with its right and contacts.
        dialog.contentEdit()->setPlainText(QString(ReportFeedbackDialog::kContentMaxLength, QLatin1Char('x')));
        QVERIFY(dialog.sendButton()->isEnabled());
        dialog.sendButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(dialog.result(), int(QDialog::Accepted), kTimeoutMs);
        const QJsonObject body = QJsonDocument::fromJson(requestsTo("POST", kFeedbacksPath).last().body).object();
        QCOMPARE(body.value(QStringLiteral("content")).toString().size(), ReportFeedbackDialog::kContentMaxLength);
        QCOMPARE(body.value(QStringLiteral("ip")).toObject().value(QStringLiteral("ip_type")).toString(),
                 QStringLiteral("copyright"));
        QCOMPARE(body.value(QStringLiteral("ip")).toObject().value(QStringLiteral("ip_content")).toString(),
                 QStringLiteral("Photograph, taken 2025"));
        QCOMPARE(body.value(QStringLiteral("contacts")).toObject().value(QStringLiteral("mail")).toString(),
                 QStringLiteral("li.lei@example.com"));
    }
};

QTEST_MAIN(TestAccountDialogs)
#include "tst_accountdialogs.moc"
