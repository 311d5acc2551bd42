#include "AccountInfoDialog.h"

#include "PrivilegePolicyTab.h"

#include "api/CaseQueries.h"
#include "api/Config.h"
#include "api/Configurations.h"
#include "api/Quotas.h"
#include "net/ApiClient.h"
#include "net/Error.h"
#include "net/WhenReady.h"

#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace osm::ui {

namespace {

QLabel *valueLabel()
{
    auto *label = new QLabel;
    label->setTextFormat(Qt::PlainText); // server text
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}

// create_time / expire_time have no documented format: ISO 8601 (the simulator's) is shown in the user's
// format, anything else as it came.
QString timeText(const QString &text)
{
    const QDateTime time = QDateTime::fromString(text, Qt::ISODate);
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat) : text;
}

// The reference's day numbers: 1 Monday ... 7 Sunday (service_start_day "1", service_end_day "5").
QString dayName(const QString &day)
{
    bool ok = false;
    const int number = day.toInt(&ok);
    return ok && number >= 1 && number <= 7 ? QLocale().dayName(number) : day;
}

} // namespace

AccountInfoDialog::AccountInfoDialog(ApiClient *client, QWidget *parent)
    : QDialog(parent), m_client(client), m_tabs(new QTabWidget)
{
    setObjectName(QStringLiteral("accountInfoDialog"));
    m_tabs->addTab(buildQuotaTab(), QString());
    m_tabs->addTab(buildAgenciesTab(), QString());
    m_tabs->addTab(buildPartnerTab(), QString());
    m_tabs->addTab(buildConfigurationTab(), QString());
    m_privileges = new PrivilegePolicyTab(client);
    m_tabs->addTab(m_privileges, QString());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(buttons);
    retranslate();
    resize(720, 440);

    loadProducts();
    loadAgencies();
    loadPartner();
    showConfiguration();
}

QWidget *AccountInfoDialog::buildQuotaTab()
{
    auto *tab = new QWidget;
    m_quotaIntro = new QLabel;
    m_quotaIntro->setWordWrap(true);
    m_product = new QComboBox;
    m_product->setObjectName(QStringLiteral("quotaProduct"));
    m_problem = new QComboBox;
    m_problem->setObjectName(QStringLiteral("quotaProblem"));
    m_quota = valueLabel();
    m_quota->setObjectName(QStringLiteral("quotaText"));
    m_quotaForm = new QFormLayout;
    m_quotaForm->addRow(new QLabel, m_product);
    m_quotaForm->addRow(new QLabel, m_problem);
    auto *layout = new QVBoxLayout(tab);
    layout->addWidget(m_quotaIntro);
    layout->addLayout(m_quotaForm);
    layout->addWidget(m_quota);
    layout->addStretch(1);
    connect(m_product, &QComboBox::currentIndexChanged, this, &AccountInfoDialog::loadProblems);
    connect(m_problem, &QComboBox::currentIndexChanged, this, &AccountInfoDialog::loadQuota);
    return tab;
}

QWidget *AccountInfoDialog::buildAgenciesTab()
{
    auto *tab = new QWidget;
    m_agencies = new QTreeWidget;
    m_agencies->setObjectName(QStringLiteral("agencyList"));
    m_agencies->setRootIsDecorated(false);
    m_agencies->setColumnCount(5);
    m_agencyStatus = valueLabel();
    m_agencyStatus->setObjectName(QStringLiteral("agencyStatus"));
    auto *layout = new QVBoxLayout(tab);
    layout->addWidget(m_agencies, 1);
    layout->addWidget(m_agencyStatus);
    return tab;
}

QWidget *AccountInfoDialog::buildPartnerTab()
{
    auto *tab = new QWidget;
    m_privilege = valueLabel();
    m_privilege->setObjectName(QStringLiteral("partnerPrivilege"));
    m_partnerForm = new QFormLayout;
    for (int row = 0; row < PartnerRowCount; ++row) {
        QLabel *value = valueLabel();
        m_partnerValues.append(value);
        m_partnerForm->addRow(new QLabel, value);
    }
    m_partnerStatus = valueLabel();
    auto *layout = new QVBoxLayout(tab);
    layout->addWidget(m_privilege);
    layout->addLayout(m_partnerForm);
    layout->addWidget(m_partnerStatus);
    layout->addStretch(1);
    return tab;
}

