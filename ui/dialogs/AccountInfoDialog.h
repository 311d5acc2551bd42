#pragma once

#include "model/CaseQuota.h"

#include <QDialog>
#include <optional>

class QComboBox;
class QFormLayout;
class QLabel;
class QListWidget;
class QPushButton;
class QTabWidget;
class QTreeWidget;

namespace osm {
class ApiClient;
class Error;
struct PartnersServiceInfo;
}

namespace osm::ui {

class PrivilegePolicyTab;

// Tools ▸ Account Information: what the API tells about the account, one tab each — the case quota left for
// a product category and problem type (5.7.1, the pair chosen from 5.8.6 / 5.8.2), the IAM agencies (5.11.1),
// the partner privilege and service hours (5.11.2, 5.11.8), configuration items by key (5.14.1), and the
// privilege restrictions (5.4.1, 5.4.3).
class AccountInfoDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AccountInfoDialog(ApiClient *client, QWidget *parent = nullptr);

    QTabWidget *tabs() const { return m_tabs; }
    QComboBox *productCombo() const { return m_product; }
    QComboBox *problemCombo() const { return m_problem; }
    QLabel *quotaLabel() const { return m_quota; }
    QTreeWidget *agencyList() const { return m_agencies; }
    QLabel *agencyStatus() const { return m_agencyStatus; }
    QLabel *privilegeLabel() const { return m_privilege; }
    QLabel *partnerValue(int row) const; // the service-info form's values, in the order of PartnerRow
    QComboBox *configKeyCombo() const { return m_configKey; }
    QPushButton *configShowButton() const { return m_configShow; }
    QLabel *configValueLabel() const { return m_configValue; }
    QListWidget *configValues() const { return m_configValues; }
    PrivilegePolicyTab *privilegesTab() const { return m_privileges; }

    enum PartnerRow { PartnerName, PartnerId, PartnerTimeZone, PartnerDays, PartnerHours, PartnerRowCount };

    // The quota as a sentence (unlimited, used up, n of m left in the period).
    static QString quotaText(const CaseQuota &quota);

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *buildQuotaTab();
    QWidget *buildAgenciesTab();
    QWidget *buildPartnerTab();
    QWidget *buildConfigurationTab();
    void retranslate();
    void loadProducts();
    void loadProblems();
    void loadQuota();
    void loadAgencies();
    void loadPartner();
    void showConfiguration();
    void showPartnerService(const PartnersServiceInfo &info);

    ApiClient *m_client;
    QTabWidget *m_tabs;
    // Quota
    QLabel *m_quotaIntro = nullptr;
    QFormLayout *m_quotaForm = nullptr;
    QComboBox *m_product = nullptr;
    QComboBox *m_problem = nullptr;
    QLabel *m_quota = nullptr;
    std::optional<CaseQuota> m_quotaValue;
    QString m_quotaError;
    // Agencies
    QTreeWidget *m_agencies = nullptr;
    QLabel *m_agencyStatus = nullptr;
    QString m_agencyError;
    // Partner
    QLabel *m_privilege = nullptr;
    std::optional<bool> m_hasPrivilege;
    QString m_privilegeError;
    QFormLayout *m_partnerForm = nullptr;
    QList<QLabel *> m_partnerValues;
    QLabel *m_partnerStatus = nullptr;
    // Configuration
    QLabel *m_configIntro = nullptr;
    QComboBox *m_configKey = nullptr;
    QPushButton *m_configShow = nullptr;
    QLabel *m_configValue = nullptr;
    QListWidget *m_configValues = nullptr;
    // Privileges (5.4.1, 5.4.3)
    PrivilegePolicyTab *m_privileges = nullptr;
};

} // namespace osm::ui
