// The create-case wizard against osm-sim: the cascade of configuration lists, the template pre-fill, the
// form of additional parameters, refusals that name the field (an over-long description, an unaccepted
// agreement, an unverified contact, a used-up quota), the agreement signed before create_case, the
// verification of a contact that is not registered, the exact create_case body, and a failed submit that
// keeps everything — also across destroying and recreating the wizard — then succeeds without retyping.
#include "DemoCredentials.h"
#include "Server.h"
#include "data/AgreementBook.h"
#include "data/QuotaBook.h"
#include "data/VerificationBook.h"
#include "dialogs/CreateCaseWizard.h"
#include "dialogs/createcase/AttachmentStagingList.h"
#include "dialogs/createcase/ContactVerificationRow.h"
#include "dialogs/createcase/CreateCaseDraft.h"
#include "dialogs/createcase/ExtendsParamsForm.h"
#include "faults/Fault.h"
#include "net/ApiClient.h"
#include "windows/CaseWindow.h"
#include "windows/MainWindow.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace osm;
using osm::ui::ContactVerificationRow;
using osm::ui::CreateCaseDraft;
using osm::ui::CreateCaseWizard;
using osm::ui::ExtendsParamsForm;

namespace {
const QString kCases = QStringLiteral("/v2/servicerequest/cases");
const QString kSourceId = QStringLiteral("83aeb0f2834c4df49826c781d32a963e");
} // namespace

class TestCreateCaseWizard : public QObject
{
    Q_OBJECT

    std::unique_ptr<sim::Server> m_server;
    std::unique_ptr<ApiClient> m_client;
    QTemporaryDir m_files;

    QString makeFile(const QString &name, const QByteArray &content = "log line\n") const
    {
        const QString path = m_files.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(content);
        return path;
    }

    QList<sim::RecordedRequest> requestsTo(const QByteArray &method, const QString &path) const
    {
        QList<sim::RecordedRequest> found;
        const QList<sim::RecordedRequest> all = m_server->requests();
        for (const auto &request : all) {
            if (request.method == method && request.path == path)
                found.append(request);
        }
        return found;
    }

    int indexOf(const QByteArray &method, const QString &pathStart) const
    {
        const QList<sim::RecordedRequest> all = m_server->requests();
        for (int i = 0; i < all.size(); ++i) {
            if (all.at(i).method == method && all.at(i).path.startsWith(pathStart))
                return i;
        }
        return -1;
    }

    std::unique_ptr<CreateCaseWizard> openWizard()
    {
        auto wizard = std::make_unique<CreateCaseWizard>(m_client.get());
        wizard->show();
        return wizard;
    }

    static bool waitLoaded(CreateCaseWizard &wizard)
    {
        // A settled cascade: nothing in flight for a moment (a list's answer may start the next request).
        for (int calm = 0, rounds = 0; rounds < 500; ++rounds) {
            QTest::qWait(10);
            calm = wizard.isLoading() ? 0 : calm + 1;
            if (calm >= 5)
                return true;
        }
        return false;
    }

    // Picks the entry whose text contains `text`.
    static bool choose(QComboBox *combo, const QString &text)
    {
        for (int i = 0; i < combo->count(); ++i) {
            if (combo->itemText(i).contains(text)) {
                combo->setCurrentIndex(i);
                return true;
            }
        }
        return false;
    }

    // Technical ▸ OBS ▸ its one problem type, a consultation (no region).
    static bool chooseObsConsultation(CreateCaseWizard &wizard)
    {
        if (!waitLoaded(wizard) || !choose(wizard.subTypeCombo(), QStringLiteral("Technical")))
            return false;
        if (!waitLoaded(wizard) || !choose(wizard.productCombo(), QStringLiteral("OBS")))
            return false;
        if (!waitLoaded(wizard) || wizard.problemCombo()->count() != 1)
            return false;
        wizard.problemCombo()->setCurrentIndex(0);
        return waitLoaded(wizard);
    }

