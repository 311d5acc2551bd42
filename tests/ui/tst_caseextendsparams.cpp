// Extra parameters of an existing case (5.3.2 / 5.3.3) against osm-sim: ExtendsParamsForm reads a JSON-object
// select_item (value → label) and sends the value; CaseExtendsParamsDialog loads the case's values and its
// problem type's definitions, refuses a bad value before sending, then sends exactly the reference's body;
// an EXT_PARAM_REQUEST message's link (CaseWindow) and the detail panel's button open it.
#include "DemoCredentials.h"
#include "Server.h"
#include "data/CaseExtendsBook.h"
#include "dialogs/CaseExtendsParamsDialog.h"
#include "dialogs/createcase/ExtendsParamsForm.h"
#include "models/MessageThreadModel.h"
#include "net/ApiClient.h"
#include "widgets/CaseDetailPanel.h"
#include "widgets/MessageThreadView.h"
#include "windows/CaseWindow.h"

#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace osm;
using osm::ui::CaseExtendsParamsDialog;
using osm::ui::ExtendsParamsForm;

namespace {
const QString kRequestExtension = QStringLiteral("{\"param_keys\":[\"instance_id\",\"occur_time\"]}");
}

class TestCaseExtendsParams : public QObject
{
    Q_OBJECT

    QTemporaryDir m_settingsDir;
    std::unique_ptr<sim::Server> m_server;
    std::unique_ptr<ApiClient> m_client;

    // An open case (status 1, in progress) of the demo account with a problem type, owned by the caller.
    sim::CaseRecord *openCase() const
    {
        for (sim::CaseRecord &c : m_server->dataSet().cases()) {
            if (c.customerId == QLatin1String(sim::demo::kDomainId) && c.status == 1 && !c.businessTypeId.isEmpty())
                return &c;
        }
        return nullptr;
    }

    // Support asks the case for instance_id and occur_time.
    QString addRequest(const QString &caseId) const
    {
        sim::MessageRecord m;
        m.caseId = caseId;
        m.type = m.replierType = 1;
        m.replier = QStringLiteral("op_svc_hecops");
        m.replierName = QStringLiteral("support");
        m.content = QStringLiteral("<div class=\"osm-rich-text\"><p>Please tell us the instance ID.</p></div>");
        m.displayType = QStringLiteral("EXT_PARAM_REQUEST");
        m.extension = kRequestExtension;
        return m_server->dataSet().addMessage(m);
    }

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

    static QString extendsPath(const QString &caseId)
    {
        return QStringLiteral("/v2/servicerequest/cases/%1/extends-param").arg(caseId);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_settingsDir.isValid());
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
        QCoreApplication::setOrganizationName(QStringLiteral("OSMDeskTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_caseextendsparams"));
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

    // 5.3.2's example: select_item "{\"A\":\"选项1_EN\",\"B\":\"选项2_EN\"}" — a JSON object, value → label.
    void selectItemAsAJsonObject()
    {
        const QString item = QStringLiteral("{\"A\":\"选项1_EN\",\"B\":\"选项2_EN\"}");
        const QList<ExtendsParamsForm::Choice> expected = {{QStringLiteral("A"), QStringLiteral("选项1_EN")},
                                                           {QStringLiteral("B"), QStringLiteral("选项2_EN")}};
        QCOMPARE(ExtendsParamsForm::optionsOf(item), expected);
        QCOMPARE(ExtendsParamsForm::choicesOf(item), (QStringList{QStringLiteral("选项1_EN"), QStringLiteral("选项2_EN")}));
        // The other shapes keep their meaning: arrays of objects (value sent, name shown), text lists.
        QCOMPARE(ExtendsParamsForm::optionsOf(QStringLiteral("[{\"value\":\"v1\",\"name\":\"One\"}]")),
                 (QList<ExtendsParamsForm::Choice>{{QStringLiteral("v1"), QStringLiteral("One")}}));
        QCOMPARE(ExtendsParamsForm::choicesOf(QStringLiteral("22,80;443")),
                 (QStringList{QStringLiteral("22"), QStringLiteral("80"), QStringLiteral("443")}));

        ExtendsParam single;
        single.paramKey = QStringLiteral("zone");
        single.paramName = QStringLiteral("Zone");
        single.paramType = 4;
        single.isShow = 1;
        single.selectItem = item;
        ExtendsParam multiple = single;
        multiple.paramKey = QStringLiteral("zones");
        multiple.paramType = 5;
        ExtendsParamsForm form;
        form.setParams({single, multiple});
        auto *combo = qobject_cast<QComboBox *>(form.editorFor(QStringLiteral("zone")));
        QVERIFY(combo);
        QCOMPARE(combo->count(), 2);
        QCOMPARE(combo->itemText(1), QStringLiteral("选项2_EN")); // the label is shown
        combo->setCurrentIndex(1);
        auto *list = qobject_cast<QListWidget *>(form.editorFor(QStringLiteral("zones")));
        QVERIFY(list);
        list->item(0)->setCheckState(Qt::Checked);
        const QJsonObject values = form.values();
        QCOMPARE(values.value(QLatin1String("zone")).toString(), QStringLiteral("B")); // the value is sent
        QCOMPARE(values.value(QLatin1String("zones")).toArray(), QJsonArray{QStringLiteral("A")});
        // A draft restores by value.
        form.setValues(QJsonObject{{QStringLiteral("zone"), QStringLiteral("A")}});
        QCOMPARE(combo->currentText(), QStringLiteral("选项1_EN"));
    }

