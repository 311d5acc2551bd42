#include "OfflineCache.h"

#include "model/LabelList.h"
#include "models/CaseListModel.h"
#include "models/MessageThreadModel.h"
#include "widgets/CaseDetailPanel.h"

#include <QLoggingCategory>
#include <QUrl>

#include <utility>

namespace osm::ui {

namespace {
Q_LOGGING_CATEGORY(lcCache, "osm.cache")
} // namespace

OfflineCache::OfflineCache(LocalStore &store, QObject *parent) : QObject(parent), m_cache(store)
{
    m_ready = m_cache.open();
    if (!m_ready)
        qCWarning(lcCache) << m_cache.errorText();
    m_flush.setSingleShot(true);
    m_flush.setInterval(0);
    connect(&m_flush, &QTimer::timeout, this, &OfflineCache::flushMessages);
}

void OfflineCache::check(bool ok)
{
    if (ok)
        return;
    qCWarning(lcCache) << m_cache.errorText();
    Q_EMIT writeFailed(m_cache.errorText());
}

QString OfflineCache::listKey(const api::ListCasesParams &filter)
{
    api::ListCasesParams unpaged = filter;
    unpaged.offset.reset();
    unpaged.limit.reset();
    QStringList pairs;
    for (const auto &[key, value] : unpaged.query())
        pairs.append(key + QLatin1Char('=') + QString::fromLatin1(QUrl::toPercentEncoding(value)));
    return QStringLiteral("list_cases?") + pairs.join(QLatin1Char('&')); // never null, also with no query
}

QDateTime OfflineCache::showCachedList(CaseListModel *model)
{
    if (!m_ready)
        return {};
    const Cached<QList<CaseSummary>> saved = m_cache.listed(listKey(model->filter()));
    if (saved.value.isEmpty())
        return {};
    model->showCached(saved.value);
    return model->isShowingCache() ? saved.asOf : QDateTime();
}

void OfflineCache::recordCaseList(CaseListModel *model)
{
    connect(model, &CaseListModel::pageListed, this, [this, model](int offset, const QList<CaseSummary> &cases) {
        if (m_ready)
            check(m_cache.putListPage(listKey(model->filter()), offset, cases));
    });
}

QDateTime OfflineCache::showCachedThread(const QString &caseId, MessageThreadModel *model)
{
    if (!m_ready)
        return {};
    const Cached<QList<Message>> saved = m_cache.messages(caseId);
    if (saved.value.isEmpty() || model->rowCount() > 0)
        return {};
    model->showCached(saved.value);
    return saved.asOf;
}

void OfflineCache::recordThread(const QString &caseId, MessageThreadModel *model)
{
    connect(model, &QAbstractItemModel::rowsInserted, this,
            [this, caseId, model](const QModelIndex &, int first, int last) { noteMessages(caseId, model, first, last); });
    connect(model, &QAbstractItemModel::dataChanged, this,
            [this, caseId, model](const QModelIndex &from, const QModelIndex &to) {
                noteMessages(caseId, model, from.row(), to.row());
            });
}

void OfflineCache::noteMessages(const QString &caseId, MessageThreadModel *model, int first, int last)
{
    for (int row = first; row <= last; ++row) {
        const QModelIndex index = model->index(row);
        // The user's own sends are the outbox's until the server's copy takes their row.
        if (index.data(MessageThreadModel::DeliveryRole).toInt() != MessageThreadModel::Delivered)
            continue;
        const Message &message = model->messageAt(row);
        if (!message.messageId.isEmpty())
            m_unsaved[caseId].insert(message.messageId, message);
    }
    if (!m_unsaved.isEmpty())
        m_flush.start();
}

void OfflineCache::flushMessages()
{
    const QHash<QString, QHash<QString, Message>> unsaved = std::exchange(m_unsaved, {});
    if (!m_ready)
        return;
    for (auto it = unsaved.cbegin(); it != unsaved.cend(); ++it)
        check(m_cache.putMessages(it.key(), it.value().values()));
}

void OfflineCache::recordDetail(CaseDetailPanel *panel)
{
    connect(panel, &CaseDetailPanel::detailLoaded, this, [this, panel] {
        if (m_ready)
            check(m_cache.putDetail(panel->detail()));
    });
}

QDateTime OfflineCache::showCachedDetail(CaseDetailPanel *panel)
{
    if (!m_ready || panel->hasDetail())
        return {};
    const std::optional<Cached<CaseDetail>> saved = m_cache.detail(panel->caseId());
    if (!saved)
        return {};
    panel->showSaved(saved->value, saved->asOf);
    return saved->asOf;
}

void OfflineCache::recordLabels(const LabelList &labels)
{
    if (m_ready)
        check(m_cache.putList(QStringLiteral("labels"), labels.toJson()));
}

bool OfflineCache::rebuild()
{
    m_unsaved.clear();
    m_ready = m_cache.clear();
    check(m_ready);
    return m_ready;
}

} // namespace osm::ui
