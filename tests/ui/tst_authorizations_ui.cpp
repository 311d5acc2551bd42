// The Authorizations window against osm-sim: the list shows the simulator's authorizations (mine, the
// group's, by status); agree (with a host check first), reject and revoke each send the reference's request
// and the row follows; a bastion-host session's commands and file transfers show; an AUTH message's link in
// a case window opens the window at that authorization; an unknown one gives the translated error.
#include "DemoCredentials.h"
#include "Server.h"
#include "data/AuthorizationBook.h"
#include "data/DataSet.h"
#include "dialogs/ConfirmAuthorizationDialog.h"
#include "model/AuthorizationStatus.h"
#include "models/AuthorizationListModel.h"
#include "net/ApiClient.h"
#include "widgets/BastionRecordsPanel.h"
#include "widgets/MessageThreadView.h"
#include "windows/AuthorizationsWindow.h"
#include "windows/CaseWindow.h"
#include "windows/MainWindow.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QUrlQuery>

#include <functional>

using namespace osm;
using osm::ui::AuthorizationListModel;
using osm::ui::AuthorizationsWindow;
using Book = osm::sim::AuthorizationBook;

class TestAuthorizationsUi : public QObject
{
    Q_OBJECT

    std::unique_ptr<sim::Server> m_server;
    std::unique_ptr<ApiClient> m_client;

    Book &book() const { return Book::of(*m_server); }

    const Book::Record *findRecord(const std::function<bool(const Book::Record &)> &wanted) const
    {
        for (const Book::Record &r : book().records()) {
            if (r.domainId == QLatin1String(sim::demo::kDomainId) && wanted(r))
                return &r;
        }
        return nullptr;
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

    static QJsonObject bodyOf(const sim::RecordedRequest &request)
    {
        return QJsonDocument::fromJson(request.body).object();
    }

    static QString byAccessibleName(const QWidget *root, const QString &field)
    {
        const QList<QLabel *> labels = root->findChildren<QLabel *>();
        for (const QLabel *label : labels) {
            if (label->accessibleName() == field)
                return label->text();
        }
        return QStringLiteral("<no field %1>").arg(field);
    }

    static QString valueOf(const AuthorizationsWindow &window, const QString &field)
    {
        return byAccessibleName(&window, field);
    }

    std::unique_ptr<AuthorizationsWindow> openWindow()
    {
        auto window = std::make_unique<AuthorizationsWindow>(m_client.get());
        window->show();
        if (!QTest::qWaitFor([&] { return window->listModel()->totalCount() >= 0 && !window->listModel()->isLoading(); }, 10000))
            qWarning("the authorization list did not load");
        return window;
    }

    static bool waitDetail(const AuthorizationsWindow &window, const QString &id)
    {
        return QTest::qWaitFor([&] { return window.hasDetail() && window.currentAuthorizationId() == id && !window.isBusy(); },
                               10000);
    }

    static int rowStatus(const AuthorizationsWindow &window, const QString &id)
    {
        const int row = window.listModel()->rowOf(id);
        return row < 0 ? -100 : window.listModel()->index(row, 0).data(AuthorizationListModel::StatusRole).toInt();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("OSMDeskTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_authorizations_ui"));
    }