    void dialogLoadsValidatesAndSends()
    {
        sim::CaseRecord *c = openCase();
        QVERIFY(c);
        const QString caseId = c->incidentId;
        const QString messageId = addRequest(caseId);
        // What the case already holds (as create_case's extends_map would have left it).
        sim::CaseExtendsBook::of(*m_server).set(caseId, QStringLiteral("cpu_count"), 4);
        sim::CaseExtendsBook::of(*m_server).set(caseId, QStringLiteral("note"), QStringLiteral("first"));

        CaseExtendsParamsDialog dialog(m_client.get(), caseId);
        dialog.setBusinessTypeId(c->businessTypeId);
        dialog.setRequest(messageId, kRequestExtension);
        QSignalSpy loaded(&dialog, &CaseExtendsParamsDialog::loaded);
        dialog.show();
        dialog.load();
        QVERIFY(loaded.wait());
        QVERIFY(!dialog.isLoading());
        QCOMPARE(requestsTo("GET", extendsPath(caseId)).size(), 1);
        // The problem type's definitions were read (5.8.3) for its types and limits.
        const QList<sim::RecordedRequest> definitions = requestsTo("GET", QStringLiteral("/v2/servicerequest/config/extends-map"));
        QCOMPARE(definitions.size(), 1);
        QVERIFY(definitions.last().rawQuery.contains("business_type_id=" + c->businessTypeId.toUtf8()));

        ExtendsParamsForm *form = dialog.form();
        // Asked for first, then what the case holds, then the type's own definitions.
        const QList<ExtendsParam> params = form->params();
        QVERIFY(params.size() >= 4);
        QCOMPARE(params.at(0).paramKey, QStringLiteral("instance_id"));
        QCOMPARE(params.at(1).paramKey, QStringLiteral("occur_time"));
        QVERIFY(params.at(0).isRequired() && params.at(1).isRequired()); // support asked for them
        auto *cpu = qobject_cast<QLineEdit *>(form->editorFor(QStringLiteral("cpu_count")));
        QVERIFY(cpu);
        QCOMPARE(cpu->text(), QStringLiteral("4")); // the case's value
        QCOMPARE(qobject_cast<QLineEdit *>(form->editorFor(QStringLiteral("note")))->text(), QStringLiteral("first"));
        // The problem type's definition (osm-sim: "<product>_instance_id", required, a pattern).
        const auto typed = std::find_if(params.cbegin(), params.cend(), [](const ExtendsParam &p) {
            return p.paramKey.endsWith(QLatin1String("_instance_id"));
        });
        QVERIFY(typed != params.cend());
        QVERIFY(!typed->regex.isEmpty());

        // Bad values are refused before anything is sent: a required one missing, then a number that is not one.
        const QString typedKey = typed->paramKey;
        QPushButton *send = dialog.sendButton();
        QVERIFY(send->isEnabled());
        send->click();
        QVERIFY(dialog.statusText().contains(QLatin1String("instance_id")));
        QVERIFY(requestsTo("POST", extendsPath(caseId)).isEmpty());
        qobject_cast<QLineEdit *>(form->editorFor(QStringLiteral("instance_id")))->setText(QStringLiteral("i-0123"));
        qobject_cast<QLineEdit *>(form->editorFor(QStringLiteral("occur_time")))->setText(QStringLiteral("yesterday 10:00"));
        qobject_cast<QLineEdit *>(form->editorFor(typedKey))->setText(QStringLiteral("not valid!"));
        send->click();
        QVERIFY2(dialog.statusText().contains(typed->paramName), qPrintable(dialog.statusText()));
        QVERIFY(requestsTo("POST", extendsPath(caseId)).isEmpty());
        qobject_cast<QLineEdit *>(form->editorFor(typedKey))->setText(QStringLiteral("ecs-web-01"));
        cpu->setText(QStringLiteral("many")); // past the editor's validator, as a paste could
        send->click();
        QVERIFY(dialog.statusText().contains(QLatin1String("cpu_count")));
        QVERIFY(requestsTo("POST", extendsPath(caseId)).isEmpty());

        cpu->setText(QStringLiteral("8"));
        QSignalSpy sent(&dialog, &CaseExtendsParamsDialog::sent);
        send->click();
        QVERIFY(sent.wait());
        QVERIFY(!dialog.isVisible());
        const QList<sim::RecordedRequest> posts = requestsTo("POST", extendsPath(caseId));
        QCOMPARE(posts.size(), 1);
        const QJsonObject body = QJsonDocument::fromJson(posts.last().body).object();
        QCOMPARE(body.value(QLatin1String("message_id")).toString(), messageId);
        QVERIFY(!body.contains(QLatin1String("group_id"))); // none set: left out, not empty
        const QJsonObject map = body.value(QLatin1String("extends_map")).toObject();
        QCOMPARE(map.value(QLatin1String("instance_id")).toString(), QStringLiteral("i-0123"));
        QCOMPARE(map.value(QLatin1String("occur_time")).toString(), QStringLiteral("yesterday 10:00"));
        QCOMPARE(map.value(QLatin1String("cpu_count")), QJsonValue(8)); // an integer parameter as a number
        QCOMPARE(map.value(QLatin1String("note")).toString(), QStringLiteral("first"));
        QCOMPARE(map.value(typedKey).toString(), QStringLiteral("ecs-web-01"));
        // The simulator now holds them (5.3.2 reads them back).
        bool found = false;
        for (const auto &[key, value] : sim::CaseExtendsBook::of(*m_server).valuesOf(caseId))
            found = found || (key == QLatin1String("instance_id") && value.toString() == QLatin1String("i-0123"));
        QVERIFY(found);
    }

