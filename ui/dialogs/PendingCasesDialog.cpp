#include "PendingCasesDialog.h"

#include "store/Outbox.h"
#include "widgets/OutboxPanel.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

namespace osm::ui {

PendingCasesDialog::PendingCasesDialog(Outbox *outbox, QWidget *parent)
    : QDialog(parent), m_outbox(outbox), m_intro(new QLabel(this)),
      m_panel(new OutboxPanel(outbox, QString(), this)), // no case id: the new cases
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setObjectName(QStringLiteral("pendingCasesDialog"));
    m_intro->setWordWrap(true);
    m_panel->setObjectName(QStringLiteral("pendingCasesPanel"));
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget;
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(m_panel);
    contentLayout->addStretch(1); // rows stay together at the top
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_panel, &OutboxPanel::editRequested, this, &PendingCasesDialog::editRequested);
    if (outbox) {
        // After the panel's own update (connected first): nothing left, nothing to show.
        connect(outbox, &Outbox::itemSent, this, &PendingCasesDialog::closeWhenEmpty);
        connect(outbox, &Outbox::itemRemoved, this, &PendingCasesDialog::closeWhenEmpty);
    }
    retranslateUi();
    resize(560, 320);
}

void PendingCasesDialog::closeWhenEmpty()
{
    // Later: this may run inside one of the panel's button clicks.
    QTimer::singleShot(0, this, [this] {
        if (m_panel->itemCount() == 0)
            close();
    });
}

void PendingCasesDialog::retranslateUi()
{
    setWindowTitle(tr("New Cases Waiting to Be Sent"));
    m_intro->setText(tr("These new cases are saved on this computer and are created as soon as the server can be "
                        "reached. A case the server refused shows its reason: edit it, retry or discard it."));
}

void PendingCasesDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

} // namespace osm::ui
