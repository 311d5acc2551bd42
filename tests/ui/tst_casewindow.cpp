// The case window against osm-sim: sending (pending at once, the server's copy takes over), a failed send
// that keeps the text and the staged files and succeeds on retry, dropping files on the compose box, the
// draft surviving the widget, marking the thread read when shown, and withdrawing an own message.
#include "DemoCredentials.h"
#include "Server.h"
#include "models/MessagePoller.h"
#include "models/MessageThreadModel.h"
#include "net/ApiClient.h"
#include "widgets/ComposeBox.h"
#include "widgets/MessageThreadView.h"
#include "windows/CaseWindow.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPointer>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace osm;
using osm::ui::CaseWindow;
using osm::ui::ComposeBox;
using osm::ui::MessageThreadModel;

class TestCaseWindow : public QObject
{
    Q_OBJECT

    std::unique_ptr<sim::Server> m_server;
    std::unique_ptr<ApiClient> m_client;
    QTemporaryDir m_files;

    QString openCase() const
    {
        for (const auto &c : m_server->dataSet().cases()) {
            // 1 in progress: messages may be posted (3, 4, 12 and 13 refuse them).
            if (c.customerId == QLatin1String(sim::demo::kDomainId) && c.status == 1)
                return c.incidentId;
        }
        return {};
    }

    QString makeFile(const QString &name, const QByteArray &content = "log line\n") const
    {
        const QString path = m_files.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(content);
        return path;
    }

    int requestCount(const QByteArray &method, const QString &path) const
    {
        int n = 0;
        const QList<sim::RecordedRequest> all = m_server->requests();
        for (const auto &request : all)
            n += request.method == method && request.path == path;
        return n;
    }