    void init()
    {
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

    void actionsFollowTheStatus()
    {
        using A = AuthorizationsWindow::Action;
        for (int s = 0; s <= 10; ++s) {
            QCOMPARE(AuthorizationsWindow::allows(A::Agree, s), s == AuthorizationStatus::Pending);
            QCOMPARE(AuthorizationsWindow::allows(A::Reject, s), s == AuthorizationStatus::Pending);
            QCOMPARE(AuthorizationsWindow::allows(A::Revoke, s), s == AuthorizationStatus::Authorized);
        }
        QCOMPARE(AuthorizationListModel::statusName(AuthorizationStatus::Cancelled), QStringLiteral("Revoked"));
        QVERIFY(AuthorizationListModel::statusName(9).contains(QLatin1String("9"))); // undescribed: its number
    }

    void listShowsTheSimulatorsAuthorizations()
    {
        auto window = openWindow();
        AuthorizationListModel *model = window->listModel();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<const Book::Record *> mine;
        for (const Book::Record &r : book().records()) {
            if (r.domainId == QLatin1String(sim::demo::kDomainId))
                mine.append(&r);
        }
        QVERIFY(mine.size() >= 12);
        QCOMPARE(model->totalCount(), qint64(mine.size()));
        QCOMPARE(model->rowCount(), int(std::min<qsizetype>(mine.size(), AuthorizationListModel::kPageSize)));
        // Newest first, as the simulator lists them, the status in words.
        for (int row = 0; row < model->rowCount(); ++row) {
            const Book::Record &r = *mine.at(row);
            QCOMPARE(model->index(row, AuthorizationListModel::Id).data().toString(), r.id);
            QCOMPARE(model->index(row, AuthorizationListModel::Case).data().toString(), r.caseId);
            QCOMPARE(model->index(row, AuthorizationListModel::Status).data().toString(),
                     AuthorizationListModel::statusName(r.status));
        }
        const sim::RecordedRequest list = requestsTo("GET", QStringLiteral("/v2/servicerequest/authorizations")).last();
        const QUrlQuery query(QString::fromLatin1(list.rawQuery));
        QCOMPARE(query.queryItemValue(QStringLiteral("offset")), QStringLiteral("0"));
        QCOMPARE(query.queryItemValue(QStringLiteral("limit")), QString::number(AuthorizationListModel::kPageSize));
        QVERIFY(!query.hasQueryItem(QStringLiteral("group_id")));

        // By status: status=0, only pending ones.
        auto *statusFilter = window->findChild<QComboBox *>();
        const QList<QComboBox *> boxes = window->findChildren<QComboBox *>();
        for (QComboBox *box : boxes) {
            if (box->accessibleName() == QLatin1String("Status filter"))
                statusFilter = box;
        }
        statusFilter->setCurrentIndex(statusFilter->findData(AuthorizationStatus::Pending));
        QTRY_VERIFY(!model->isLoading() && model->totalCount() >= 0);
        QVERIFY(model->rowCount() > 0);
        for (int row = 0; row < model->rowCount(); ++row)
            QCOMPARE(model->index(row, 0).data(AuthorizationListModel::StatusRole).toInt(), AuthorizationStatus::Pending);
        QCOMPARE(QUrlQuery(QString::fromLatin1(m_server->requests().last().rawQuery)).queryItemValue(QStringLiteral("status")),
                 QStringLiteral("0"));

        // The group's: group_id goes with the list.
        window->setGroupId(QStringLiteral("group-abc"));
        window->setScope(AuthorizationsWindow::Scope::Group);
        QTRY_VERIFY(!model->isLoading() && model->totalCount() >= 0);
        const sim::RecordedRequest groupList = requestsTo("GET", QStringLiteral("/v2/servicerequest/authorizations")).last();
        QCOMPARE(QUrlQuery(QString::fromLatin1(groupList.rawQuery)).queryItemValue(QStringLiteral("group_id")),
                 QStringLiteral("group-abc"));
    }

    void agreeChecksTheHostThenConfirms()
    {
        const Book::Record *pending = findRecord([](const Book::Record &r) {
            return r.status == AuthorizationStatus::Pending && r.kind == Book::Kind::Host;
        });
        QVERIFY(pending);
        const QString id = pending->id;
        auto window = openWindow();
        window->showAuthorization(id);
        QVERIFY(waitDetail(*window, id));
        QCOMPARE(valueOf(*window, QStringLiteral("Status")), AuthorizationListModel::statusName(0));
        QCOMPARE(valueOf(*window, QStringLiteral("Case")), pending->caseId);
        QVERIFY(window->action(AuthorizationsWindow::Action::Agree)->isEnabled());
        QVERIFY(window->action(AuthorizationsWindow::Action::Reject)->isEnabled());
        QVERIFY(!window->action(AuthorizationsWindow::Action::Revoke)->isEnabled());

        window->action(AuthorizationsWindow::Action::Agree)->trigger();
        ui::ConfirmAuthorizationDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window->findChild<ui::ConfirmAuthorizationDialog *>()) != nullptr);
        QCOMPARE(dialog->hostRows().size(), pending->details.size());
        const auto &host = dialog->hostRows().first(); // (the dialog deletes itself once agreed)
        const qint64 hostDetailId = host.detailId;
        QCOMPARE(host.account->text(), QStringLiteral("root"));
        QCOMPARE(host.port->value(), 22);
        QTRY_COMPARE(byAccessibleName(dialog, QStringLiteral("Login type")), QStringLiteral("Federated user")); // 5.6.3
        // A language switch retranslates in place and keeps what is typed.
        host.password->setText(QStringLiteral("typed"));
        QEvent languageChange(QEvent::LanguageChange);
        QCoreApplication::sendEvent(dialog, &languageChange);
        QCOMPARE(dialog->agencyBox()->itemText(0), QStringLiteral("No agency"));
        QCOMPARE(host.password->text(), QStringLiteral("typed"));
        QCOMPARE(byAccessibleName(dialog, QStringLiteral("Login type")), QStringLiteral("Federated user"));

