#pragma once

#include "model/DiagnoseItemDetail.h"
#include "model/DiagnoseJob.h"
#include "model/DiagnoseRecordList.h"

#include <QHash>
#include <QWidget>
#include <optional>

class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTextBrowser;
class QTreeWidget;

namespace osm {
class ApiClient;
class Error;
}

namespace osm::ui {

class DiagnoseJobPoller;

// Tools ▸ Diagnosis (5.15): picks a resource — a VM of the project and region found through 5.15.6, or an id
// typed in —, starts a one-click diagnosis (5.15.5), follows the job until it is finished (5.15.3, polled by
// DiagnoseJobPoller), shows every check item with its result and, for the chosen item, what was found and the
// advice (5.15.2); the user says whether it helped (5.15.1). The History tab pages through past diagnoses of
// a type (5.15.4) and shows any of them.
class DiagnosisWindow : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kHistoryPageSize = 10;
    static constexpr int kVmPageSize = 100;        // 5.15.6 limit's ceiling: one page covers a project's region
    static constexpr int kFeedbackMaxLength = 10000; // 5.15.1 content

    explicit DiagnosisWindow(ApiClient *client, QWidget *parent = nullptr);
    ~DiagnosisWindow() override;

    DiagnoseJobPoller *poller() const { return m_poller; }
    QTabWidget *tabs() const { return m_tabs; }
    QComboBox *typeCombo() const { return m_type; }
    QComboBox *regionCombo() const { return m_region; }
    QLineEdit *targetEdit() const { return m_target; }
    QLineEdit *projectEdit() const { return m_project; }
    QLineEdit *vmNameEdit() const { return m_vmName; }
    QPushButton *findButton() const { return m_find; }
    QTreeWidget *vmList() const { return m_vms; }
    QPushButton *startButton() const { return m_start; }
    QLabel *statusLabel() const { return m_status; }
    QTreeWidget *itemsTree() const { return m_items; }
    QTextBrowser *detailsView() const { return m_details; }
    QGroupBox *feedbackBox() const { return m_feedbackBox; }
    QLineEdit *feedbackEdit() const { return m_feedbackText; }
    QPushButton *helpfulButton() const { return m_helpful; }
    QPushButton *notHelpfulButton() const { return m_notHelpful; }
    QLabel *feedbackStatus() const { return m_feedbackStatus; }
    QComboBox *historyTypeCombo() const { return m_historyType; }
    QTreeWidget *historyTree() const { return m_history; }
    QPushButton *historyNextButton() const { return m_historyNext; }
    QPushButton *historyPreviousButton() const { return m_historyPrevious; }
    QLabel *historyPageLabel() const { return m_historyPage; }

    // The job shown: what is known of it so far (none before the first answer).
    const std::optional<DiagnoseJob> &job() const { return m_job; }
    // Advice of the shown job's items, by check id, once the job is finished.
    const QHash<QString, DiagnoseItemDetail> &itemDetails() const { return m_itemDetails; }

    // Shows a past diagnosis (a History row): its items and results, without the feedback (5.15.1 judges the
    // account's latest job of a type, which only a diagnosis started here is sure to be).
    void showJob(const QString &jobId, const QString &regionId, int type);
    // Reads the History tab's page again (page numbers from 1).
    void loadHistory(int page = 1);

    // The diagnosis types by their table values, in the order the type boxes list them.
    static QString typeName(int type);
    static QString statusName(int status);
    static QString statusText(const DiagnoseJob &job);
    static QString itemResultText(const DiagnoseItemResult &item, bool jobFinished);

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *buildDiagnoseTab();
    QWidget *buildHistoryTab();
    void retranslate();
    void loadRegions();
    void findVms();
    void useSelectedVm();
    void startDiagnosis();
    void onJobUpdated(const DiagnoseJob &job);
    void onJobFinished(const DiagnoseJob &job);
    void loadItemDetails(const DiagnoseJob &job);
    void showSelectedItem();
    void sendFeedback(bool helpful);
    void showHistory(const DiagnoseRecordList &records, int page);
    void openHistoryRow();
    void showProblem(const Error &error);
    void updateState();
    int currentType() const;
    QString currentRegion() const;
    bool englishAdvice() const;

    ApiClient *m_client;
    DiagnoseJobPoller *m_poller;
    QTabWidget *m_tabs = nullptr;
    QLabel *m_intro = nullptr;
    QLabel *m_typeLabel = nullptr;
    QComboBox *m_type = nullptr;
    QLabel *m_regionLabel = nullptr;
    QComboBox *m_region = nullptr;
    QLabel *m_targetLabel = nullptr;
    QLineEdit *m_target = nullptr;
    QGroupBox *m_findBox = nullptr;
    QLabel *m_projectLabel = nullptr;
    QLineEdit *m_project = nullptr;
    QLabel *m_vmNameLabel = nullptr;
    QLineEdit *m_vmName = nullptr;
    QPushButton *m_find = nullptr;
    QTreeWidget *m_vms = nullptr;
    QPushButton *m_start = nullptr;
    QLabel *m_status = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_problem = nullptr;
    QTreeWidget *m_items = nullptr;
    QTextBrowser *m_details = nullptr;
    QGroupBox *m_feedbackBox = nullptr;
    QLineEdit *m_feedbackText = nullptr;
    QPushButton *m_helpful = nullptr;
    QPushButton *m_notHelpful = nullptr;
    QLabel *m_feedbackStatus = nullptr;
    QLabel *m_historyTypeLabel = nullptr;
    QComboBox *m_historyType = nullptr;
    QPushButton *m_historyRefresh = nullptr;
    QTreeWidget *m_history = nullptr;
    QPushButton *m_historyPrevious = nullptr;
    QPushButton *m_historyNext = nullptr;
    QLabel *m_historyPage = nullptr;

    bool m_searching = false;
    bool m_starting = false;
    bool m_sendingFeedback = false;
    bool m_feedbackGiven = false;
    bool m_startedHere = false; // the shown job was started in this window (feedback applies to it)
    int m_jobType = 0;
    QString m_jobRegion;
    std::optional<DiagnoseJob> m_job;
    QHash<QString, DiagnoseItemDetail> m_itemDetails;
    int m_site = 0;
    QList<DiagnoseRecord> m_records;
    int m_historyPageNo = 1;
    qint64 m_historyTotal = 0;
    QString m_feedbackStatusText; // kept across retranslation: set from an answer
};

} // namespace osm::ui