QWidget *AccountInfoDialog::buildConfigurationTab()
{
    auto *tab = new QWidget;
    m_configIntro = new QLabel;
    m_configIntro->setWordWrap(true);
    m_configKey = new QComboBox;
    m_configKey->setObjectName(QStringLiteral("configKey"));
    m_configKey->setEditable(true); // other keys may be typed
    m_configKey->addItem(QString::fromLatin1(api::kDiagnoseListConfigKey));
    m_configKey->lineEdit()->setMaxLength(128); // 5.14.1 config_key, 1-128
    m_configShow = new QPushButton;
    m_configShow->setObjectName(QStringLiteral("configShow"));
    auto *row = new QHBoxLayout;
    row->addWidget(m_configKey, 1);
    row->addWidget(m_configShow);
    m_configValue = valueLabel();
    m_configValue->setObjectName(QStringLiteral("configValue"));
    m_configValues = new QListWidget;
    m_configValues->setObjectName(QStringLiteral("configValues"));
    auto *layout = new QVBoxLayout(tab);
    layout->addWidget(m_configIntro);
    layout->addLayout(row);
    layout->addWidget(m_configValue);
    layout->addWidget(m_configValues, 1);
    connect(m_configShow, &QPushButton::clicked, this, &AccountInfoDialog::showConfiguration);
    connect(m_configKey->lineEdit(), &QLineEdit::returnPressed, this, &AccountInfoDialog::showConfiguration);
    connect(m_configKey, &QComboBox::currentTextChanged, this,
            [this](const QString &key) { m_configShow->setEnabled(!key.trimmed().isEmpty()); });
    return tab;
}

QLabel *AccountInfoDialog::partnerValue(int row) const
{
    return m_partnerValues.value(row);
}

QString AccountInfoDialog::quotaText(const CaseQuota &quota)
{
    if (quota.unlimited() || quota.unUsed == CaseQuota::kUnlimited)
        return tr("No case quota applies to this problem type.");
    if (quota.unUsed <= 0)
        return tr("The case quota for this problem type is used up: a new case would be refused until the next "
                  "period, unless your account manager grants a special approval.");
    const int left = int(quota.unUsed);
    if (quota.measure == QLatin1String("MONTH"))
        return tr("%n of %1 case(s) left this month.", nullptr, left).arg(quota.total);
    if (quota.measure == QLatin1String("QUARTER"))
        return tr("%n of %1 case(s) left this quarter.", nullptr, left).arg(quota.total);
    if (quota.measure == QLatin1String("YEAR"))
        return tr("%n of %1 case(s) left this year.", nullptr, left).arg(quota.total);
    return tr("%n of %1 case(s) left in this period.", nullptr, left).arg(quota.total);
}

void AccountInfoDialog::loadProducts()
{
    whenReady(api::listProductCategories(*m_client), this, [this](const Result<ProductCategoryList> &result) {
        if (!result.ok()) {
            m_quotaError = result.error().userMessage();
            retranslate();
            return;
        }
        const QSignalBlocker blocker(m_product);
        m_product->clear();
        for (const ProductCategory &category : result->categories)
            m_product->addItem(category.name, category.id);
        loadProblems();
    });
}

void AccountInfoDialog::loadProblems()
{
    const QString productId = m_product->currentData().toString();
    {
        const QSignalBlocker blocker(m_problem);
        m_problem->clear();
    }
    m_quotaValue.reset();
    m_quotaError.clear();
    retranslate();
    if (productId.isEmpty())
        return;
    api::ListProblemTypesParams params;
    params.productCategoryId = productId;
    whenReady(api::listProblemTypes(*m_client, params), this, [this, productId](const Result<ProblemTypeList> &result) {
        if (m_product->currentData().toString() != productId)
            return; // another product was chosen meanwhile
        if (!result.ok()) {
            m_quotaError = result.error().userMessage();
            retranslate();
            return;
        }
        {
            const QSignalBlocker blocker(m_problem);
            for (const ProblemType &type : result->problemTypes)
                m_problem->addItem(type.businessTypeName, type.businessTypeId);
        }
        loadQuota();
    });
}

