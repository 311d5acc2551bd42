#pragma once

#include "model/CaseExtendsParam.h"
#include "model/ExtendsParam.h"
#include "net/Error.h"

#include <QDialog>
#include <QList>
#include <QPointer>
#include <QStringList>

#include <optional>

class QDialogButtonBox;
class QLabel;
class QPushButton;

namespace osm {
class ApiClient;
}

namespace osm::ui {

class ExtendsParamsForm;

// Extra (extension) parameters of an existing case, when support asks for them (a message with display_type
// EXT_PARAM_REQUEST) or from the case detail. Loads what the case holds (5.3.2 list_case_extends_params) and,
// when the case's problem type is known, that type's definitions (5.8.3: types, limits, patterns); shows
// them as a form by their types (ExtendsParamsForm), the keys the request names first and required;
// validates before sending; sends them with 5.3.3 create_case_extends_params (message_id = the request
// answered, group_id when set). The request's extension is read as {"param_keys": [...]} (osm-sim's shape;
// the reference does not spell it out). Non-modal; one per case (openFor).
class CaseExtendsParamsDialog : public QDialog
{
    Q_OBJECT

public:
    CaseExtendsParamsDialog(ApiClient *client, const QString &caseId, QWidget *parent = nullptr);
    ~CaseExtendsParamsDialog() override;

    // Opens the case's dialog (or brings it forward, with the new request), loading it.
    static CaseExtendsParamsDialog *openFor(ApiClient *client, const QString &caseId, const QString &groupId,
                                            const QString &businessTypeId, const QString &messageId,
                                            const QString &extension, QWidget *parent);

    QString caseId() const { return m_caseId; }
    void setGroupId(const QString &groupId) { m_groupId = groupId; }
    // The case's problem type (5.11.4 business_type_id): its 5.8.3 definitions type the form.
    void setBusinessTypeId(const QString &businessTypeId) { m_businessTypeId = businessTypeId; }
    // The EXT_PARAM_REQUEST message answered and its extension (the keys asked for).
    void setRequest(const QString &messageId, const QString &extension);
    QString messageId() const { return m_messageId; }
    QStringList requestedKeys() const { return m_requestedKeys; }
    static QStringList requestedKeysOf(const QString &extension);

    ExtendsParamsForm *form() const { return m_form; }
    QPushButton *sendButton() const { return m_send; }
    QString statusText() const;
    bool isLoading() const { return m_pendingLoads > 0; }
    bool isSending() const { return m_sending; }

public Q_SLOTS:
    void load();
    // Validates, then sends; on success emits sent() and closes.
    void send();

Q_SIGNALS:
    void loaded();
    void sent(const QString &caseId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void endLoad();
    void build();
    void showProblem(const QString &text, const QString &toolTip = {});
    void showStatus(const QString &text);
    void updateState();
    void retranslateUi();

    QPointer<ApiClient> m_client;
    QString m_caseId;
    QString m_groupId;
    QString m_businessTypeId;
    QString m_messageId;
    QStringList m_requestedKeys;
    int m_pendingLoads = 0;
    int m_generation = 0;
    bool m_sending = false;
    bool m_loadedOnce = false;
    QList<CaseExtendsParam> m_recorded;
    QList<ExtendsParam> m_definitions;
    std::optional<Error> m_loadError;

    QLabel *m_intro;
    ExtendsParamsForm *m_form;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
    QPushButton *m_send;
};

} // namespace osm::ui
