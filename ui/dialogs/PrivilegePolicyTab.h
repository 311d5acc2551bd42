#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace osm {
class ApiClient;
}

namespace osm::ui {

// The Privileges tab of Tools ▸ Account Information: for each privilege of 5.4 (export, createCase,
// assumeCaseAll) whether the main account's restriction is switched on (5.4.1 show_privilege_policy), and
// switching it on or off (5.4.3 create_privilege, operation create / delete).
class PrivilegePolicyTab : public QWidget
{
    Q_OBJECT

public:
    explicit PrivilegePolicyTab(ApiClient *client, QWidget *parent = nullptr);

    QTreeWidget *privilegeList() const { return m_list; }
    QPushButton *restrictButton() const { return m_restrict; }
    QPushButton *liftButton() const { return m_lift; }
    QLabel *statusLabel() const { return m_status; }

    enum Column { PrivilegeColumn, RestrictionColumn };

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void loadPolicy(int row);
    void setRestriction(bool on);
    void updateButtons();

    ApiClient *m_client;
    QLabel *m_intro;
    QTreeWidget *m_list;
    QPushButton *m_restrict;
    QPushButton *m_lift;
    QLabel *m_status;
    bool m_busy = false;
};

} // namespace osm::ui