void AccountInfoDialog::loadQuota()
{
    api::ShowCaseQuotaParams params;
    params.productCategoryId = m_product->currentData().toString();
    params.businessTypeId = m_problem->currentData().toString();
    m_quotaValue.reset();
    m_quotaError.clear();
    retranslate();
    if (params.productCategoryId.isEmpty() || params.businessTypeId.isEmpty())
        return;
    whenReady(api::showCaseQuota(*m_client, params), this, [this, params](const Result<CaseQuota> &result) {
        if (m_product->currentData().toString() != params.productCategoryId ||
            m_problem->currentData().toString() != params.businessTypeId)
            return; // an answer for an earlier choice
        if (result.ok())
            m_quotaValue = result.value();
        else
            m_quotaError = result.error().userMessage();
        retranslate();
    });
}

void AccountInfoDialog::loadAgencies()
{
    whenReady(api::listAgencies(*m_client), this, [this](const Result<AgencyList> &result) {
        m_agencies->clear();
        if (!result.ok()) {
            m_agencyError = result.error().userMessage();
            retranslate();
            return;
        }
        m_agencyError.clear();
        for (const Agency &agency : result->agencies) {
            auto *row = new QTreeWidgetItem(m_agencies, {agency.name, agency.trustDomainName, timeText(agency.createTime),
                                                         timeText(agency.expireTime), QString()});
            row->setData(4, Qt::UserRole, agency.valid);
            row->setToolTip(1, agency.trustDomainId);
        }
        retranslate();
        for (int column = 0; column + 1 < m_agencies->columnCount(); ++column)
            m_agencies->resizeColumnToContents(column);
    });
}

void AccountInfoDialog::loadPartner()
{
    whenReady(api::checkPartnerCasePrivilege(*m_client), this, [this](const Result<PartnerCasePrivilege> &result) {
        if (result.ok())
            m_hasPrivilege = result->hasPrivilege;
        else
            m_privilegeError = result.error().userMessage();
        retranslate();
    });
    whenReady(api::showPartnerServiceInfo(*m_client), this, [this](const Result<PartnerServiceInfoResult> &result) {
        if (!result.ok()) {
            m_partnerStatus->setText(result.error().userMessage());
            return;
        }
        showPartnerService(result->partnersServiceInfo);
    });
}

void AccountInfoDialog::showPartnerService(const PartnersServiceInfo &info)
{
    m_partnerValues[PartnerName]->setText(info.customerName);
    m_partnerValues[PartnerId]->setText(info.customerId);
    m_partnerValues[PartnerTimeZone]->setText(info.serviceTimeZone);
    //: service days, e.g. "Monday – Friday"
    m_partnerValues[PartnerDays]->setText(tr("%1 – %2").arg(dayName(info.serviceStartDay), dayName(info.serviceEndDay)));
    //: service hours, e.g. "09:00 – 18:00"
    m_partnerValues[PartnerHours]->setText(tr("%1 – %2").arg(info.serviceStartTime, info.serviceEndTime));
    m_partnerStatus->clear();
}

void AccountInfoDialog::showConfiguration()
{
    const QString key = m_configKey->currentText().trimmed();
    if (key.isEmpty())
        return;
    m_configShow->setEnabled(false);
    whenReady(api::showConfiguration(*m_client, key), this, [this, key](const Result<Configuration> &result) {
        m_configShow->setEnabled(!m_configKey->currentText().trimmed().isEmpty());
        m_configValues->clear();
        if (!result.ok()) {
            m_configValue->setText(result.error().userMessage());
            return;
        }
        //: %1 is a configuration key, %2 its value as the server sent it
        m_configValue->setText(tr("%1 = %2").arg(result->configKey.isEmpty() ? key : result->configKey,
                                                 result->configValue));
        m_configValues->addItems(result->values());
    });
}