    // A filled, valid form (the contacts are the registered ones the wizard offers).
    static bool fillObsCase(CreateCaseWizard &wizard)
    {
        if (!chooseObsConsultation(wizard))
            return false;
        wizard.descriptionEdit()->setPlainText(QStringLiteral("Bucket policy denies our CDN: which statement?"));
        auto *instance = qobject_cast<QLineEdit *>(wizard.extendsForm()->editorFor(QStringLiteral("obs_instance_id")));
        if (!instance)
            return false;
        instance->setText(QStringLiteral("obs-bucket-42"));
        return true;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("OSMDeskTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_createcasewizard"));
        QVERIFY(m_files.isValid());
    }

    void init()
    {
        CreateCaseDraft::clear();
        m_server = std::make_unique<sim::Server>();
        QVERIFY(m_server->listen(0) > 0);
        Credentials credentials = osm::sim::demo::akSkCredentials();
        m_client = std::make_unique<ApiClient>(Endpoint{m_server->baseUrl(), m_server->baseUrl()}, credentials);
        m_client->setLanguage(QStringLiteral("en-us"));
    }

    void cleanup()
    {
        m_client.reset();
        m_server.reset();
        CreateCaseDraft::clear();
    }

    void cascadeLoadsTheListsAndTheTemplatePrefills()
    {
        auto wizard = openWizard();
        QVERIFY(waitLoaded(*wizard));
        QCOMPARE(wizard->subTypeCombo()->count(), 3);
        QCOMPARE(wizard->subTypeCombo()->currentIndex(), -1); // nothing chosen for the user
        QVERIFY(choose(wizard->subTypeCombo(), QStringLiteral("Technical")));
        QVERIFY(waitLoaded(*wizard));
        QCOMPARE(wizard->productCombo()->count(), 4); // ECS, OBS, RDS, VPC (names in X-Language)
        QVERIFY(choose(wizard->productCombo(), QStringLiteral("Elastic Cloud Server")));
        QVERIFY(waitLoaded(*wizard));
        QCOMPARE(wizard->problemCombo()->count(), 2);
        const QList<sim::RecordedRequest> problems = requestsTo("GET", QStringLiteral("/v2/servicerequest/config/problems"));
        QVERIFY(!problems.isEmpty());
        const QString productId = wizard->productCombo()->currentData().toString();
        QVERIFY(problems.last().rawQuery.contains("product_category_id=" + productId.toUtf8()));
        QVERIFY(problems.last().rawQuery.contains("incident_sub_type_id=2"));

        // A fault report: region asked for, the user's own regions first; severities; the template.
        QVERIFY(choose(wizard->problemCombo(), QStringLiteral("Cannot log in")));
        QVERIFY(waitLoaded(*wizard));
        QVERIFY(wizard->needsRegion());
        QVERIFY(wizard->regionCombo()->isVisibleTo(wizard.get()));
        QVERIFY(wizard->regionCombo()->count() >= 4);
        QVERIFY(wizard->severityCombo()->isVisibleTo(wizard.get()));
        QCOMPARE(wizard->severityCombo()->count(), 3);
        QCOMPARE(wizard->descriptionEdit()->toPlainText(), QStringLiteral("|- Resource ID: Description: Time of occurrence: "));
        QCOMPARE(wizard->draft().templateText, wizard->descriptionEdit()->toPlainText());
        QVERIFY(wizard->descriptionCounter()->text().startsWith(QStringLiteral("49 / 2000")));
        QVERIFY(wizard->quotaLabel()->text().contains(QStringLiteral("No case quota")));
        QVERIFY(wizard->extendsForm()->editorFor(QStringLiteral("ecs_instance_id")));
        QVERIFY(qobject_cast<QPlainTextEdit *>(wizard->extendsForm()->editorFor(QStringLiteral("error_message"))));
        QVERIFY(!requestsTo("GET", QStringLiteral("/v2/servicerequest/config/templates")).isEmpty());
        QVERIFY(!requestsTo("GET", QStringLiteral("/v2/servicerequest/quotas")).isEmpty());
        QVERIFY(!requestsTo("GET", QStringLiteral("/v2/servicerequest/customers/regions")).isEmpty());

        // Another problem type: the untouched template is replaced; a consultation needs no region.
        wizard->descriptionEdit()->setPlainText(QStringLiteral("My own words"));
        QVERIFY(choose(wizard->subTypeCombo(), QStringLiteral("Technical")));
        QVERIFY(choose(wizard->productCombo(), QStringLiteral("OBS")));
        QVERIFY(waitLoaded(*wizard));
        wizard->problemCombo()->setCurrentIndex(0);
        QVERIFY(waitLoaded(*wizard));
        QVERIFY(!wizard->needsRegion());
        QVERIFY(!wizard->regionCombo()->isVisibleTo(wizard.get()));
        QCOMPARE(wizard->descriptionEdit()->toPlainText(), QStringLiteral("My own words")); // typed text stays
        QVERIFY(wizard->quotaLabel()->text().contains(QStringLiteral("10 case(s) left this month")));
        // Names follow X-Language: every configuration request carried it.
        QCOMPARE(requestsTo("GET", QStringLiteral("/v2/servicerequest/config/categories")).last().header("X-Language"),
                 QByteArray("en-us"));
    }

    void regionIsRequiredForAFaultReport()
    {
        auto wizard = openWizard();
        QVERIFY(waitLoaded(*wizard));
        QVERIFY(choose(wizard->subTypeCombo(), QStringLiteral("Technical")));
        QVERIFY(waitLoaded(*wizard));
        QVERIFY(choose(wizard->productCombo(), QStringLiteral("Elastic Cloud Server")));
        QVERIFY(waitLoaded(*wizard));
        QVERIFY(choose(wizard->problemCombo(), QStringLiteral("Cannot log in")));
        QVERIFY(waitLoaded(*wizard));
        wizard->descriptionEdit()->setPlainText(QStringLiteral("SSH to ecs-7 times out since 09:00."));
        wizard->submit();
        QCOMPARE(wizard->errorField(), QStringLiteral("region_id"));
        QVERIFY(wizard->errorText().startsWith(QStringLiteral("Region: ")));
        QVERIFY(requestsTo("POST", kCases).isEmpty());
    }

    void overLongDescriptionIsRefusedNamingTheField()
    {
        auto wizard = openWizard();
        QVERIFY(fillObsCase(*wizard));
        wizard->descriptionEdit()->setPlainText(QString(2001, QLatin1Char('x')));
        QVERIFY(wizard->descriptionCounter()->text().startsWith(QStringLiteral("2001 / 2000")));
        QVERIFY(wizard->descriptionCounter()->toolTip().contains(QStringLiteral("1 character(s) too many")));
        wizard->agreementCheck()->setChecked(true);
        wizard->submit();
        QVERIFY(!wizard->isSubmitting());
        QCOMPARE(wizard->errorField(), QStringLiteral("simple_description"));
        QVERIFY2(wizard->errorText().startsWith(QStringLiteral("Description: ")), qPrintable(wizard->errorText()));
        QVERIFY(wizard->errorText().contains(QStringLiteral("1 character(s) too long")));
        QVERIFY(requestsTo("POST", kCases).isEmpty());
        QCOMPARE(indexOf("POST", QStringLiteral("/v2/servicerequest/agreements/")), -1); // nothing signed either
        // The text stays as typed (it is not cut).
        QCOMPARE(wizard->descriptionEdit()->toPlainText().size(), 2001);
    }

    void missingRequiredExtraParameterIsRefused()
    {
        auto wizard = openWizard();
        QVERIFY(fillObsCase(*wizard));
        auto *instance = qobject_cast<QLineEdit *>(wizard->extendsForm()->editorFor(QStringLiteral("obs_instance_id")));
        instance->setText(QStringLiteral("bad id!")); // the regex allows [0-9a-zA-Z-]
        wizard->agreementCheck()->setChecked(true);
        wizard->submit();
        QCOMPARE(wizard->errorField(), QStringLiteral("obs_instance_id"));
        QVERIFY(wizard->errorText().startsWith(QStringLiteral("OBS instance ID: ")));
        instance->clear();
        wizard->submit();
        QCOMPARE(wizard->errorField(), QStringLiteral("obs_instance_id"));
        QVERIFY(wizard->errorText().contains(QStringLiteral("required")));
        QVERIFY(requestsTo("POST", kCases).isEmpty());
    }

    void extraParametersRenderByType()
    {
        auto param = [](const char *key, int type, int required) {
            ExtendsParam p;
            p.paramKey = QLatin1String(key);
            p.paramName = QLatin1String(key);
            p.paramType = type;
            p.required = required;
            p.isShow = 1;
            return p;
        };
        ExtendsParam count = param("count", 1, 1);
        count.minValue = 1;
        count.maxValue = 10;
        ExtendsParam single = param("zone", 4, 1);
        single.selectItem = QStringLiteral("[\"az1\",\"az2\"]");
        ExtendsParam multiple = param("ports", 5, 0);
        multiple.selectItem = QStringLiteral("22,80;443");
        ExtendsParam agree = param("consent", 7, 1);
        ExtendsParam notes = param("notes", 8, 0);
        ExtendsParam hidden = param("hidden", 3, 1);
        hidden.isShow = 0;

        ExtendsParamsForm form;
        form.setParams({count, single, multiple, agree, notes, hidden});
        QCOMPARE(form.params().size(), 5); // is_show 0 is neither shown nor sent
        QVERIFY(qobject_cast<QLineEdit *>(form.editorFor(QStringLiteral("count"))));
        auto *zone = qobject_cast<QComboBox *>(form.editorFor(QStringLiteral("zone")));
        QVERIFY(zone);
        QCOMPARE(zone->count(), 2);
        auto *ports = qobject_cast<QListWidget *>(form.editorFor(QStringLiteral("ports")));
        QVERIFY(ports);
        QCOMPARE(ports->count(), 3);
        auto *consent = qobject_cast<QCheckBox *>(form.editorFor(QStringLiteral("consent")));
        QVERIFY(consent);
        QVERIFY(qobject_cast<QPlainTextEdit *>(form.editorFor(QStringLiteral("notes"))));
        QVERIFY(!form.editorFor(QStringLiteral("hidden")));

        QCOMPARE(form.validate().field(), QStringLiteral("count"));
        qobject_cast<QLineEdit *>(form.editorFor(QStringLiteral("count")))->setText(QStringLiteral("11"));
        QCOMPARE(form.validate().field(), QStringLiteral("count")); // above max_value
        qobject_cast<QLineEdit *>(form.editorFor(QStringLiteral("count")))->setText(QStringLiteral("3"));
        QCOMPARE(form.validate().field(), QStringLiteral("zone"));
        zone->setCurrentIndex(1);
        QCOMPARE(form.validate().field(), QStringLiteral("consent"));
        consent->setChecked(true);
        QVERIFY(!form.validate().isError());
        ports->item(2)->setCheckState(Qt::Checked);
        const QJsonObject values = form.values();
        QCOMPARE(values, (QJsonObject{{QStringLiteral("count"), 3},
                                      {QStringLiteral("zone"), QStringLiteral("az2")},
                                      {QStringLiteral("ports"), QJsonArray{QStringLiteral("443")}},
                                      {QStringLiteral("consent"), true}}));
        // A draft's values come back.
        ExtendsParamsForm restored;
        restored.setParams({count, single, multiple, agree, notes});
        restored.setValues(values);
        QCOMPARE(restored.values(), values);
    }

    void unsignedAgreementIsSignedBeforeCreateAndTheBodyIsTheTables()
    {
        auto wizard = openWizard();
        QVERIFY(fillObsCase(*wizard));
        // The demo account signed version 101 only: the latest (102) is shown.
        QVERIFY(wizard->needsAgreement());
        QVERIFY(wizard->agreementBox()->isVisibleTo(wizard.get()));
        // The registered contacts are offered and need no code.
        QVERIFY(!wizard->mobileEdit()->text().isEmpty());
        QVERIFY(wizard->mailEdit()->text().endsWith(QStringLiteral("@example.com")));
        QTRY_COMPARE(wizard->mailVerification()->state(), ContactVerificationRow::State::NotNeeded);
        QTRY_COMPARE(wizard->mobileVerification()->state(), ContactVerificationRow::State::NotNeeded);

        wizard->submit();
        QCOMPARE(wizard->errorField(), QStringLiteral("agreement"));
        QVERIFY(wizard->errorText().startsWith(QStringLiteral("Agreement: ")));
        QCOMPARE(indexOf("POST", QStringLiteral("/v2/servicerequest/agreements/")), -1);
        QVERIFY(requestsTo("POST", kCases).isEmpty());

        wizard->agreementCheck()->setChecked(true);
        wizard->ccEdit()->setText(QStringLiteral("ops@example.com; lead@example.com"));
        wizard->remindTimeEdit()->setText(QStringLiteral("9:00-18:00"));
        QSignalSpy created(wizard.get(), &CreateCaseWizard::caseCreated);
        wizard->submit();
        QVERIFY(wizard->isSubmitting());
        QVERIFY(!wizard->submitButton()->isEnabled());
        QTRY_COMPARE(created.size(), 1);
        const QString caseId = created.first().first().toString();
        QVERIFY2(caseId.startsWith(QStringLiteral("TS")), qPrintable(caseId));

        // Signed first (the latest version, 102), then created with the record.
        const int signedAt = indexOf("POST", QStringLiteral("/v2/servicerequest/agreements/102/signed"));
        const int createdAt = indexOf("POST", kCases);
        QVERIFY(signedAt >= 0);
        QVERIFY(signedAt < createdAt);
        const QList<sim::AgreementBook::Signature> signatures =
            sim::AgreementBook::of(*m_server).signatures(QString::fromLatin1(sim::demo::kDomainId));
        QVERIFY(!signatures.isEmpty());

        const sim::RecordedRequest create = m_server->requests().last();
        QCOMPARE(create.method, QByteArray("POST"));
        QCOMPARE(create.path, kCases);
        const QJsonObject body = QJsonDocument::fromJson(create.body).object();
        const QJsonObject expected{
            {QStringLiteral("incident_sub_type_id"), QStringLiteral("2")},
            {QStringLiteral("product_category_id"), wizard->productCombo()->currentData().toString()},
            {QStringLiteral("business_type_id"), wizard->problemCombo()->currentData().toString()},
            {QStringLiteral("simple_description"), QStringLiteral("Bucket policy denies our CDN: which statement?")},
            {QStringLiteral("source_id"), kSourceId},
            {QStringLiteral("severity_id"), wizard->severityCombo()->currentData().toString()},
            {QStringLiteral("remind_mobile"), wizard->mobileEdit()->text()},
            {QStringLiteral("area_code"), QStringLiteral("86")},
            {QStringLiteral("remind_mail"), wizard->mailEdit()->text()},
            {QStringLiteral("remind_time"), QStringLiteral("9:00-18:00")},
            {QStringLiteral("extends_map"), QJsonObject{{QStringLiteral("obs_instance_id"), QStringLiteral("obs-bucket-42")}}},
            {QStringLiteral("extension_map"),
             QJsonObject{{QStringLiteral("remindCCEmail"), QStringLiteral("ops@example.com,lead@example.com")}}},
            {QStringLiteral("agreement_signed_record_id"), signatures.last().recordId},
        };
        QCOMPARE(body, expected);
        QVERIFY(!wizard->severityCombo()->currentData().toString().isEmpty());
        QCOMPARE(wizard->result(), int(QDialog::Accepted));
        QVERIFY(CreateCaseDraft::load().isEmpty()); // the draft is gone with the created case
    }

    void unregisteredMailIsVerifiedFirst()
    {
        auto wizard = openWizard();
        QVERIFY(fillObsCase(*wizard));
        wizard->agreementCheck()->setChecked(true);
        const QString mail = QStringLiteral("someone.else@example.org");
        wizard->mailEdit()->setText(mail);
        Q_EMIT wizard->mailEdit()->editingFinished();
        ContactVerificationRow *row = wizard->mailVerification();
        QTRY_COMPARE(row->state(), ContactVerificationRow::State::NeedsCode);
        QVERIFY(row->sendButton()->isVisibleTo(wizard.get()));

        wizard->submit();
        QCOMPARE(wizard->errorField(), QStringLiteral("remind_mail"));
        QVERIFY(wizard->errorText().startsWith(QStringLiteral("E-mail: ")));
        QVERIFY(requestsTo("POST", kCases).isEmpty());

        row->sendButton()->click();
        QTRY_COMPARE(row->state(), ContactVerificationRow::State::CodeSent);
        // One send a minute (OSM.01010024): the button counts down, and the rule is explained.
        QVERIFY(!row->sendButton()->isEnabled());
        QVERIFY(row->sendButton()->text().contains(QStringLiteral("60")));
        QVERIFY(row->statusText().contains(QStringLiteral("5 minutes")));
        const auto sent = sim::VerificationBook::of(*m_server).lastSent(mail);
        QVERIFY(sent.has_value());
        const QJsonObject sendBody = QJsonDocument::fromJson(
            requestsTo("POST", QStringLiteral("/v2/servicerequest/verifycodes/send")).last().body).object();
        QCOMPARE(sendBody.value(QStringLiteral("contact_value")).toString(), mail);
        QCOMPARE(sendBody.value(QStringLiteral("contact_way")).toInt(), 1);

        // A wrong code is refused with the server's reason; the right one verifies.
        row->codeEdit()->setText(sent->code == QStringLiteral("000000") ? QStringLiteral("111111") : QStringLiteral("000000"));
        row->verifyButton()->click();
        QTRY_COMPARE(row->state(), ContactVerificationRow::State::CodeSent);
        QTRY_VERIFY(row->statusText().contains(QStringLiteral("Verification failed")));
        row->codeEdit()->setText(sent->code);
        row->verifyButton()->click();
        QTRY_COMPARE(row->state(), ContactVerificationRow::State::Verified);

        QSignalSpy created(wizard.get(), &CreateCaseWizard::caseCreated);
        wizard->submit();
        QTRY_COMPARE(created.size(), 1);
        const QJsonObject body = QJsonDocument::fromJson(requestsTo("POST", kCases).last().body).object();
        QCOMPARE(body.value(QStringLiteral("remind_mail")).toString(), mail);
        QCOMPARE(body.value(QStringLiteral("verify_code")).toString(), sent->code);
    }

    void usedUpQuotaIsExplained()
    {
        auto wizard = openWizard();
        QVERIFY(fillObsCase(*wizard));
        wizard->agreementCheck()->setChecked(true);
        const QString productId = wizard->productCombo()->currentData().toString();
        const QString typeId = wizard->problemCombo()->currentData().toString();
        sim::QuotaBook::of(*m_server).setUsed(QString::fromLatin1(sim::demo::kDomainId), productId, typeId, 10);
        QSignalSpy created(wizard.get(), &CreateCaseWizard::caseCreated);
        wizard->submit();
        QTRY_VERIFY(!wizard->isSubmitting());
        QCOMPARE(created.size(), 0);
        QCOMPARE(wizard->errorField(), QStringLiteral("quota"));
        QVERIFY2(wizard->errorText().contains(QStringLiteral("quota is used up")), qPrintable(wizard->errorText()));
        QVERIFY(wizard->errorText().contains(QStringLiteral("special approval")));
        // Shown before the next try as well, once the quota is read again.
        wizard->problemCombo()->setCurrentIndex(-1);
        wizard->problemCombo()->setCurrentIndex(0);
        QVERIFY(waitLoaded(*wizard));
        QVERIFY(wizard->quotaLabel()->text().contains(QStringLiteral("used up")));
    }

    void failedSubmitKeepsEverythingAndTheDraftSurvivesTheWizard()
    {
        const QString file = makeFile(QStringLiteral("bucket-policy.txt"), "{\"Statement\": []}\n");
        QString productId;
        QString typeId;
        {
            auto wizard = openWizard();
            QVERIFY(fillObsCase(*wizard));
            productId = wizard->productCombo()->currentData().toString();
            typeId = wizard->problemCombo()->currentData().toString();
            QCOMPARE(wizard->attachments()->stageFiles({file}), 1);
            wizard->ccEdit()->setText(QStringLiteral("ops@example.com"));
            wizard->agreementCheck()->setChecked(true);

            sim::Fault fault;
            fault.kind = sim::Fault::Kind::HttpError;
            fault.status = 500;
            fault.remaining = 1;
            fault.method = "POST";
            fault.pathPrefix = kCases;
            m_server->faults().add(fault);
            QSignalSpy created(wizard.get(), &CreateCaseWizard::caseCreated);
            wizard->submit();
            QTRY_VERIFY(!wizard->isSubmitting());
            QCOMPARE(created.size(), 0);
            QVERIFY(!wizard->errorText().isEmpty());
            QVERIFY(wizard->isVisible());
            QCOMPARE(requestsTo("POST", kCases).size(), 1);
            QCOMPARE(requestsTo("POST", QStringLiteral("/v2/servicerequest/accessorys")).size(), 1);
            // Everything is still there, and in the saved draft with the upload and the signature.
            QCOMPARE(wizard->descriptionEdit()->toPlainText(), QStringLiteral("Bucket policy denies our CDN: which statement?"));
            QCOMPARE(wizard->attachments()->files(), QStringList{file});
            const CreateCaseDraft saved = CreateCaseDraft::load();
            QCOMPARE(saved.description, wizard->descriptionEdit()->toPlainText());
            QCOMPARE(saved.files, QStringList{file});
            QCOMPARE(saved.uploaded.size(), 1);
            QVERIFY(saved.agreementRecordId.has_value());
            QCOMPARE(saved.ccEmails, QStringLiteral("ops@example.com"));
        } // the wizard is destroyed (as after a crash, the draft was already on disk)

        auto wizard = openWizard();
        QVERIFY(waitLoaded(*wizard));
        QCOMPARE(wizard->subTypeCombo()->currentData().toString(), QStringLiteral("2"));
        QCOMPARE(wizard->productCombo()->currentData().toString(), productId);
        QCOMPARE(wizard->problemCombo()->currentData().toString(), typeId);
        QCOMPARE(wizard->descriptionEdit()->toPlainText(), QStringLiteral("Bucket policy denies our CDN: which statement?"));
        QCOMPARE(wizard->attachments()->files(), QStringList{file});
        QCOMPARE(wizard->ccEdit()->text(), QStringLiteral("ops@example.com"));
        auto *instance = qobject_cast<QLineEdit *>(wizard->extendsForm()->editorFor(QStringLiteral("obs_instance_id")));
        QVERIFY(instance);
        QCOMPARE(instance->text(), QStringLiteral("obs-bucket-42"));
        QVERIFY(!wizard->needsAgreement()); // signed on the first try

        QSignalSpy created(wizard.get(), &CreateCaseWizard::caseCreated);
        wizard->submit();
        QTRY_COMPARE(created.size(), 1);
        // Nothing uploaded or signed twice; the retry carries the first upload and signature.
        QCOMPARE(requestsTo("POST", QStringLiteral("/v2/servicerequest/accessorys")).size(), 1);
        QCOMPARE(requestsTo("POST", QStringLiteral("/v2/servicerequest/agreements/102/signed")).size(), 1);
        QCOMPARE(requestsTo("POST", kCases).size(), 2);
        const QJsonObject body = QJsonDocument::fromJson(requestsTo("POST", kCases).last().body).object();
        QCOMPARE(body.value(QStringLiteral("accessory_ids")).toArray().size(), 1);
        QVERIFY(body.contains(QStringLiteral("agreement_signed_record_id")));
        QVERIFY(CreateCaseDraft::load().isEmpty());
    }

    void droppedFilesAreStaged()
    {
        ui::AttachmentStagingList list;
        list.resize(400, 200);
        list.show();
        QVERIFY(QTest::qWaitForWindowExposed(&list));
        list.setMaxFiles(2);
        const QString a = makeFile(QStringLiteral("a.log"));
        const QString b = makeFile(QStringLiteral("b.log"));
        const QString c = makeFile(QStringLiteral("c.log"));
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(a), QUrl::fromLocalFile(a), QUrl::fromLocalFile(b), QUrl::fromLocalFile(c),
                      QUrl(QStringLiteral("https://example.com/x"))});
        const QPoint at(list.width() / 2, list.height() / 2);
        QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&list, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(at), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&list, &drop);
        // Each file once, at most maxFiles (5.5.6 limit_count), no URLs that are not local files.
        QCOMPARE(list.files(), (QStringList{a, b}));
        QCOMPARE(list.listWidget()->count(), 2);
        list.unstageFile(0);
        QCOMPARE(list.files(), QStringList{b});
    }

    void languageChangeReadsTheListsAgainKeepingTheChoices()
    {
        auto wizard = openWizard();
        QVERIFY(fillObsCase(*wizard));
        const QString typeId = wizard->problemCombo()->currentData().toString();
        const int before = int(requestsTo("GET", QStringLiteral("/v2/servicerequest/config/categories")).size());
        m_client->setLanguage(QStringLiteral("zh-cn"));
        QEvent change(QEvent::LanguageChange);
        QApplication::sendEvent(wizard.get(), &change);
        QVERIFY(waitLoaded(*wizard));
        const QList<sim::RecordedRequest> categories = requestsTo("GET", QStringLiteral("/v2/servicerequest/config/categories"));
        QCOMPARE(int(categories.size()), before + 1);
        QCOMPARE(categories.last().header("X-Language"), QByteArray("zh-cn"));
        QCOMPARE(wizard->subTypeCombo()->currentText(), QStringLiteral("技术类")); // the server's names, in Chinese
        QCOMPARE(wizard->problemCombo()->currentData().toString(), typeId);
        QCOMPARE(wizard->descriptionEdit()->toPlainText(), QStringLiteral("Bucket policy denies our CDN: which statement?"));
    }

    void newCaseActionOpensTheWizardAndTheCreatedCase()
    {
        ui::MainWindow window(m_client.get());
        auto *action = window.findChild<QAction *>(QStringLiteral("newCaseAction"));
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(QKeySequence::New));
        QVERIFY(!action->text().isEmpty());
        action->trigger();
        CreateCaseWizard *wizard = nullptr;
        // Once the session's submission privilege (5.4.2) has answered: asked once, then from the cache.
        QTRY_VERIFY((wizard = window.findChild<CreateCaseWizard *>()) != nullptr);
        QVERIFY(wizard->isVisible());
        action->trigger(); // one at a time
        QCOMPARE(window.findChildren<CreateCaseWizard *>().size(), 1);
        QVERIFY(fillObsCase(*wizard));
        wizard->agreementCheck()->setChecked(true);
        const QPointer<CreateCaseWizard> guard(wizard);
        QSignalSpy created(wizard, &CreateCaseWizard::caseCreated);
        wizard->submit();
        QTRY_COMPARE(created.size(), 1);
        QTRY_VERIFY(guard.isNull()); // closed and deleted once created
        // The new case's own window is open.
        const QList<ui::CaseWindow *> windows = window.findChildren<ui::CaseWindow *>();
        QCOMPARE(windows.size(), 1);
        QCOMPARE(windows.first()->caseId(), created.first().first().toString());
    }
};

QTEST_MAIN(TestCreateCaseWizard)
#include "tst_createcasewizard.moc"
