#include "BastionRecordsPanel.h"

#include "api/Authorizations.h"
#include "net/ApiClient.h"
#include "net/Error.h"
#include "net/WhenReady.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace osm::ui {

namespace {

constexpr int kSessionIdRole = Qt::UserRole + 1;

QTableView *makeTable(QStandardItemModel *model, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

// One read-only row of server text (never markup: QStandardItem shows plain text).
QList<QStandardItem *> row(const QStringList &texts)
{
    QList<QStandardItem *> items;
    for (const QString &text : texts) {
        auto *item = new QStandardItem(text);
        item->setEditable(false);
        item->setToolTip(text);
        items.append(item);
    }
    return items;
}

} // namespace

BastionRecordsPanel::BastionRecordsPanel(ApiClient *client, QWidget *parent)
    : QWidget(parent), m_client(client), m_hostLabel(new QLabel(this)), m_hosts(new QComboBox(this)),
      m_sessionsLabel(new QLabel(this)), m_sessions(new QStandardItemModel(0, 5, this)),
      m_commands(new QStandardItemModel(0, 2, this)), m_transfers(new QStandardItemModel(0, 8, this)),
      m_sessionsView(makeTable(m_sessions, this)), m_commandsView(makeTable(m_commands, this)),
      m_transfersView(makeTable(m_transfers, this)), m_tabs(new QTabWidget(this)),
      m_moreSessions(new QPushButton(this)), m_moreCommands(new QPushButton(this)),
      m_moreTransfers(new QPushButton(this)), m_message(new QLabel(this))
{
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->hide();
    m_hostLabel->setBuddy(m_hosts);

    auto *hostRow = new QHBoxLayout;
    hostRow->addWidget(m_hostLabel);
    hostRow->addWidget(m_hosts, 1);

    const auto withMore = [this](QWidget *view, QPushButton *more) {
        auto *page = new QWidget(this);
        auto *layout = new QVBoxLayout(page);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(view, 1);
        layout->addWidget(more, 0, Qt::AlignRight);
        more->hide();
        return page;
    };
    m_tabs->addTab(withMore(m_commandsView, m_moreCommands), QString());
    m_tabs->addTab(withMore(m_transfersView, m_moreTransfers), QString());

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(hostRow);
    layout->addWidget(m_sessionsLabel);
    layout->addWidget(withMore(m_sessionsView, m_moreSessions), 2);
    layout->addWidget(m_tabs, 3);
    layout->addWidget(m_message);

    connect(m_hosts, &QComboBox::currentIndexChanged, this, &BastionRecordsPanel::selectHost);
    connect(m_sessionsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &BastionRecordsPanel::selectSession);
    connect(m_moreSessions, &QPushButton::clicked, this, [this] { load(List::Sessions, true); });
    connect(m_moreCommands, &QPushButton::clicked, this, [this] { load(List::Commands, true); });
    connect(m_moreTransfers, &QPushButton::clicked, this, [this] { load(List::Transfers, true); });
    retranslateUi();
    clear();
}

QString BastionRecordsPanel::message() const
{
    return m_message->text();
}

QString BastionRecordsPanel::operationName(const QString &operateType)
{
    // The reference lists UPLOAD(1), DOWNLOAD(2), RENAME(3), DELETE(4), CREATE(5), UNKNOWN(-1) without
    // saying which of the two is sent: both are read.
    const QString type = operateType.trimmed().toUpper();
    if (type == u"UPLOAD" || type == u"1")
        return tr("Upload");
    if (type == u"DOWNLOAD" || type == u"2")
        return tr("Download");
    if (type == u"RENAME" || type == u"3")
        return tr("Rename");
    if (type == u"DELETE" || type == u"4")
        return tr("Delete");
    if (type == u"CREATE" || type == u"5")
        return tr("Create");
    return operateType;
}

void BastionRecordsPanel::clear()
{
    ++m_generation;
    m_authorizationId.clear();
    m_detailId = -1;
    m_sessionId = -1;
    const QSignalBlocker blocker(m_hosts);
    m_hosts->clear();
    m_sessions->removeRows(0, m_sessions->rowCount());
    m_commands->removeRows(0, m_commands->rowCount());
    m_transfers->removeRows(0, m_transfers->rowCount());
    m_sessionTotal = m_commandTotal = m_transferTotal = 0;
    m_message->hide();
    updateMoreButtons();
    setEnabled(false);
}

void BastionRecordsPanel::setAuthorization(const AuthorizationInfo &info, const QString &groupId)
{
    const qint64 previousDetail = m_authorizationId == info.id ? m_detailId : -1;
    clear();
    m_authorizationId = info.id;
    m_groupId = groupId;
    {
        const QSignalBlocker blocker(m_hosts);
        for (const AuthorizationDetail &d : info.details) {
            if (!d.isHost())
                continue; // the bastion host records host sessions only
            const QString name = d.instanceName.isEmpty() ? d.instanceId : d.instanceName;
            m_hosts->addItem(tr("%1 (account %2, port %3)").arg(name, d.account).arg(d.port), d.id);
        }
    }
    setEnabled(m_hosts->count() > 0);
    if (m_hosts->count() == 0) {
        m_message->setText(tr("Only hosts have bastion-host records; this authorization has none."));
        m_message->show();
        return;
    }
    const int keep = m_hosts->findData(previousDetail);
    m_hosts->setCurrentIndex(keep >= 0 ? keep : 0);
    selectHost(m_hosts->currentIndex());
}

void BastionRecordsPanel::selectHost(int index)
{
    ++m_generation;
    m_detailId = index >= 0 ? m_hosts->itemData(index).toLongLong() : -1;
    m_sessionId = -1;
    m_sessions->removeRows(0, m_sessions->rowCount());
    m_commands->removeRows(0, m_commands->rowCount());
    m_transfers->removeRows(0, m_transfers->rowCount());
    m_sessionTotal = m_commandTotal = m_transferTotal = 0;
    updateMoreButtons();
    if (m_detailId >= 0)
        load(List::Sessions, false);
}

void BastionRecordsPanel::selectSession(const QModelIndex &current)
{
    const qint64 sessionId =
        current.isValid() ? m_sessions->index(current.row(), 0).data(kSessionIdRole).toLongLong() : -1;
    if (sessionId == m_sessionId)
        return;
    ++m_generation;
    m_sessionId = sessionId;
    m_commands->removeRows(0, m_commands->rowCount());
    m_transfers->removeRows(0, m_transfers->rowCount());
    m_commandTotal = m_transferTotal = 0;
    updateMoreButtons();
    if (m_sessionId < 0)
        return;
    load(List::Commands, false);
    load(List::Transfers, false);
}

void BastionRecordsPanel::load(List list, bool more)
{
    if (!m_client || m_authorizationId.isEmpty() || m_detailId < 0)
        return;
    const quint64 generation = m_generation;
    const auto stale = [this, generation] { return generation != m_generation; };
    if (list == List::Sessions) {
        api::BastionSessionsParams params;
        params.authorizationId = m_authorizationId;
        params.authorizationDetailId = m_detailId;
        params.groupId = m_groupId;
        params.offset = more ? m_sessions->rowCount() : 0;
        params.limit = kPageSize;
        setLoading(true);
        whenReady(api::listBastionHistorySessions(*m_client, params), this,
                  [this, stale](const Result<BastionSessionList> &result) {
                      setLoading(false);
                      if (stale())
                          return;
                      if (!result.ok()) {
                          showError(result.error());
                          return;
                      }
                      for (const BastionSession &s : result->sessions) {
                          QList<QStandardItem *> items =
                              row({s.startTime, s.endTime, s.duration, s.operatorName,
                                   s.videoDownloadable() ? tr("Available") : tr("Not available")});
                          items.first()->setData(s.sessionId, kSessionIdRole);
                          m_sessions->appendRow(items);
                      }
                      m_sessionTotal = std::max<qint64>(result->totalCount, m_sessions->rowCount());
                      if (result->sessions.size() < kPageSize)
                          m_sessionTotal = m_sessions->rowCount(); // a short page is the end
                      updateMoreButtons();
                      m_sessionsView->resizeColumnsToContents();
                      // The newest session's records at once.
                      if (m_sessionId < 0 && m_sessions->rowCount() > 0)
                          m_sessionsView->setCurrentIndex(m_sessions->index(0, 0));
                  });
        return;
    }
    if (m_sessionId < 0)
        return;
    api::BastionSessionLogParams params;
    params.authorizationId = m_authorizationId;
    params.authorizationDetailId = m_detailId;
    params.sessionId = m_sessionId;
    params.groupId = m_groupId;
    params.sort = api::BastionSort::Ascending; // a session reads from its first command on
    params.limit = kPageSize;
    setLoading(true);
    if (list == List::Commands) {
        params.offset = more ? m_commands->rowCount() : 0;
        whenReady(api::listBastionOperationLogs(*m_client, params), this,
                  [this, stale](const Result<BastionOperationLogList> &result) {
                      setLoading(false);
                      if (stale())
                          return;
                      if (!result.ok()) {
                          showError(result.error());
                          return;
                      }
                      for (const BastionOperationLog &log : result->logs)
                          m_commands->appendRow(row({log.operateTime, log.oper}));
                      m_commandsView->resizeColumnToContents(0);
                      m_commandTotal = result->logs.size() < kPageSize ? m_commands->rowCount()
                                                                        : std::max<qint64>(result->totalCount, m_commands->rowCount());
                      updateMoreButtons();
                  });
        return;
    }
    params.offset = more ? m_transfers->rowCount() : 0;
    whenReady(api::listBastionFileTransferLogs(*m_client, params), this,
              [this, stale](const Result<BastionFileTransferLogList> &result) {
                  setLoading(false);
                  if (stale())
                      return;
                  if (!result.ok()) {
                      showError(result.error());
                      return;
                  }
                  for (const BastionFileTransferLog &log : result->logs) {
                      m_transfers->appendRow(row({log.operateTime, operationName(log.operateType), log.fileName,
                                                  log.fromPath, log.toPath, log.fileSize, log.operResult,
                                                  log.duration}));
                  }
                  m_transfersView->resizeColumnsToContents();
                  m_transferTotal = result->logs.size() < kPageSize ? m_transfers->rowCount()
                                                                     : std::max<qint64>(result->totalCount, m_transfers->rowCount());
                  updateMoreButtons();
              });
}

void BastionRecordsPanel::setLoading(bool started)
{
    m_pending += started ? 1 : -1;
    if (started)
        m_message->hide();
}

void BastionRecordsPanel::showError(const Error &error)
{
    m_message->setText(tr("The bastion-host records could not be loaded: %1").arg(error.userMessage()));
    m_message->setToolTip(error.detailedMessage());
    m_message->show();
}

void BastionRecordsPanel::updateMoreButtons()
{
    m_moreSessions->setVisible(m_sessions->rowCount() < m_sessionTotal);
    m_moreCommands->setVisible(m_commands->rowCount() < m_commandTotal);
    m_moreTransfers->setVisible(m_transfers->rowCount() < m_transferTotal);
    m_sessionsLabel->setText(tr("%n session(s)", nullptr, int(m_sessionTotal)));
}

void BastionRecordsPanel::retranslateUi()
{
    m_hostLabel->setText(tr("&Host:"));
    m_hosts->setAccessibleName(tr("Host"));
    m_sessionsView->setAccessibleName(tr("Bastion-host sessions"));
    m_commandsView->setAccessibleName(tr("Commands"));
    m_transfersView->setAccessibleName(tr("File transfers"));
    m_tabs->setTabText(0, tr("Commands"));
    m_tabs->setTabText(1, tr("File transfers"));
    m_sessions->setHorizontalHeaderLabels({tr("Start"), tr("End"), tr("Duration"), tr("Operator"), tr("Video recording")});
    m_commands->setHorizontalHeaderLabels({tr("Time"), tr("Command")});
    m_transfers->setHorizontalHeaderLabels({tr("Time"), tr("Operation"), tr("File"), tr("From"), tr("To"), tr("Size"),
                                            tr("Result"), tr("Duration")});
    for (QPushButton *more : {m_moreSessions, m_moreCommands, m_moreTransfers})
        more->setText(tr("Load more"));
    m_message->setAccessibleName(tr("Bastion-host status"));
    updateMoreButtons();
}

void BastionRecordsPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

} // namespace osm::ui
