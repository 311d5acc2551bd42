#pragma once

#include <QDialog>
#include <QPointer>

class QDialogButtonBox;
class QLabel;

namespace osm {
class Outbox;
}

namespace osm::ui {

class OutboxPanel;

// The new cases waiting in the outbox (items of no case: a case window shows its own), each with its state
// — waiting, sending, or not sent with the server's reason — and Retry / Edit / Discard. Edit is handed to
// the owner (editRequested), which takes the case back into the wizard. Closes itself once nothing waits.
class PendingCasesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PendingCasesDialog(Outbox *outbox, QWidget *parent = nullptr);

    OutboxPanel *panel() const { return m_panel; }

Q_SIGNALS:
    void editRequested(qint64 itemId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void closeWhenEmpty();

    QPointer<Outbox> m_outbox;
    QLabel *m_intro;
    OutboxPanel *m_panel;
    QDialogButtonBox *m_buttons;
};

} // namespace osm::ui