    std::unique_ptr<CaseWindow> openWindow(const QString &caseId)
    {
        auto window = std::make_unique<CaseWindow>(m_client.get(), caseId);
        window->setAttribute(Qt::WA_DeleteOnClose, false); // the test owns it
        window->poller()->setIntervals(30, 120);
        window->threadModel()->setPageSize(100);
        window->threadModel()->reload();
        return window;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("OSMDeskTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_casewindow"));
        QVERIFY(m_files.isValid());
    }

    void init()
    {
        QSettings().remove(QStringLiteral("drafts"));
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

    void sendingShowsThePendingMessageAtOnce()
    {
        const QString caseId = openCase();
        QVERIFY(!caseId.isEmpty());
        auto window = openWindow(caseId);
        window->show();
        MessageThreadModel *model = window->threadModel();
        QTRY_VERIFY(model->hasLoaded() && !window->poller()->cursor().isEmpty());
        const int rows = model->rowCount();
        ComposeBox *compose = window->composeBox();
        compose->setText(QStringLiteral("The node is back, thanks."));
        // Ctrl+Enter in the editor sends.
        QTest::keyClick(compose->editor(), Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(model->rowCount(), rows + 1);
        QCOMPARE(model->index(rows).data(MessageThreadModel::DeliveryRole).toInt(), int(MessageThreadModel::Sending));
        QVERIFY(compose->isSending());
        QVERIFY(compose->editor()->isReadOnly());
        QTRY_VERIFY(!compose->isSending());
        QCOMPARE(compose->text(), QString());
        // The poll brings the server's copy into the same row: no duplicate.
        QTRY_VERIFY(!model->index(rows).data(MessageThreadModel::MessageIdRole).toString().isEmpty());
        QCOMPARE(model->rowCount(), rows + 1);
        QCOMPARE(model->index(rows).data(MessageThreadModel::DeliveryRole).toInt(), int(MessageThreadModel::Delivered));
        const QString path = QStringLiteral("/v2/servicerequest/cases/%1/message").arg(caseId);
        QCOMPARE(requestCount("POST", path), 1);
        const QList<sim::RecordedRequest> all = m_server->requests();
        for (const auto &request : all) {
            if (request.path == path) {
                const QJsonObject body = QJsonDocument::fromJson(request.body).object();
                QCOMPARE(body.value(QStringLiteral("message")).toObject().value(QStringLiteral("content")).toString(),
                         QStringLiteral("The node is back, thanks."));
            }
        }
    }

    void failedSendKeepsTextAndFilesAndRetries()
    {
        const QString caseId = openCase();
        auto window = openWindow(caseId);
        window->show();
        MessageThreadModel *model = window->threadModel();
        QTRY_VERIFY(model->hasLoaded());
        const int rows = model->rowCount();
        ComposeBox *compose = window->composeBox();
        const QString first = makeFile(QStringLiteral("trace.log"));
        const QString second = makeFile(QStringLiteral("screen.txt"), "x");
        QCOMPARE(compose->stageFiles({first, second}), 2);
        compose->setText(QStringLiteral("Logs attached."));

        const QString messagePath = QStringLiteral("/v2/servicerequest/cases/%1/message").arg(caseId);
        m_server->faults().addHttpError(500, 1, messagePath);
        QSignalSpy removed(model, &QAbstractItemModel::rowsRemoved);
        compose->send();
        QCOMPARE(model->rowCount(), rows + 1); // pending at once
        QTRY_VERIFY(!compose->isSending());
        QCOMPARE(compose->text(), QStringLiteral("Logs attached."));
        QCOMPARE(compose->stagedFiles(), (QStringList{first, second}));
        QVERIFY(!compose->errorText().isEmpty());
        QVERIFY(!compose->editor()->isReadOnly());
        QCOMPARE(removed.size(), 1);
        QCOMPARE(model->rowCount(), rows);
        const int uploads = requestCount("POST", QStringLiteral("/v2/servicerequest/accessorys"));
        QCOMPARE(uploads, 2);

        // Retry: the files are not uploaded again, the message goes through.
        compose->send();
        QTRY_VERIFY(!compose->isSending());
        QCOMPARE(compose->errorText(), QString());
        QCOMPARE(compose->text(), QString());
        QVERIFY(compose->stagedFiles().isEmpty());
        QCOMPARE(requestCount("POST", QStringLiteral("/v2/servicerequest/accessorys")), uploads);
        QCOMPARE(requestCount("POST", messagePath), 2);
        QTRY_VERIFY(!model->index(model->rowCount() - 1).data(MessageThreadModel::MessageIdRole).toString().isEmpty());
        QCOMPARE(model->index(model->rowCount() - 1).data(MessageThreadModel::AccessoriesRole).toList().size(), 2);
    }

    void droppedFilesAreStaged()
    {
        ComposeBox compose(QStringLiteral("TS-DROP"));
        compose.resize(500, 200);
        compose.show();
        QVERIFY(QTest::qWaitForWindowExposed(&compose));
        const QString a = makeFile(QStringLiteral("a.txt"));
        const QString b = makeFile(QStringLiteral("b.txt"));
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(a), QUrl::fromLocalFile(b), QUrl(QStringLiteral("https://example.com/x"))});
        const QPoint at(compose.width() / 2, compose.height() / 2);
        QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&compose, &enter);
        QVERIFY(enter.isAccepted());
        QVERIFY(compose.isDropHighlighted());
        QDropEvent drop(QPointF(at), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&compose, &drop);
        QVERIFY(drop.isAccepted());
        QVERIFY(!compose.isDropHighlighted());
        QCOMPARE(compose.stagedFiles(), (QStringList{a, b}));
        QCOMPARE(compose.text(), QString()); // nothing pasted as text
        // Dropped on the editor itself: still attachments, not text.
        const QString c = makeFile(QStringLiteral("c.txt"));
        QMimeData more;
        more.setUrls({QUrl::fromLocalFile(c)});
        QWidget *viewport = compose.editor()->viewport();
        QDragEnterEvent enterEditor(QPoint(5, 5), Qt::CopyAction, &more, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(viewport, &enterEditor);
        QDropEvent dropEditor(QPointF(5, 5), Qt::CopyAction, &more, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(viewport, &dropEditor);
        QCOMPARE(compose.stagedFiles().size(), 3);
        QCOMPARE(compose.text(), QString());
        // Text drags are not for the box.
        QMimeData text;
        text.setText(QStringLiteral("hello"));
        QDragEnterEvent enterText(at, Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&compose, &enterText);
        QVERIFY(!compose.isDropHighlighted());
    }

    void draftSurvivesTheWidget()
    {
        const QString file = makeFile(QStringLiteral("draft.log"));
        {
            ComposeBox compose(QStringLiteral("TS-DRAFT-1"));
            compose.setText(QStringLiteral("Half-written\nreply"));
            compose.stageFiles({file});
        }
        {
            ComposeBox other(QStringLiteral("TS-DRAFT-2")); // drafts are per case
            QCOMPARE(other.text(), QString());
            QVERIFY(other.stagedFiles().isEmpty());
        }
        ComposeBox again(QStringLiteral("TS-DRAFT-1"));
        QCOMPARE(again.text(), QStringLiteral("Half-written\nreply"));
        QCOMPARE(again.stagedFiles(), QStringList{file});
        QSettings settings;
        QCOMPARE(settings.value(QStringLiteral("drafts/TS-DRAFT-1/text")).toString(), QStringLiteral("Half-written\nreply"));
        // A sent message leaves no draft behind.
        again.sendSucceeded();
        ComposeBox afterSend(QStringLiteral("TS-DRAFT-1"));
        QCOMPARE(afterSend.text(), QString());
        QVERIFY(!QSettings().contains(QStringLiteral("drafts/TS-DRAFT-1/text")));
    }

    void draftOfTheWindowSurvivesClosingIt()
    {
        const QString caseId = openCase();
        {
            auto window = openWindow(caseId);
            window->composeBox()->setText(QStringLiteral("unsent thought"));
        }
        auto window = openWindow(caseId);
        QCOMPARE(window->composeBox()->text(), QStringLiteral("unsent thought"));
    }

    void threadIsMarkedReadWhenShown()
    {
        const QString caseId = openCase();
        const QString readPath = QStringLiteral("/v2/servicerequest/cases/%1/instant-messages/unread").arg(caseId);
        auto window = openWindow(caseId);
        QSignalSpy read(window.get(), &CaseWindow::messagesRead);
        QTRY_VERIFY(window->threadModel()->hasLoaded());
        QCOMPARE(requestCount("POST", readPath), 0); // not shown yet
        window->show();
        QTRY_COMPARE(read.size(), 1);
        QCOMPARE(read.first().first().toString(), caseId);
        QCOMPARE(m_server->dataSet().unreadCount(caseId), 0);
        // A reply arriving while the window is open is read at once.
        m_server->addEngineerReply(caseId, QStringLiteral("one more thing"));
        QTRY_COMPARE(read.size(), 2);
        QCOMPARE(m_server->dataSet().unreadCount(caseId), 0);
    }

    void ownMessageIsWithdrawnWithDeleteAfterConfirmation()
    {
        const QString caseId = openCase();
        const QString own = m_server->dataSet().addCustomerMessage(
            caseId, QStringLiteral("wrong case, sorry"), {}, QString::fromLatin1(sim::demo::kDomainId), QStringLiteral("me"), 0);
        auto window = openWindow(caseId);
        window->show();
        QTRY_VERIFY(window->threadModel()->hasLoaded());
        MessageThreadModel *model = window->threadModel();
        const int row = model->rowOf(own);
        QVERIFY(row >= 0);
        ui::MessageThreadView *view = window->threadView();
        int asked = 0;
        bool answer = false;
        view->setWithdrawConfirmation([&](const QModelIndex &) {
            ++asked;
            return answer;
        });
        view->setCurrentIndex(model->index(row));
        const QString withdrawPath = QStringLiteral("/v2/servicerequest/cases/%1/instant-messages/%2/withdraw").arg(caseId, own);
        QTest::keyClick(view, Qt::Key_Delete); // declined: nothing is sent
        QCOMPARE(asked, 1);
        QTest::qWait(50);
        QCOMPARE(requestCount("POST", withdrawPath), 0);
        answer = true;
        QSignalSpy changed(model, &QAbstractItemModel::dataChanged);
        QTest::keyClick(view, Qt::Key_Delete);
        QCOMPARE(asked, 2);
        QTRY_VERIFY(model->index(row).data(MessageThreadModel::WithdrawnRole).toBool());
        QCOMPARE(requestCount("POST", withdrawPath), 1);
        QVERIFY(!changed.isEmpty());
        // A support message cannot be withdrawn: no question, no request.
        for (int r = 0; r < model->rowCount(); ++r) {
            if (model->index(r).data(MessageThreadModel::SideRole).toInt() == MessageThreadModel::EngineerSide) {
                view->setCurrentIndex(model->index(r));
                QTest::keyClick(view, Qt::Key_Delete);
                break;
            }
        }
        QCOMPARE(asked, 2);
    }

    void everyControlHasAnAccessibleName()
    {
        auto window = openWindow(openCase());
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        const QList<QWidget *> widgets = window->findChildren<QWidget *>();
        for (QWidget *widget : widgets) {
            if (!widget->focusPolicy() || !widget->isVisibleTo(window.get()) || widget->inherits("QScrollBar")
                || widget->inherits("QSplitterHandle") || widget->parentWidget()->inherits("QAbstractScrollArea"))
                continue;
            QVERIFY2(!widget->accessibleName().isEmpty(), widget->metaObject()->className());
        }
    }
};

QTEST_MAIN(TestCaseWindow)
#include "tst_casewindow.moc"