        // A wrong password first: the translated refusal, then the right one.
        host.password->setText(QStringLiteral("wrong"));
        host.check->click();
        QTRY_COMPARE(host.result->text(), QCoreApplication::translate("osm::ErrorCatalog", "The account name or password is wrong."));
        for (const auto &row : dialog->hostRows())
            row.password->setText(QString::fromLatin1(Book::kDemoHostPassword));
        host.check->click();
        QTRY_COMPARE(host.result->text(), QStringLiteral("The host accepted this account and password."));
        const QString verifyPath = QStringLiteral("/v2/servicerequest/authorizations/authorization-details/%1/verify-host")
                                       .arg(host.detailId);
        const QJsonObject verify = bodyOf(requestsTo("POST", verifyPath).last());
        QCOMPARE(verify.value(QStringLiteral("port")).toInt(), 22);
        QCOMPARE(verify.value(QStringLiteral("account")).toString(), QStringLiteral("root"));
        QCOMPARE(verify.value(QStringLiteral("password")).toString(), QString::fromLatin1(Book::kDemoHostPassword));

        const QDateTime from = dialog->fromEdit()->dateTime();
        const QDateTime until = from.addDays(2);
        dialog->untilEdit()->setDateTime(until);
        QPointer<ui::ConfirmAuthorizationDialog> watched(dialog);
        dialog->agreeButton()->click();
        QTRY_COMPARE(rowStatus(*window, id), int(AuthorizationStatus::Authorized));
        QTRY_VERIFY(!watched); // closed on success
        const QJsonObject body = bodyOf(requestsTo("PUT", QStringLiteral("/v2/servicerequest/authorizations/") + id).last());
        const QJsonArray details = body.value(QStringLiteral("auth_detail_list")).toArray();
        QCOMPARE(details.size(), pending->details.size());
        QCOMPARE(details.first().toObject().value(QStringLiteral("auth_detail_id")).toInteger(), hostDetailId);
        QCOMPARE(details.first().toObject().value(QStringLiteral("port")).toInt(), 22);
        QCOMPARE(details.first().toObject().value(QStringLiteral("account")).toString(), QStringLiteral("root"));
        QCOMPARE(body.value(QStringLiteral("auth_effective_time")).toInteger(), from.toMSecsSinceEpoch());
        QCOMPARE(body.value(QStringLiteral("auth_expire_time")).toInteger(), until.toMSecsSinceEpoch());
        QCOMPARE(book().find(QString::fromLatin1(sim::demo::kDomainId), id)->status, int(AuthorizationStatus::Authorized));
        // The detail follows: agreed, revocable now.
        QTRY_COMPARE(valueOf(*window, QStringLiteral("Status")), AuthorizationListModel::statusName(1));
        QTRY_VERIFY(window->action(AuthorizationsWindow::Action::Revoke)->isEnabled());
        QVERIFY(!window->action(AuthorizationsWindow::Action::Agree)->isEnabled());
        QCOMPARE(window->listModel()->index(window->listModel()->rowOf(id), AuthorizationListModel::Status).data().toString(),
                 QStringLiteral("Authorized"));
    }

    void rejectSendsTheReason()
    {
        const Book::Record *pending = findRecord([](const Book::Record &r) { return r.status == AuthorizationStatus::Pending; });
        QVERIFY(pending);
        const QString id = pending->id;
        const QString actionPath = QStringLiteral("/v2/servicerequest/authorizations/%1/action").arg(id);
        auto window = openWindow();
        window->showAuthorization(id);
        QVERIFY(waitDetail(*window, id));

        // Without a reason nothing is sent.
        window->action(AuthorizationsWindow::Action::Reject)->trigger();
        QInputDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window->findChild<QInputDialog *>(QStringLiteral("rejectReasonDialog"))) != nullptr);
        dialog->setTextValue(QStringLiteral("   "));
        dialog->accept();
        QTRY_VERIFY(window->statusText().contains(QLatin1String("reason")));
        QVERIFY(requestsTo("PUT", actionPath).isEmpty());
        QTRY_VERIFY(!window->findChild<QInputDialog *>(QStringLiteral("rejectReasonDialog")));

        window->action(AuthorizationsWindow::Action::Reject)->trigger();
        QTRY_VERIFY((dialog = window->findChild<QInputDialog *>(QStringLiteral("rejectReasonDialog"))) != nullptr);
        dialog->setTextValue(QStringLiteral("Not during the sales peak."));
        dialog->accept();
        QTRY_COMPARE(rowStatus(*window, id), int(AuthorizationStatus::Rejected));
        const QList<sim::RecordedRequest> sent = requestsTo("PUT", actionPath);
        QCOMPARE(sent.size(), 1);
        QCOMPARE(QUrlQuery(QString::fromLatin1(sent.first().rawQuery)).queryItemValue(QStringLiteral("action_id")),
                 QStringLiteral("reject"));
        QCOMPARE(bodyOf(sent.first()), QJsonObject({{QStringLiteral("reject_reason"), QStringLiteral("Not during the sales peak.")}}));
        QTRY_COMPARE(valueOf(*window, QStringLiteral("Reject reason")), QStringLiteral("Not during the sales peak."));
        QVERIFY(!window->action(AuthorizationsWindow::Action::Reject)->isEnabled());
    }

    void revokeAsksFirst()
    {
        const Book::Record *agreed = findRecord([](const Book::Record &r) { return r.status == AuthorizationStatus::Authorized; });
        QVERIFY(agreed);
        const QString id = agreed->id;
        const QString actionPath = QStringLiteral("/v2/servicerequest/authorizations/%1/action").arg(id);
        auto window = openWindow();
        window->showAuthorization(id);
        QVERIFY(waitDetail(*window, id));
        QVERIFY(window->action(AuthorizationsWindow::Action::Revoke)->isEnabled());

        window->action(AuthorizationsWindow::Action::Revoke)->trigger();
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = window->findChild<QMessageBox *>(QStringLiteral("revokeAuthorizationBox"))) != nullptr);
        box->button(QMessageBox::Cancel)->click();
        QTest::qWait(50); // (a negative check: give a wrongly sent request the chance to arrive)
        QVERIFY(requestsTo("PUT", actionPath).isEmpty());

        window->action(AuthorizationsWindow::Action::Revoke)->trigger();
        QTRY_VERIFY((box = window->findChild<QMessageBox *>(QStringLiteral("revokeAuthorizationBox"))) != nullptr
                    && box->isVisible());
        box->button(QMessageBox::Yes)->click();
        QTRY_COMPARE(rowStatus(*window, id), int(AuthorizationStatus::Cancelled));
        const QList<sim::RecordedRequest> sent = requestsTo("PUT", actionPath);
        QCOMPARE(sent.size(), 1);
        QCOMPARE(QUrlQuery(QString::fromLatin1(sent.first().rawQuery)).queryItemValue(QStringLiteral("action_id")),
                 QStringLiteral("cancel"));
        QVERIFY(!bodyOf(sent.first()).contains(QStringLiteral("reject_reason")));
    }

    void bastionSessionLogsShow()
    {
        const Book::Record *agreed = findRecord([](const Book::Record &r) {
            return r.kind == Book::Kind::Host && !r.details.isEmpty() && !r.details.first().sessions.isEmpty();
        });
        QVERIFY(agreed);
        const Book::Detail &detail = agreed->details.first();
        const Book::Session &newest = detail.sessions.last(); // stored oldest first; listed newest first
        auto window = openWindow();
        window->showAuthorization(agreed->id);
        QVERIFY(waitDetail(*window, agreed->id));
        ui::BastionRecordsPanel *panel = window->bastionPanel();
        QCOMPARE(panel->hostBox()->currentData().toLongLong(), detail.id);
        QTRY_COMPARE(panel->sessionsModel()->rowCount(), int(detail.sessions.size()));
        QTRY_COMPARE(panel->commandsModel()->rowCount(), int(newest.commands.size()));
        QTRY_COMPARE(panel->transfersModel()->rowCount(), int(newest.transfers.size()));
        QCOMPARE(panel->sessionsModel()->item(0, 3)->text(), newest.operatorName);
        // Commands in the order they were run (sort=1).
        QCOMPARE(panel->commandsModel()->item(0, 1)->text(), newest.commands.first().oper);
        QCOMPARE(panel->commandsModel()->item(panel->commandsModel()->rowCount() - 1, 1)->text(), newest.commands.last().oper);
        if (!newest.transfers.isEmpty()) {
            QCOMPARE(panel->transfersModel()->item(0, 2)->text(), newest.transfers.first().fileName);
            QCOMPARE(panel->transfersModel()->item(0, 1)->text(),
                     ui::BastionRecordsPanel::operationName(newest.transfers.first().operateType));
        }
        const QString base = QStringLiteral("/v2/servicerequest/authorizations/%1/authorization-details/%2")
                                 .arg(agreed->id).arg(detail.id);
        QVERIFY(!requestsTo("GET", base + QStringLiteral("/history-sessions")).isEmpty());
        const QList<sim::RecordedRequest> ops =
            requestsTo("GET", base + QStringLiteral("/sessions/%1/operation-logs").arg(newest.id));
        QCOMPARE(ops.size(), 1);
        const QUrlQuery opsQuery(QString::fromLatin1(ops.first().rawQuery));
        QCOMPARE(opsQuery.queryItemValue(QStringLiteral("sort")), QStringLiteral("1"));
        QCOMPARE(opsQuery.queryItemValue(QStringLiteral("limit")), QStringLiteral("100"));
        QCOMPARE(requestsTo("GET", base + QStringLiteral("/sessions/%1/operation-file-logs").arg(newest.id)).size(), 1);

        // Another session: its own records.
        const Book::Session &older = detail.sessions.first();
        panel->sessionsView()->setCurrentIndex(panel->sessionsModel()->index(int(detail.sessions.size()) - 1, 0));
        QTRY_COMPARE(requestsTo("GET", base + QStringLiteral("/sessions/%1/operation-logs").arg(older.id)).size(), 1);
        QTRY_VERIFY(!panel->isLoading());
        QCOMPARE(panel->commandsModel()->rowCount(), int(older.commands.size()));
        QCOMPARE(panel->transfersModel()->rowCount(), int(older.transfers.size()));
    }

    void unknownAuthorizationIsExplained()
    {
        auto window = openWindow();
        window->showAuthorization(QStringLiteral("no-such-authorization"));
        QTRY_VERIFY(window->statusText().contains(
            QCoreApplication::translate("osm::ErrorCatalog", "The authorization item does not exist.")));
        QVERIFY(!window->hasDetail());
        QVERIFY(!window->action(AuthorizationsWindow::Action::Agree)->isEnabled());
    }

    void authLinkInACaseWindowOpensTheWindow()
    {
        // An AUTH message of the demo account's and the authorization it names.
        QString caseId, messageId, authorizationId;
        for (const sim::MessageRecord &m : m_server->dataSet().allMessages()) {
            if (m.displayType != QLatin1String("AUTH"))
                continue;
            const QString id = QJsonDocument::fromJson(m.extension.toUtf8()).object().value(QStringLiteral("authorization_id")).toString();
            const sim::CaseRecord *c = m_server->dataSet().findCase(m.caseId);
            if (!id.isEmpty() && c && c->customerId == QLatin1String(sim::demo::kDomainId)
                && book().find(QString::fromLatin1(sim::demo::kDomainId), id)) {
                caseId = m.caseId;
                messageId = m.messageId;
                authorizationId = id;
                break;
            }
        }
        QVERIFY(!authorizationId.isEmpty());
        ui::MainWindow main(m_client.get());
        main.show();
        main.openCase(caseId);
        ui::CaseWindow *caseWindow = nullptr;
        QTRY_VERIFY((caseWindow = main.findChild<ui::CaseWindow *>()) != nullptr);
        QVERIFY(!main.findChild<AuthorizationsWindow *>());
        Q_EMIT caseWindow->threadView()->authorizationRequested(authorizationId, messageId);
        AuthorizationsWindow *window = nullptr;
        QTRY_VERIFY((window = main.findChild<AuthorizationsWindow *>()) != nullptr);
        QVERIFY(window->isVisible());
        QVERIFY(waitDetail(*window, authorizationId));
        QCOMPARE(window->detail().incidentId, caseId);
        QCOMPARE(valueOf(*window, QStringLiteral("ID")), authorizationId);
        // Selected in the list once it is listed.
        QTRY_VERIFY(window->listView()->currentIndex().isValid());
        QCOMPARE(window->listView()->currentIndex().data(AuthorizationListModel::AuthorizationIdRole).toString(), authorizationId);

        // The menu opens the same window again.
        main.findChild<QAction *>(QStringLiteral("authorizationsAction"))->trigger();
        QCOMPARE(main.findChildren<AuthorizationsWindow *>().size(), 1);
        caseWindow->close();
    }
};

QTEST_MAIN(TestAuthorizationsUi)
#include "tst_authorizations_ui.moc"
