#pragma once

#include "store/OutboxItem.h"

#include <QFrame>
#include <QPointer>

class QVBoxLayout;

namespace osm {
class Outbox;
}

namespace osm::ui {

// Under a case's thread: the writes of that case still in the outbox (messages, case actions, rating, label,
// relation and contact changes), oldest first, each with what it does (OutboxItemText), its state (waiting,
// sending, not sent and the server's reason) and Retry / Edit / Discard. Hidden when there is none.
// Edit (messages only) hands the item to the owner (editRequested), which moves it back into the compose box;
// a queued case write is retried or discarded (and made again from the detail panel if it must change).
class OutboxPanel : public QFrame
{
    Q_OBJECT

public:
    OutboxPanel(Outbox *outbox, const QString &caseId, QWidget *parent = nullptr);

    int itemCount() const { return int(m_items.size()); }
    QList<OutboxItem> items() const { return m_items; }
    // The state line shown for the item at `row` (for tests and accessibility).
    QString stateText(int row) const;

Q_SIGNALS:
    void editRequested(qint64 itemId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    QString stateTextOf(const OutboxItem &item) const;

    QPointer<Outbox> m_outbox;
    QString m_caseId;
    QVBoxLayout *m_rows;
    QList<OutboxItem> m_items;
};

} // namespace osm::ui
