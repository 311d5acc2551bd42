#include "OutboxPanel.h"

#include "store/Outbox.h"
#include "widgets/OutboxItemText.h"

#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace osm::ui {

namespace {

constexpr int kExcerptLength = 80;

} // namespace

OutboxPanel::OutboxPanel(Outbox *outbox, const QString &caseId, QWidget *parent)
    : QFrame(parent), m_outbox(outbox), m_caseId(caseId), m_rows(new QVBoxLayout(this))
{
    setFrameShape(QFrame::StyledPanel);
    m_rows->setContentsMargins(6, 4, 6, 4);
    m_rows->setSpacing(2);
    if (outbox) {
        auto refreshFor = [this](const QString &caseId) {
            if (caseId == m_caseId)
                rebuild();
        };
        connect(outbox, &Outbox::itemAdded, this, [refreshFor](const OutboxItem &item) { refreshFor(item.caseId); });
        connect(outbox, &Outbox::itemChanged, this, [refreshFor](const OutboxItem &item) { refreshFor(item.caseId); });
        connect(outbox, &Outbox::itemSent, this, [refreshFor](const OutboxItem &item) { refreshFor(item.caseId); });
        connect(outbox, &Outbox::itemRemoved, this, [refreshFor](qint64, const QString &caseId) { refreshFor(caseId); });
        connect(outbox, &Outbox::offlineChanged, this, &OutboxPanel::rebuild);
    }
    rebuild();
}

QString OutboxPanel::stateText(int row) const
{
    return row >= 0 && row < m_items.size() ? stateTextOf(m_items.at(row)) : QString();
}

QString OutboxPanel::stateTextOf(const OutboxItem &item) const
{
    switch (item.state) {
    case OutboxItem::State::Sending:
        return tr("Sending…");
    case OutboxItem::State::Failed:
        //: %1 is the server's reason
        return tr("Not sent: %1").arg(item.errorMessage);
    case OutboxItem::State::Sent:
        return tr("Sent");
    case OutboxItem::State::Pending:
        break;
    }
    if (item.errorMessage.isEmpty())
        return tr("Waiting to be sent");
    if (m_outbox && m_outbox->isOffline())
        return tr("Waiting for the network; it will be sent when the connection is back.");
    if (m_outbox && m_outbox->isWaitingForSignIn())
        return tr("Waiting to sign in again; it will be sent after that.");
    //: %1 is why the last attempt failed
    return tr("Will be sent again shortly: %1").arg(item.errorMessage);
}

void OutboxPanel::rebuild()
{
    while (QLayoutItem *child = m_rows->takeAt(0)) {
        // Later: this may run inside one of the row's own button clicks.
        if (QWidget *widget = child->widget()) {
            widget->hide();
            widget->deleteLater();
        }
        delete child;
    }
    m_items = m_outbox ? m_outbox->items(m_caseId) : QList<OutboxItem>();
    if (m_caseId.isEmpty()) // no case: the items that belong to none (new cases), not every item
        m_items.removeIf([](const OutboxItem &item) { return !item.caseId.isEmpty(); });
    setAccessibleName(tr("Messages waiting to be sent"));
    for (const OutboxItem &item : std::as_const(m_items)) {
        auto *row = new QWidget;
        auto *layout = new QHBoxLayout(row);
        layout->setContentsMargins(0, 0, 0, 0);
        auto *icon = new QLabel;
        const bool failed = item.state == OutboxItem::State::Failed;
        icon->setPixmap(style()->standardIcon(failed ? QStyle::SP_MessageBoxWarning : QStyle::SP_ArrowUp).pixmap(16, 16));
        layout->addWidget(icon);

        auto *texts = new QVBoxLayout;
        auto *state = new QLabel(stateTextOf(item));
        state->setTextFormat(Qt::PlainText); // the server's reason is untrusted text
        state->setWordWrap(true);
        state->setObjectName(QStringLiteral("outboxState"));
        QFont bold = state->font();
        bold.setBold(true);
        state->setFont(bold);
        // A message's text, or what the write does ("Close the case", "Add label ‘X’"…).
        auto *content = new QLabel(OutboxItemText::describe(item, kExcerptLength));
        content->setObjectName(QStringLiteral("outboxWhat"));
        content->setTextFormat(Qt::PlainText);
        content->setWordWrap(true);
        texts->addWidget(state);
        texts->addWidget(content);
        if (!item.files.isEmpty()) {
            QStringList names;
            for (const QString &file : item.files)
                names.append(QFileInfo(file).fileName());
            //: The files of a message waiting to be sent; %1 is their names
            auto *files = new QLabel(tr("Attached: %1").arg(names.join(QStringLiteral(", "))));
            files->setTextFormat(Qt::PlainText);
            files->setWordWrap(true);
            texts->addWidget(files);
        }
        layout->addLayout(texts, 1);

        const bool sending = item.state == OutboxItem::State::Sending;
        auto *retry = new QPushButton(tr("Retry"));
        retry->setObjectName(QStringLiteral("outboxRetry"));
        retry->setAccessibleName(tr("Retry sending"));
        auto *edit = new QPushButton(tr("Edit"));
        edit->setObjectName(QStringLiteral("outboxEdit"));
        edit->setAccessibleName(tr("Edit the message in the reply box"));
        edit->setEnabled(!sending && !item.mayHaveArrived());
        // Messages and new cases go back into their editor; the other writes: retry or discard.
        const bool editable = item.kind == OutboxItem::Kind::Message || item.kind == OutboxItem::Kind::CreateCase;
        auto *discard = new QPushButton(tr("Discard"));
        discard->setObjectName(QStringLiteral("outboxDiscard"));
        discard->setAccessibleName(tr("Discard the message"));
        discard->setEnabled(!sending);
        layout->addWidget(retry);
        layout->addWidget(edit);
        layout->addWidget(discard);
        retry->setVisible(!sending && (failed || !item.errorMessage.isEmpty())); // once it has a parent
        edit->setVisible(editable);
        const qint64 id = item.id;
        connect(retry, &QPushButton::clicked, this, [this, id] {
            if (m_outbox)
                m_outbox->retry(id);
        });
        connect(edit, &QPushButton::clicked, this, [this, id] { Q_EMIT editRequested(id); });
        connect(discard, &QPushButton::clicked, this, [this, id] {
            if (m_outbox)
                m_outbox->discard(id);
        });
        m_rows->addWidget(row);
    }
    setVisible(!m_items.isEmpty());
}

void OutboxPanel::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        rebuild();
}

} // namespace osm::ui
