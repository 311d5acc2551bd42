#pragma once

#include "api/CaseWrites.h"
#include "model/Acknowledgement.h"
#include "model/CaseDetail.h"
#include "model/CaseOperateLogList.h"
#include "model/SatisfactionDimension.h"
#include "net/Error.h"
#include "net/Result.h"
#include "store/OutboxItem.h"

#include <QFuture>
#include <QHash>
#include <QPointer>
#include <QStringList>
#include <QWidget>

#include <functional>
#include <optional>

class QAction;
class QGridLayout;
class QGroupBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QToolBar;
class QToolButton;
class QTreeView;

namespace osm {
class ApiClient;
class Outbox;
}

namespace osm::ui {

class CaseLabelsEditor;
class CaseOperateLogModel;
class PrivilegeNotice;
class RelatedCasesEditor;

// Everything about one case beside its thread: every field of 5.11.4 show_case_detail (dates in the user's
// locale, a copyable id), the operation log (5.11.5), labels in their colours (5.9.5-5.9.7, at most 5),
// related cases (5.12, at most 3, never itself), the reminder contact and CC e-mails (5.11.4 ext_info,
// 5.11.6, changed through 5.3.1), and the actions urge, close with a rating, cancel, delete (5.3.8) and rate
// (5.3.6). Every action asks first, shows progress, says what went wrong in the user's language, and
// refreshes the detail when it succeeded. Actions are enabled only where the case's status allows them.
// Nothing blocks: requests go through osm::whenReady, confirmations and dialogs are opened window-modal.
class CaseDetailPanel : public QWidget
{
    Q_OBJECT

public:
    enum class Action { Urge, Close, Cancel, Delete, Rate, EditContact, EditLabels, EditRelations };
    static constexpr int kMaxLabels = 5;       // 5.9.6 / OSM.01010042
    static constexpr int kMaxRelatedCases = 3; // 5.12.1 / OSM.01010043

    CaseDetailPanel(ApiClient *client, const QString &caseId, QWidget *parent = nullptr);
    ~CaseDetailPanel() override;

    QString caseId() const { return m_caseId; }
    // The IAM group to pass as group_id (needed for another user's case of the same group); empty: none.
    void setGroupId(const QString &groupId);
    QString groupId() const { return m_groupId; }
    // The account's persistent outbox (issue 7): with one, every write of the panel is recorded there and
    // goes out when it can (shown under the thread, retried, checked before a re-send); the panel refreshes
    // when the server confirmed it. Without one (no store), writes are sent directly.
    void setOutbox(Outbox *outbox);

    bool hasDetail() const { return m_detail.has_value(); }
    // The detail saved on this computer (the local cache), shown marked "as of" its time until the server's
    // answer replaces it, and kept while the server cannot be reached. Ignored once a detail is shown.
    void showSaved(const CaseDetail &detail, const QDateTime &asOf);
    QDateTime savedAsOf() const { return m_savedAsOf; } // invalid once the server's detail is in
    CaseDetail detail() const { return m_detail.value_or(CaseDetail()); }
    bool isBusy() const { return m_busy; }
    bool isRefreshing() const { return m_pendingLoads > 0 || m_dimensionsLoading; }
    // The message line: progress, the last error, or the last success.
    QString statusText() const;
    CaseOperateLogModel *logModel() const { return m_logModel; }
    CaseLabelsEditor *labelsEditor() const { return m_labels; }
    RelatedCasesEditor *relatedEditor() const { return m_related; }
    QAction *action(Action action) const;

    // Whether the case's status allows the action (the rules of osm-sim, sim/README.md; the reference gives
    // none): urge and cancel while 0/1/5/17, close while 1/2/5/17, delete once 3/4/12, rate a completed (3)
    // case not rated yet, contact changes while open; labels and relations on any case not deleted.
    static bool allows(Action action, const CaseDetail &detail);

public Q_SLOTS:
    // Loads the detail, the log, the labels, the relations and the CC e-mails again.
    void refresh();
    // The actions; each asks for confirmation first (a QMessageBox, or the rating dialog for close/rate).
    void urge();
    void closeCase();
    void cancelCase();
    void deleteCase();
    void rateCase();
    void editContactInfo();
    // The case's extra parameters (5.3.2/5.3.3), in CaseExtendsParamsDialog.
    void editExtendsParams();
    void copyCaseId();
    // Labels and relations: checked here (limits, itself) before anything is sent.
    void addLabel(int labelId);
    void removeLabel(int labelId);
    void addRelation(const QString &relatedId, const QString &groupId);
    void removeRelation(const QString &relatedId, const QString &groupId);

Q_SIGNALS:
    void openCaseRequested(const QString &caseId);
    // A write succeeded: lists showing the case may refresh it.
    void caseChanged(const QString &caseId);
    void detailLoaded();
    // Every load started by refresh() has answered.
    void refreshed();
    void busyChanged(bool busy);

protected:
    void changeEvent(QEvent *event) override;

private:
    enum Field {
        Description,
        Status,
        Severity,
        Product,
        ProblemType,
        CaseType,
        SubType,
        Region,
        Source,
        ServiceType,
        Ownership,
        Submitter,
        Account,
        Created,
        Confirmed,
        Resolved,
        Authorized,
        Gray,
        RootCause,
        Resolution,
        Rating,
        Judgement,
        Messages,
        CaseTypeId,
        CaseSubtypeId,
        BusinessTypeId,
        ProblemTypeId,
        ProductCategoryId,
        FieldCount
    };
    enum ContactField {
        AreaCode,
        Mobile,
        Mail,
        ContactType,
        RemindTime,
        CcEmail,
        RecentCc,
        Commodity,
        ContactFieldCount
    };