void AccountInfoDialog::retranslate()
{
    setWindowTitle(tr("Account Information"));
    m_tabs->setTabText(0, tr("&Quota"));
    m_tabs->setTabText(1, tr("A&gencies"));
    m_tabs->setTabText(2, tr("&Partner"));
    m_tabs->setTabText(3, tr("&Configuration"));
    m_tabs->setTabText(4, tr("Pri&vileges"));

    m_quotaIntro->setText(tr("How many more cases this account may create for a product and problem type."));
    const QStringList quotaCaptions = {tr("P&roduct:"), tr("Problem &type:")};
    const QList<QWidget *> quotaFields = {m_product, m_problem};
    for (int i = 0; i < quotaCaptions.size(); ++i) {
        if (auto *label = qobject_cast<QLabel *>(m_quotaForm->itemAt(i, QFormLayout::LabelRole)->widget())) {
            label->setText(quotaCaptions.at(i));
            label->setBuddy(quotaFields.at(i));
        }
    }
    m_product->setAccessibleName(tr("Product"));
    m_problem->setAccessibleName(tr("Problem type"));
    m_quota->setAccessibleName(tr("Case quota"));
    if (!m_quotaError.isEmpty()) {
        m_quota->setText(m_quotaError);
    } else if (m_quotaValue) {
        QString text = quotaText(*m_quotaValue);
        for (const SpecialApprovalQuota &special : m_quotaValue->specialApproval) {
            if (special.maxQuota <= 0)
                continue; // nothing reserved: not worth a line
            text += QLatin1Char('\n');
            //: %1 and %2 are numbers of cases
            text += tr("Special approval: %1 of %2 used.").arg(special.used).arg(special.maxQuota);
        }
        m_quota->setText(text);
    } else {
        m_quota->setText(m_problem->count() > 0 || m_product->count() > 0 ? tr("Loading…") : QString());
    }

    m_agencies->setHeaderLabels({tr("Agency"), tr("Trusted account"), tr("Created"), tr("Expires"), tr("Valid")});
    m_agencies->setAccessibleName(tr("Agencies"));
    for (int i = 0; i < m_agencies->topLevelItemCount(); ++i) {
        QTreeWidgetItem *row = m_agencies->topLevelItem(i);
        row->setText(4, row->data(4, Qt::UserRole).toBool() ? tr("Yes") : tr("No (expired)"));
        if (row->text(3).isEmpty())
            row->setText(3, tr("Never"));
    }
    m_agencyStatus->setText(!m_agencyError.isEmpty() ? m_agencyError
                            : tr("%n agency(ies): IAM delegations that let other accounts manage this one's resources.",
                                 nullptr, m_agencies->topLevelItemCount()));

    m_privilege->setAccessibleName(tr("Partner privilege"));
    if (!m_privilegeError.isEmpty())
        m_privilege->setText(m_privilegeError);
    else if (m_hasPrivilege)
        m_privilege->setText(*m_hasPrivilege ? tr("This account is a partner and may process its customers' cases.")
                                             : tr("This account has no partner privilege to process cases."));
    const QStringList partnerCaptions = {tr("Partner:"), tr("Partner ID:"), tr("Time zone:"), tr("Service days:"),
                                         tr("Service hours:")};
    for (int i = 0; i < partnerCaptions.size(); ++i) {
        if (auto *label = qobject_cast<QLabel *>(m_partnerForm->itemAt(i, QFormLayout::LabelRole)->widget()))
            label->setText(partnerCaptions.at(i));
        m_partnerValues[i]->setAccessibleName(partnerCaptions.at(i).chopped(1));
    }

    m_configIntro->setText(tr("Read a configuration item of the support service by its key."));
    m_configKey->setAccessibleName(tr("Configuration key"));
    m_configShow->setText(tr("&Show"));
    m_configValue->setAccessibleName(tr("Configuration value"));
    m_configValues->setAccessibleName(tr("Configuration values"));
}

void AccountInfoDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace osm::ui
