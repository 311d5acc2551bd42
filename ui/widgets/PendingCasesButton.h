#pragma once

#include <QPointer>
#include <QToolButton>

namespace osm {
class Outbox;
}

namespace osm::ui {

class PendingCasesDialog;

// In the main window's status bar: how many new cases wait in the outbox ("2 new cases waiting to be
// sent", or how many the server refused), hidden when none. Clicking opens the PendingCasesDialog (one);
// its Edit requests are passed on (editRequested).
class PendingCasesButton : public QToolButton
{
    Q_OBJECT

public:
    explicit PendingCasesButton(Outbox *outbox, QWidget *parent = nullptr);

    int waitingCount() const { return m_waiting; }
    int failedCount() const { return m_failed; }
    PendingCasesDialog *dialog() const; // the open one, if any
    void openDialog();

Q_SIGNALS:
    void editRequested(qint64 itemId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();

    QPointer<Outbox> m_outbox;
    QPointer<PendingCasesDialog> m_dialog;
    int m_waiting = 0;
    int m_failed = 0;
};

} // namespace osm::ui