    void buildActions();
    void retranslate();
    QString captionOf(Field field) const;
    QString captionOf(ContactField field) const;
    void showDetail();
    void updateActions();
    bool caseActionWaiting() const;
    void setBusy(bool busy, const QString &progress = {});
    void showError(const Error &error);
    void showInfo(const QString &text);
    void showProblem(const QString &text);
    void beginLoad();
    void endLoad(int generation);
    void loadDimensions(const std::function<void()> &then = {});
    void loadLog(int generation);
    // After urge or cancel: the status (5.11.7) and the operation log, not the whole detail.
    void refreshStatus();
    enum class Reload { Full, StatusOnly };
    // Asks, then calls `onYes` (asynchronously; the panel stays responsive meanwhile).
    void confirm(const QString &objectName, const QString &title, const QString &text, const QString &yesText,
                 bool destructive, std::function<void()> onYes);
    // Sends a write with the busy state; on success shows `done`, emits caseChanged and refreshes.
    void runWrite(const QFuture<Result<Acknowledgement>> &future, const QString &progress,
                  const QString &done, std::function<void()> onSuccess = {}, Reload reload = Reload::Full);
    void runAction(api::CaseAction action, const QString &progress, const QString &done);
    // With an outbox: records the write (or shows why it was refused) and returns true; `done` is shown and
    // the detail reloaded when the server confirms it. Without one: false, the caller sends it directly.
    bool queueWrite(const Result<OutboxItem> &item, const QString &progress, const QString &done,
                    Reload reload = Reload::Full, const std::function<void()> &onQueued = {});
    void queuedWriteSent(const OutboxItem &item);
    QString formatTime(const QDateTime &time) const;
    QString ratingText() const;

    QPointer<ApiClient> m_client;
    QPointer<Outbox> m_outbox;
    struct QueuedWrite
    {
        QString done;
        Reload reload = Reload::Full;
    };
    QHash<qint64, QueuedWrite> m_queued; // outbox item id → what to show and reload when it is sent
    QString m_caseId;
    QString m_groupId;
    std::optional<CaseDetail> m_detail;
    QDateTime m_savedAsOf; // while m_detail is the saved one
    QList<SatisfactionDimension> m_dimensions;
    bool m_dimensionsLoading = false;
    QList<std::function<void()>> m_afterDimensions;
    QStringList m_recentCc;
    int m_generation = 0;
    int m_pendingLoads = 0;
    bool m_busy = false;
    std::optional<Error> m_lastError; // re-rendered in a new language
    QPointer<QWidget> m_openDialog;   // one confirmation or dialog at a time

    QLabel *m_caseIdLabel;
    QToolButton *m_copyId;
    QLabel *m_statusBadge;
    QToolBar *m_toolBar;
    QHash<Action, QAction *> m_actions;
    QAction *m_refreshAction;
    QAction *m_copyAction;
    QLabel *m_messageIcon;
    QLabel *m_message;
    QProgressBar *m_busyBar;
    QGroupBox *m_detailTitle;
    QGridLayout *m_form;
    QList<QLabel *> m_fieldCaptions;
    QList<QLabel *> m_fieldValues;
    QGroupBox *m_labelsTitle;
    CaseLabelsEditor *m_labels;
    QGroupBox *m_relatedTitle;
    RelatedCasesEditor *m_related;
    QGroupBox *m_contactTitle;
    QGridLayout *m_contactForm;
    QList<QLabel *> m_contactCaptions;
    QList<QLabel *> m_contactValues;
    QPushButton *m_editContact;
    QPushButton *m_extendsButton = nullptr;
    PrivilegeNotice *m_privilegeNote = nullptr; // 5.4 assumeCaseAll: why the actions are off
    QGroupBox *m_logTitle;
    QLabel *m_logNote;
    CaseOperateLogModel *m_logModel;
    QTreeView *m_logView;
    qint64 m_logTotal = 0;
};

} // namespace osm::ui
