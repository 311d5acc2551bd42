#include "PendingCasesButton.h"

#include "dialogs/PendingCasesDialog.h"
#include "store/Outbox.h"
#include "windows/BringToFront.h"

#include <QEvent>
#include <QStyle>

namespace osm::ui {

PendingCasesButton::PendingCasesButton(Outbox *outbox, QWidget *parent) : QToolButton(parent), m_outbox(outbox)
{
    setObjectName(QStringLiteral("pendingCasesButton"));
    setAutoRaise(true);
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    connect(this, &QToolButton::clicked, this, &PendingCasesButton::openDialog);
    if (outbox) {
        connect(outbox, &Outbox::itemAdded, this, &PendingCasesButton::refresh);
        connect(outbox, &Outbox::itemChanged, this, &PendingCasesButton::refresh);
        connect(outbox, &Outbox::itemSent, this, &PendingCasesButton::refresh);
        connect(outbox, &Outbox::itemRemoved, this, &PendingCasesButton::refresh);
    }
    refresh();
}

PendingCasesDialog *PendingCasesButton::dialog() const
{
    return m_dialog;
}

void PendingCasesButton::openDialog()
{
    if (m_dialog) {
        bringToFront(m_dialog);
        return;
    }
    m_dialog = new PendingCasesDialog(m_outbox, window());
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &PendingCasesDialog::editRequested, this, [this](qint64 id) {
        m_dialog->close();
        Q_EMIT editRequested(id);
    });
    m_dialog->show();
}

void PendingCasesButton::refresh()
{
    m_waiting = 0;
    m_failed = 0;
    const QList<OutboxItem> items = m_outbox ? m_outbox->items() : QList<OutboxItem>();
    for (const OutboxItem &item : items) {
        if (!item.caseId.isEmpty())
            continue; // a case's own items are shown in its window
        ++m_waiting;
        m_failed += item.state == OutboxItem::State::Failed;
    }
    setIcon(style()->standardIcon(m_failed > 0 ? QStyle::SP_MessageBoxWarning : QStyle::SP_ArrowUp));
    if (m_failed > 0)
        setText(tr("%n new case(s) not sent", nullptr, m_failed));
    else
        setText(tr("%n new case(s) waiting to be sent", nullptr, m_waiting));
    setToolTip(tr("Show the new cases waiting to be sent"));
    setAccessibleName(text());
    setVisible(m_waiting > 0);
}

void PendingCasesButton::changeEvent(QEvent *event)
{
    QToolButton::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        refresh();
}

} // namespace osm::ui