    void requestLinkOpensTheDialog()
    {
        sim::CaseRecord *c = openCase();
        QVERIFY(c);
        const QString caseId = c->incidentId;
        const QString messageId = addRequest(caseId);
        auto *window = new ui::CaseWindow(m_client.get(), caseId);
        window->setAttribute(Qt::WA_DeleteOnClose);
        QPointer<ui::CaseWindow> guard(window);
        window->show();
        QTRY_VERIFY(window->threadModel()->hasLoaded());
        QTRY_VERIFY(window->detailPanel()->hasDetail()); // the problem type types the form
        const int row = window->threadModel()->rowOf(messageId);
        QVERIFY(row >= 0);
        ui::MessageThreadView *view = window->threadView();
        view->setCurrentIndex(window->threadModel()->index(row));
        QTest::keyClick(view, Qt::Key_Return); // the row's action: "Provide information"
        CaseExtendsParamsDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window->findChild<CaseExtendsParamsDialog *>()) != nullptr);
        QCOMPARE(dialog->caseId(), caseId);
        QCOMPARE(dialog->messageId(), messageId);
        QCOMPARE(dialog->requestedKeys(), (QStringList{QStringLiteral("instance_id"), QStringLiteral("occur_time")}));
        QTRY_VERIFY(!dialog->isLoading() && dialog->form()->editorFor(QStringLiteral("instance_id")));
        QVERIFY(dialog->isVisible());
        // The link again: the same dialog, not a second one.
        QTest::keyClick(view, Qt::Key_Return);
        QTRY_VERIFY(!dialog->isLoading());
        QCOMPARE(window->findChildren<CaseExtendsParamsDialog *>().size(), 1);
        window->close();
        QTRY_VERIFY(guard.isNull());
    }

    void detailPanelButtonOpensTheDialog()
    {
        sim::CaseRecord *c = openCase();
        QVERIFY(c);
        ui::CaseDetailPanel panel(m_client.get(), c->incidentId);
        panel.show();
        QTRY_VERIFY(panel.hasDetail() && !panel.isRefreshing() && !panel.isBusy());
        auto *button = panel.findChild<QPushButton *>(QStringLiteral("extendsParamsButton"));
        QVERIFY(button);
        QTRY_VERIFY(button->isEnabled());
        QCOMPARE(button->text(), QStringLiteral("Extra Parameters…"));
        button->click();
        CaseExtendsParamsDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = panel.findChild<CaseExtendsParamsDialog *>()) != nullptr);
        QCOMPARE(dialog->caseId(), c->incidentId);
        QVERIFY(dialog->messageId().isEmpty()); // not answering a request
        QTRY_VERIFY(!dialog->isLoading());
        QCOMPARE(requestsTo("GET", extendsPath(c->incidentId)).size(), 1);
        // A closed case cannot take parameters (osm-sim: open cases only): the button is off.
        c->status = 3;
        panel.refresh();
        QTRY_VERIFY(!panel.isRefreshing() && panel.detail().status == 3);
        QVERIFY(!button->isEnabled());
    }
};

QTEST_MAIN(TestCaseExtendsParams)
#include "tst_caseextendsparams.moc"
