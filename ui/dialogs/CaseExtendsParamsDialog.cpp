#include "CaseExtendsParamsDialog.h"

#include "api/CaseWrites.h"
#include "api/Config.h"
#include "dialogs/createcase/ExtendsParamsForm.h"
#include "net/ApiClient.h"
#include "net/WhenReady.h"
#include "windows/BringToFront.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace osm::ui {

namespace {

enum ParamType { Integer = 1, Line = 3, MultipleChoice = 5, Agreement = 7 };

// A parameter the case holds but no definition describes: typed as the case says.
ExtendsParam fromRecorded(const CaseExtendsParam &recorded)
{
    ExtendsParam param;
    param.paramKey = recorded.paramKey;
    param.paramName = recorded.paramName.isEmpty() ? recorded.paramKey : recorded.paramName;
    param.paramDesc = recorded.paramDesc;
    param.paramType = recorded.paramType;
    param.selectItem = recorded.selectItem;
    param.isShow = 1;
    return param;
}

// rela_object_properties_value is text ("属性值"): read back as the form's value of its type.
QJsonValue formValueOf(const QString &text, int paramType)
{
    switch (paramType) {
    case MultipleChoice: {
        const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8());
        if (doc.isArray())
            return doc.array();
        QJsonArray values;
        for (const ExtendsParamsForm::Choice &choice : ExtendsParamsForm::optionsOf(text))
            values.append(choice.value);
        return values;
    }
    case Agreement:
        return text == QLatin1String("true") || text == QLatin1String("1");
    default:
        return text;
    }
}

} // namespace

CaseExtendsParamsDialog::CaseExtendsParamsDialog(ApiClient *client, const QString &caseId, QWidget *parent)
    : QDialog(parent), m_client(client), m_caseId(caseId), m_intro(new QLabel), m_form(new ExtendsParamsForm),
      m_status(new QLabel), m_buttons(new QDialogButtonBox(QDialogButtonBox::Close))
{
    setObjectName(QStringLiteral("caseExtendsParamsDialog"));
    m_intro->setWordWrap(true);
    m_intro->setObjectName(QStringLiteral("extendsIntro"));
    m_status->setObjectName(QStringLiteral("extendsStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->hide();
    // The problem colour (Link role, otherwise unused by a plain-text label), like the wizard's errors.
    QPalette palette = m_status->palette();
    palette.setColor(QPalette::Link, QColor(0xc0, 0x1c, 0x28));
    m_status->setPalette(palette);
    m_send = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_send->setObjectName(QStringLiteral("extendsSendButton"));
    m_send->setDefault(true);

    auto *holder = new QWidget;
    auto *holderLayout = new QVBoxLayout(holder);
    holderLayout->addWidget(m_form);
    holderLayout->addStretch(1);
    auto *scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("extendsScroll"));
    scroll->setWidget(holder);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);

    // AcceptRole would close the dialog: sending decides when it closes.
    connect(m_send, &QPushButton::clicked, this, &CaseExtendsParamsDialog::send);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_form, &ExtendsParamsForm::valuesChanged, this, [this] {
        if (!m_sending && !m_loadError)
            m_status->hide(); // an old complaint about a value being edited
    });
    resize(520, 420);
    retranslateUi();
    updateState();
}

CaseExtendsParamsDialog::~CaseExtendsParamsDialog() = default;

CaseExtendsParamsDialog *CaseExtendsParamsDialog::openFor(ApiClient *client, const QString &caseId,
                                                          const QString &groupId, const QString &businessTypeId,
                                                          const QString &messageId, const QString &extension,
                                                          QWidget *parent)
{
    CaseExtendsParamsDialog *dialog = nullptr;
    const QList<CaseExtendsParamsDialog *> open =
        parent ? parent->findChildren<CaseExtendsParamsDialog *>(Qt::FindDirectChildrenOnly) : QList<CaseExtendsParamsDialog *>{};
    for (CaseExtendsParamsDialog *candidate : open) {
        if (candidate->caseId() == caseId)
            dialog = candidate;
    }
    const bool fresh = !dialog;
    if (fresh) {
        dialog = new CaseExtendsParamsDialog(client, caseId, parent);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    dialog->setGroupId(groupId);
    dialog->setBusinessTypeId(businessTypeId);
    // Another request, or the first: the form follows it. From the detail (no request) an open one stays.
    if (fresh || !messageId.isEmpty()) {
        dialog->setRequest(messageId, extension);
        dialog->load();
    }
    bringToFront(dialog);
    return dialog;
}

QStringList CaseExtendsParamsDialog::requestedKeysOf(const QString &extension)
{
    // osm-sim: {"param_keys": ["instance_id", ...]}; a bare array of keys is read too.
    const QJsonDocument doc = QJsonDocument::fromJson(extension.toUtf8());
    const QJsonArray keys = doc.isArray() ? doc.array() : doc.object().value(QLatin1String("param_keys")).toArray();
    QStringList out;
    for (const QJsonValue &key : keys) {
        const QString text = key.toString().trimmed();
        if (!text.isEmpty() && text.size() <= 32 && !out.contains(text)) // extends_map keys are 1-32
            out.append(text);
    }
    return out;
}

void CaseExtendsParamsDialog::setRequest(const QString &messageId, const QString &extension)
{
    m_messageId = messageId;
    m_requestedKeys = requestedKeysOf(extension);
}

QString CaseExtendsParamsDialog::statusText() const
{
    return m_status->isVisible() ? m_status->text() : QString();
}

void CaseExtendsParamsDialog::load()
{
    if (!m_client)
        return;
    const int generation = ++m_generation;
    m_loadError.reset();
    m_recorded.clear();
    m_definitions.clear();
    m_pendingLoads = 1;
    showStatus(tr("Loading the case's parameters…"));
    whenReady(api::listCaseExtendsParams(*m_client, m_caseId, m_groupId), this,
              [this, generation](const Result<CaseExtendsParamList> &result) {
                  if (generation != m_generation)
                      return;
                  if (result.ok())
                      m_recorded = result->extParams;
                  else
                      m_loadError = result.error();
                  endLoad();
              });
    if (!m_businessTypeId.isEmpty()) {
        ++m_pendingLoads;
        api::ListExtendsParamsParams params;
        params.businessTypeId = m_businessTypeId;
        // Without definitions the case's own types are used: their failure is no reason to stop.
        whenReady(api::listExtendsParams(*m_client, params), this,
                  [this, generation](const Result<ExtendsParamList> &result) {
                      if (generation != m_generation)
                          return;
                      if (result.ok())
                          m_definitions = result->extendsParams;
                      endLoad();
                  });
    }
    updateState();
}

void CaseExtendsParamsDialog::endLoad()
{
    if (--m_pendingLoads > 0)
        return;
    m_loadedOnce = true;
    build();
    if (m_loadError)
        //: %1 says why (translated error)
        showProblem(tr("The case's parameters could not be loaded: %1").arg(m_loadError->userMessage()),
                    m_loadError->detailedMessage());
    else
        m_status->hide();
    updateState();
    Q_EMIT loaded();
}

void CaseExtendsParamsDialog::build()
{
    // The order: what support asks for, what the case holds, then what the problem type defines.
    QStringList keys = m_requestedKeys;
    for (const CaseExtendsParam &recorded : std::as_const(m_recorded)) {
        if (!recorded.paramKey.isEmpty() && !keys.contains(recorded.paramKey))
            keys.append(recorded.paramKey);
    }
    for (const ExtendsParam &definition : std::as_const(m_definitions)) {
        if (definition.isShow != 0 && !definition.paramKey.isEmpty() && !keys.contains(definition.paramKey))
            keys.append(definition.paramKey);
    }
    QList<ExtendsParam> params;
    QJsonObject values;
    for (const QString &key : std::as_const(keys)) {
        const auto definition = std::find_if(m_definitions.cbegin(), m_definitions.cend(),
                                             [&key](const ExtendsParam &p) { return p.paramKey == key; });
        const auto recorded = std::find_if(m_recorded.cbegin(), m_recorded.cend(),
                                           [&key](const CaseExtendsParam &p) { return p.paramKey == key; });
        ExtendsParam param;
        if (definition != m_definitions.cend())
            param = *definition;
        else if (recorded != m_recorded.cend())
            param = fromRecorded(*recorded);
        else {
            param.paramKey = param.paramName = key; // asked for, described nowhere: a line of text
            param.paramType = Line;
        }
        param.isShow = 1;
        if (m_requestedKeys.contains(key))
            param.required = 1; // support asked for it
        if (recorded != m_recorded.cend()) {
            param.defaultValue.clear(); // the case's value, not the type's default
            values.insert(key, formValueOf(recorded->relaObjectPropertiesValue, param.paramType));
        }
        params.append(param);
    }
    m_form->setParams(params);
    m_form->setValues(values);
    retranslateUi();
}

void CaseExtendsParamsDialog::send()
{
    if (!m_client || m_sending || isLoading())
        return;
    if (const Error invalid = m_form->validate(); invalid.isError()) {
        const QString label = m_form->labelFor(invalid.field());
        //: %1 is the label of the field that is wrong, %2 what is wrong with it
        showProblem(tr("%1: %2").arg(label.isEmpty() ? invalid.field() : label, invalid.detail()));
        if (QWidget *editor = m_form->editorFor(invalid.field()))
            editor->setFocus(Qt::OtherFocusReason);
        return;
    }
    api::CreateCaseExtendsParamsParams params;
    params.caseId = m_caseId;
    params.groupId = m_groupId;
    params.messageId = m_messageId;
    params.extendsMap = m_form->values();
    if (params.extendsMap.isEmpty()) {
        showProblem(tr("Fill in at least one value to send."));
        return;
    }
    m_sending = true;
    showStatus(tr("Sending…"));
    updateState();
    whenReady(api::createCaseExtendsParams(*m_client, params), this, [this](const Result<Acknowledgement> &result) {
        m_sending = false;
        updateState();
        if (!result.ok()) {
            const Error &error = result.error();
            const QString label = error.field().isEmpty() ? QString() : m_form->labelFor(error.field());
            const QString message = error.userMessage();
            showProblem(label.isEmpty() ? message : tr("%1: %2").arg(label, message), error.detailedMessage());
            return;
        }
        Q_EMIT sent(m_caseId);
        accept();
    });
}

void CaseExtendsParamsDialog::showProblem(const QString &text, const QString &toolTip)
{
    m_status->setText(text);
    m_status->setToolTip(toolTip);
    m_status->setForegroundRole(QPalette::Link); // the problem colour (constructor)
    m_status->show();
}

void CaseExtendsParamsDialog::showStatus(const QString &text)
{
    m_status->setText(text);
    m_status->setToolTip(QString());
    m_status->setForegroundRole(QPalette::WindowText);
    m_status->show();
}

void CaseExtendsParamsDialog::updateState()
{
    m_send->setEnabled(m_client && !m_sending && !isLoading() && !m_form->isEmpty());
    m_form->setEnabled(!m_sending && !isLoading());
}

void CaseExtendsParamsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void CaseExtendsParamsDialog::retranslateUi()
{
    //: %1 is the case ID
    setWindowTitle(tr("Extra Parameters — %1").arg(m_caseId));
    m_send->setText(tr("&Send"));
    if (!m_requestedKeys.isEmpty())
        m_intro->setText(tr("Support has asked for more information about this case. Fill in the fields "
                            "marked * and send them."));
    else if (m_loadedOnce && m_form->isEmpty())
        m_intro->setText(tr("This case holds no extra parameters, and its problem type asks for none."));
    else
        m_intro->setText(tr("The extra information this case holds. Complete or correct it and send it to "
                            "support."));
}

} // namespace osm::ui
